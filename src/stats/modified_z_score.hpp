#pragma once

#include <span>
#include <vector>

namespace polyfon::stats {

// Iglewicz and Hoaglin's modified z-score of each value: (x - median) / (1.4826 * MAD), where MAD is
// the median absolute deviation from the median (R's `(x - median(x)) / mad(x)`). Robust to the
// outliers it looks for, unlike a plain z-score. When MAD is 0 (over half the values equal), the
// mean absolute deviation scaled by 1.253314 stands in for it; when that is 0 too, every score is 0.
// Usual flag: |score| > 3.5. An empty input gives an empty result.
std::vector<double> ModifiedZScores(std::span<const double> values);

}  // namespace polyfon::stats
