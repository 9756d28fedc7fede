#pragma once

#include "core/status.hpp"
#include "stats/poisson_interval.hpp"

namespace polyfon::stats {

// The ratio of two Poisson rates, (count1 / exposure1) / (count2 / exposure2), with the exact
// conditional interval and two-sided p-value for ratio = 1: given n = count1 + count2, count1 is
// Binomial(n, exposure1 / (exposure1 + exposure2)), so the Clopper-Pearson interval of that
// proportion maps to the ratio. Same numbers as R's poisson.test(c(count1, count2),
// c(exposure1, exposure2), conf.level = level). A zero count2 gives an infinite ratio and upper
// limit, as in R; both counts zero is an error (nothing to compare).
struct RateRatio {
  double ratio = 0;
  Interval interval;
  double p_value = 1;
};

// Fails with kInvalidArgument for negative or non-integer counts, exposures <= 0, both counts
// zero, or a level outside (0, 1).
core::Result<RateRatio> ExactRateRatio(double count1, double exposure1, double count2, double exposure2,
                                       double level);

// Growth of a rate from an earlier to a later period: the rate ratio later / earlier, as a percent
// change ((ratio - 1) × 100) with the interval mapped the same way.
struct RateGrowth {
  double percent_change = 0;
  Interval percent_interval;
  double p_value = 1;
  RateRatio ratio;
};

core::Result<RateGrowth> ExactRateGrowth(double earlier_count, double earlier_exposure, double later_count,
                                         double later_exposure, double level);

// Compound annual growth rate in percent: ((last / first)^(1 / years) - 1) × 100. Fails for
// first <= 0, last < 0 or years <= 0.
core::Result<double> CompoundAnnualGrowthPercent(double first, double last, double years);

}  // namespace polyfon::stats
