#include <Eigen/Dense>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "stats/poisson_glm.hpp"

namespace polyfon::stats {
namespace {

using RowMajorMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

core::Status CheckSizes(const PoissonGlmInput& input, const PoissonGlmFit& fit, const std::vector<int>& clusters) {
  const size_t n = input.rows;
  const size_t p = input.columns;
  if (input.design.size() != n * p || input.counts.size() != n) {
    return core::Status::InvalidArgument("input has " + std::to_string(input.design.size()) + " design values and " +
                                         std::to_string(input.counts.size()) + " counts, expected " +
                                         std::to_string(n * p) + " and " + std::to_string(n));
  }
  if (fit.coefficients.size() != p || fit.covariance.size() != p * p || fit.fitted.size() != n) {
    return core::Status::InvalidArgument("fit does not belong to this input: it has " +
                                         std::to_string(fit.coefficients.size()) + " coefficients and " +
                                         std::to_string(fit.fitted.size()) + " fitted values, expected " +
                                         std::to_string(p) + " and " + std::to_string(n));
  }
  if (clusters.size() != n) {
    return core::Status::InvalidArgument("clusters has " + std::to_string(clusters.size()) +
                                         " values, expected rows = " + std::to_string(n));
  }
  return core::Status::Ok();
}

}  // namespace

core::Result<std::vector<double>> ClusterRobustCovariance(const PoissonGlmInput& input, const PoissonGlmFit& fit,
                                                          const std::vector<int>& clusters) {
  POLYFON_RETURN_IF_ERROR(CheckSizes(input, fit, clusters));
  const auto n = static_cast<Eigen::Index>(input.rows);
  const auto p = static_cast<Eigen::Index>(input.columns);

  std::map<int, Eigen::Index> cluster_index;
  for (int id : clusters) cluster_index.emplace(id, static_cast<Eigen::Index>(cluster_index.size()));
  const auto groups = static_cast<Eigen::Index>(cluster_index.size());
  if (groups < 2) {
    return core::Status::InvalidArgument("clusters must name at least 2 distinct clusters, got " +
                                         std::to_string(groups));
  }

  // Per-cluster sums of the score contributions (y_i - mu_i) x_i. sandwich's estfun.glm writes
  // these as working residual × working weight, (y - mu) / mu × mu, the weight taken before the
  // last IRLS update; at convergence the two agree far inside the IRLS tolerance.
  const Eigen::Map<const RowMajorMatrix> x(input.design.data(), n, p);
  Eigen::MatrixXd score_sums = Eigen::MatrixXd::Zero(groups, p);
  for (Eigen::Index i = 0; i < n; ++i) {
    const double residual = input.counts[static_cast<size_t>(i)] - fit.fitted[static_cast<size_t>(i)];
    score_sums.row(cluster_index.at(clusters[static_cast<size_t>(i)])) += residual * x.row(i);
  }
  const Eigen::MatrixXd meat = score_sums.transpose() * score_sums;
  const Eigen::Map<const RowMajorMatrix> bread(fit.covariance.data(), p, p);  // (X' W X)^-1
  const double adjustment = static_cast<double>(groups) / static_cast<double>(groups - 1);
  const RowMajorMatrix covariance = adjustment * (bread * meat * bread);
  for (Eigen::Index k = 0; k < covariance.size(); ++k) {
    if (!std::isfinite(covariance.data()[k])) {
      return core::Status::InvalidArgument("fit has non-finite fitted values or covariance");
    }
  }
  return std::vector<double>(covariance.data(), covariance.data() + covariance.size());
}

}  // namespace polyfon::stats
