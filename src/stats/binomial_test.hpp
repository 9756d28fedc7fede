#pragma once

#include "core/status.hpp"
#include "stats/poisson_interval.hpp"

namespace polyfon::stats {

// An exact binomial test of `successes` out of `trials` against a success probability.
struct BinomialTest {
  double estimate = 0;  // successes / trials
  Interval interval;    // Clopper-Pearson interval of the success probability
  double p_value = 1;   // two-sided
};

// The Clopper-Pearson interval at confidence `level` (0.95 = 95 %) and the two-sided p-value for
// `probability`, as R's binom.test(successes, trials, probability, conf.level = level) computes
// them: the p-value is the total probability of every outcome i with
// dbinom(i) <= dbinom(successes) × (1 + 1e-7), the relative slack absorbing rounding in ties.
// The interval is [0, ...] for 0 successes and [..., 1] for successes == trials.
// Fails with kInvalidArgument for trials that are not a positive whole number, successes that are
// not a whole number in [0, trials], a probability outside [0, 1] or a level outside (0, 1);
// with kInternal if Boost.Math does not converge.
core::Result<BinomialTest> ExactBinomialTest(double successes, double trials, double probability, double level);

}  // namespace polyfon::stats
