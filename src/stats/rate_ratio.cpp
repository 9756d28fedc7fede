#include "stats/rate_ratio.hpp"

#include <cmath>
#include <limits>
#include <string>

#include "stats/binomial_test.hpp"
#include "stats/format_exact.hpp"

namespace polyfon::stats {
namespace {

core::Status CheckCount(const char* name, double count) {
  if (!std::isfinite(count) || count < 0 || count != std::floor(count)) {
    return core::Status::InvalidArgument(std::string(name) + " must be a non-negative whole number, got " +
                                         FormatExact(count));
  }
  return core::Status::Ok();
}

core::Status CheckExposure(const char* name, double exposure) {
  if (!std::isfinite(exposure) || exposure <= 0) {
    return core::Status::InvalidArgument(std::string(name) + " must be a positive number, got " + FormatExact(exposure));
  }
  return core::Status::Ok();
}

// Maps a limit p of the binomial proportion count1 / n to the rate ratio, as R does: p / (1 - p)
// is the ratio of expected counts, and exposure2 / exposure1 turns it into a ratio of rates.
double ProportionToRatio(double p, double exposure1, double exposure2) {
  if (p == 1) return std::numeric_limits<double>::infinity();
  return p / (1 - p) * exposure2 / exposure1;
}

}  // namespace

core::Result<RateRatio> ExactRateRatio(double count1, double exposure1, double count2, double exposure2, double level) {
  POLYFON_RETURN_IF_ERROR(CheckCount("count1", count1));
  POLYFON_RETURN_IF_ERROR(CheckExposure("exposure1", exposure1));
  POLYFON_RETURN_IF_ERROR(CheckCount("count2", count2));
  POLYFON_RETURN_IF_ERROR(CheckExposure("exposure2", exposure2));
  if (count1 == 0 && count2 == 0) {
    return core::Status::InvalidArgument("count1 and count2 are both zero: no rates to compare");
  }
  // Given n = count1 + count2 events, count1 is Binomial(n, exposure1 / (exposure1 + exposure2))
  // when the rates are equal.
  const double probability = exposure1 / (exposure1 + exposure2);
  POLYFON_ASSIGN_OR_RETURN(BinomialTest test, ExactBinomialTest(count1, count1 + count2, probability, level));
  RateRatio result;
  result.ratio = count2 == 0 ? std::numeric_limits<double>::infinity() : (count1 / exposure1) / (count2 / exposure2);
  result.interval = {ProportionToRatio(test.interval.low, exposure1, exposure2),
                     ProportionToRatio(test.interval.high, exposure1, exposure2)};
  result.p_value = test.p_value;
  return result;
}

core::Result<RateGrowth> ExactRateGrowth(double earlier_count, double earlier_exposure, double later_count,
                                         double later_exposure, double level) {
  POLYFON_ASSIGN_OR_RETURN(RateRatio ratio,
                           ExactRateRatio(later_count, later_exposure, earlier_count, earlier_exposure, level));
  RateGrowth growth;
  growth.percent_change = (ratio.ratio - 1) * 100;
  growth.percent_interval = {(ratio.interval.low - 1) * 100, (ratio.interval.high - 1) * 100};
  growth.p_value = ratio.p_value;
  growth.ratio = ratio;
  return growth;
}

core::Result<double> CompoundAnnualGrowthPercent(double first, double last, double years) {
  if (!std::isfinite(first) || first <= 0) {
    return core::Status::InvalidArgument("first must be a positive number, got " + FormatExact(first));
  }
  if (!std::isfinite(last) || last < 0) {
    return core::Status::InvalidArgument("last must be a non-negative number, got " + FormatExact(last));
  }
  if (!std::isfinite(years) || years <= 0) {
    return core::Status::InvalidArgument("years must be a positive number, got " + FormatExact(years));
  }
  return (std::pow(last / first, 1 / years) - 1) * 100;
}

}  // namespace polyfon::stats
