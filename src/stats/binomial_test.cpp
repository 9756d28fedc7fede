#include "stats/binomial_test.hpp"

#include <algorithm>
#include <boost/math/distributions/binomial.hpp>
#include <boost/math/special_functions/beta.hpp>
#include <cmath>
#include <string>
#include "stats/format_exact.hpp"
#include "stats/no_throw_policy.hpp"

namespace polyfon::stats {
namespace {

using Binomial = boost::math::binomial_distribution<double, NoThrowPolicy>;

bool IsWhole(double x) { return std::isfinite(x) && x == std::floor(x); }

// R's binom.test two-sided p-value. The pmf rises up to its mode and falls after it, and the mode
// lies in [floor(m), ceil(m)] for the mean m. So the outcomes on the far side of the mean from
// `successes` that are no more likely than it form one tail, found by bisection instead of R's
// scan over every outcome; the p-value is that tail plus the tail beyond `successes`.
double TwoSidedPValue(const Binomial& binomial, double successes, double trials, double probability) {
  if (probability == 0) return successes == 0 ? 1 : 0;
  if (probability == 1) return successes == trials ? 1 : 0;
  const double threshold = boost::math::pdf(binomial, successes) * (1 + 1e-7);
  const double mean = trials * probability;
  if (successes == mean) return 1;
  const auto unlikely = [&](double i) { return boost::math::pdf(binomial, i) <= threshold; };
  double p_value = 0;
  if (successes < mean) {
    // First outcome in [ceil(m), trials + 1) that is unlikely; pmf falls over this range.
    double lo = std::ceil(mean);
    double hi = trials + 1;
    while (lo < hi) {
      const double mid = std::floor(lo + (hi - lo) / 2);
      if (unlikely(mid))
        hi = mid;
      else
        lo = mid + 1;
    }
    const double upper = lo > trials ? 0.0 : boost::math::cdf(boost::math::complement(binomial, lo - 1));
    p_value = boost::math::cdf(binomial, successes) + upper;
  } else {
    // Last outcome in [0, floor(m)] that is unlikely (-1 if none); pmf rises over this range.
    double lo = -1;
    double hi = std::floor(mean);
    while (lo < hi) {
      const double mid = std::ceil(lo + (hi - lo) / 2);
      if (unlikely(mid))
        lo = mid;
      else
        hi = mid - 1;
    }
    const double lower = lo < 0 ? 0.0 : boost::math::cdf(binomial, lo);
    p_value = lower + boost::math::cdf(boost::math::complement(binomial, successes - 1));
  }
  return std::min(1.0, p_value);  // the two tails are disjoint; only rounding can pass 1
}

}  // namespace

core::Result<BinomialTest> ExactBinomialTest(double successes, double trials, double probability, double level) {
  if (!IsWhole(trials) || trials < 1) {
    return core::Status::InvalidArgument("trials must be a positive whole number, got " + FormatExact(trials));
  }
  if (!IsWhole(successes) || successes < 0 || successes > trials) {
    return core::Status::InvalidArgument("successes must be a whole number in [0, " + FormatExact(trials) + "], got " +
                                         FormatExact(successes));
  }
  if (!(probability >= 0 && probability <= 1)) {  // also rejects NaN
    return core::Status::InvalidArgument("probability must be in [0, 1], got " + FormatExact(probability));
  }
  if (!(level > 0 && level < 1)) {
    return core::Status::InvalidArgument("level must be in (0, 1), got " + FormatExact(level));
  }
  const double tail = (1 - level) / 2;
  const double failures = trials - successes;
  BinomialTest test;
  test.estimate = successes / trials;
  // Clopper-Pearson: qbeta(a/2, x, n - x + 1) and qbeta(1 - a/2, x + 1, n - x), as in R.
  test.interval.low = successes == 0 ? 0.0 : boost::math::ibeta_inv(successes, failures + 1, tail, NoThrowPolicy());
  test.interval.high = failures == 0 ? 1.0 : boost::math::ibeta_inv(successes + 1, failures, 1 - tail, NoThrowPolicy());
  test.p_value = TwoSidedPValue(Binomial(trials, probability), successes, trials, probability);
  if (!std::isfinite(test.interval.low) || !std::isfinite(test.interval.high) || !std::isfinite(test.p_value)) {
    return core::Status::Internal("exact binomial test did not converge for " + FormatExact(successes) + " of " +
                                  FormatExact(trials) + ", probability " + FormatExact(probability) + ", level " + FormatExact(level));
  }
  return test;
}

}  // namespace polyfon::stats
