#include "stats/modified_z_score.hpp"

#include <algorithm>
#include <cmath>

namespace polyfon::stats {
namespace {

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

}  // namespace

std::vector<double> ModifiedZScores(std::span<const double> values) {
  if (values.empty()) return {};
  const double median = Median({values.begin(), values.end()});
  std::vector<double> deviations;
  deviations.reserve(values.size());
  for (double x : values) deviations.push_back(std::fabs(x - median));
  double scale = 1.4826 * Median(deviations);
  if (scale == 0) {
    double sum = 0;
    for (double d : deviations) sum += d;
    scale = 1.253314 * sum / static_cast<double>(values.size());
  }
  std::vector<double> scores;
  scores.reserve(values.size());
  for (double x : values) scores.push_back(scale == 0 ? 0.0 : (x - median) / scale);
  return scores;
}

}  // namespace polyfon::stats
