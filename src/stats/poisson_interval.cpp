#include "stats/poisson_interval.hpp"

#include <cmath>
#include <string>

#include <boost/math/special_functions/gamma.hpp>
#include "stats/format_exact.hpp"
#include "stats/no_throw_policy.hpp"

namespace polyfon::stats {

core::Result<Interval> ExactPoissonInterval(double count, double level) {
  if (!std::isfinite(count) || count < 0 || count != std::floor(count)) {
    return core::Status::InvalidArgument("count must be a non-negative whole number, got " +
                                         FormatExact(count));
  }
  if (!(level > 0 && level < 1)) {  // also rejects NaN
    return core::Status::InvalidArgument("level must be in (0, 1), got " + FormatExact(level));
  }
  const double tail = (1 - level) / 2;
  // qchisq(p, 2k) / 2 == qgamma(p, shape k): the gamma form needs no halving and is what R uses.
  Interval interval;
  interval.low = count == 0 ? 0.0 : boost::math::gamma_p_inv(count, tail, NoThrowPolicy());
  interval.high = boost::math::gamma_p_inv(count + 1, 1 - tail, NoThrowPolicy());
  if (!std::isfinite(interval.low) || !std::isfinite(interval.high)) {
    return core::Status::Internal("exact Poisson interval did not converge for count " +
                                  FormatExact(count) + ", level " + FormatExact(level));
  }
  return interval;
}

}  // namespace polyfon::stats
