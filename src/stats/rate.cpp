#include "stats/rate.hpp"

#include <cmath>
#include <string>
#include "stats/format_exact.hpp"

namespace polyfon::stats {

core::Result<Rate> PoissonRate(double count, double population, double factor, double level) {
  if (!std::isfinite(population) || population <= 0) {
    return core::Status::InvalidArgument("population must be a positive number, got " +
                                         FormatExact(population));
  }
  if (!std::isfinite(factor) || factor <= 0) {
    return core::Status::InvalidArgument("factor must be a positive number, got " +
                                         FormatExact(factor));
  }
  POLYFON_ASSIGN_OR_RETURN(Interval counts, ExactPoissonInterval(count, level));
  // The population is treated as exact, so the count's interval scales linearly.
  const double scale = factor / population;
  Rate rate;
  rate.value = count * scale;
  rate.interval = {counts.low * scale, counts.high * scale};
  return rate;
}

}  // namespace polyfon::stats
