#pragma once

#include "core/status.hpp"

namespace polyfon::stats {

struct Interval {
  double low = 0;
  double high = 0;
};

// The exact (Garwood) confidence interval for the mean of a Poisson count `count` at confidence
// `level` (0.95 = 95 %): [qchisq(a/2, 2k)/2, qchisq(1 - a/2, 2k + 2)/2] with a = 1 - level, and a
// lower limit of 0 for k = 0. Same numbers as R's poisson.test(k, conf.level = level)$conf.int.
// Fails with kInvalidArgument for a negative or non-integer count or a level outside (0, 1).
core::Result<Interval> ExactPoissonInterval(double count, double level);

}  // namespace polyfon::stats
