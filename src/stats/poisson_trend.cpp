#include <boost/math/distributions/normal.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "stats/format_exact.hpp"
#include "stats/no_throw_policy.hpp"
#include "stats/poisson_glm.hpp"

namespace polyfon::stats {
namespace {

core::Status CheckSeries(const std::vector<double>& counts, const std::vector<double>& exposures,
                         const std::vector<double>& times, double level) {
  if (exposures.size() != counts.size() || times.size() != counts.size()) {
    return core::Status::InvalidArgument("counts, exposures and times must have the same length, got " +
                                         std::to_string(counts.size()) + ", " + std::to_string(exposures.size()) +
                                         " and " + std::to_string(times.size()));
  }
  for (size_t i = 0; i < counts.size(); ++i) {
    if (!std::isfinite(exposures[i]) || exposures[i] <= 0) {
      return core::Status::InvalidArgument("exposures[" + std::to_string(i) + "] must be a positive number, got " +
                                           FormatExact(exposures[i]));
    }
    if (!std::isfinite(times[i])) {
      return core::Status::InvalidArgument("times[" + std::to_string(i) + "] must be finite, got " + FormatExact(times[i]));
    }
  }
  if (!(level > 0 && level < 1)) {  // also rejects NaN
    return core::Status::InvalidArgument("level must be in (0, 1), got " + FormatExact(level));
  }
  return core::Status::Ok();
}

}  // namespace

core::Result<PoissonTrend> FitPoissonTrend(const std::vector<double>& counts, const std::vector<double>& exposures,
                                           const std::vector<double>& times, double level) {
  POLYFON_RETURN_IF_ERROR(CheckSeries(counts, exposures, times, level));
  // Time is centred on its mean: the slope, its standard error and the IRLS path are unchanged,
  // and calendar years no longer make the design nearly collinear with the intercept.
  double mean_time = 0;
  for (double t : times) mean_time += t;
  if (!times.empty()) mean_time /= static_cast<double>(times.size());
  PoissonGlmInput input;
  input.rows = counts.size();
  input.columns = 2;
  input.counts = counts;
  input.column_names = {"intercept", "time"};
  for (size_t i = 0; i < counts.size(); ++i) {
    input.design.push_back(1);
    input.design.push_back(times[i] - mean_time);
    input.offset.push_back(std::log(exposures[i]));
  }
  POLYFON_ASSIGN_OR_RETURN(PoissonGlmFit fit, FitPoissonGlm(input));

  PoissonTrend trend;
  trend.slope = fit.coefficients[1];
  trend.slope_se = fit.ModelStandardError(1);
  trend.deviance = fit.deviance;
  trend.dispersion = fit.dispersion;
  const boost::math::normal_distribution<double, NoThrowPolicy> normal;
  const double z = boost::math::quantile(normal, 1 - (1 - level) / 2);
  trend.growth_factor = std::exp(trend.slope);
  trend.low = std::exp(trend.slope - z * trend.slope_se);
  trend.high = std::exp(trend.slope + z * trend.slope_se);
  if (!std::isfinite(z) || !std::isfinite(trend.growth_factor) || !std::isfinite(trend.low) ||
      !std::isfinite(trend.high)) {
    return core::Status::Internal("Poisson trend interval is not finite: slope " + FormatExact(trend.slope) + ", se " +
                                  FormatExact(trend.slope_se) + ", level " + FormatExact(level));
  }
  return trend;
}

}  // namespace polyfon::stats
