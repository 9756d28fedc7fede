#pragma once

#include "core/status.hpp"
#include "stats/poisson_interval.hpp"

namespace polyfon::stats {

// A rate such as patients per 100 000 inhabitants, with the exact Poisson interval of the count
// scaled the same way (the population is taken as known without error).
struct Rate {
  double value = 0;
  Interval interval;
};

// count / population × factor, with the exact interval at `level` (0.95 = 95 %). Fails with
// kInvalidArgument if population or factor is not a positive finite number, the count is not a
// non-negative whole number, or the level is outside (0, 1).
core::Result<Rate> PoissonRate(double count, double population, double factor, double level);

}  // namespace polyfon::stats
