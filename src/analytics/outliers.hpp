#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/data_value.hpp"
#include "core/min_max_bound.hpp"
#include "core/period.hpp"

namespace polyfon::analytics {

struct OutlierOptions {
  double z_threshold = 3.5;  // |modified z-score| above this is flagged
  size_t min_series = 4;     // shorter series get no z-score: too few values to say what is usual
  std::vector<core::MinMaxBound> bounds;
};

enum class OutlierMethod { kModifiedZScore, kMinMax };
const char* OutlierMethodName(OutlierMethod method);  // "modified_z_score", "min_max"

// A value worth a second look, and why.
struct OutlierFlag {
  core::DataValue value;
  OutlierMethod method = OutlierMethod::kModifiedZScore;
  double score = 0;  // the modified z-score; for min-max, 0
  std::optional<double> min;  // for min-max: the bound broken or kept
  std::optional<double> max;
};

// Flags values for follow-up: within each series (element, combo, attribute combo, org unit) of
// values whose period is one of `periods`, those whose modified z-score is beyond the threshold;
// and any value outside a bound that applies to it (a unit's own bound beats an every-unit bound).
// Flags are ordered by element, org unit, combo and period; a value flagged by both methods
// appears twice.
std::vector<OutlierFlag> FindOutliers(std::span<const core::DataValue> values, std::span<const core::Period> periods,
                                      const OutlierOptions& options);

}  // namespace polyfon::analytics
