#include "stats/poisson_glm.hpp"

#include <Eigen/Dense>
#include <cassert>
#include <cfloat>
#include <cmath>
#include <limits>
#include <string>
#include <vector>
#include "stats/format_exact.hpp"

namespace polyfon::stats {
namespace {

using RowMajorMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Columns whose relative residual norm, after projecting on the columns before them, is below this
// are aliased: the tolerance of R's qr() and lm.fit, applied to unit-norm columns.
constexpr double kRankTolerance = 1e-7;

std::string ColumnLabel(const PoissonGlmInput& input, Eigen::Index j) {
  std::string label = "design column " + std::to_string(j);
  if (!input.column_names.empty()) label += " (" + input.column_names[static_cast<size_t>(j)] + ")";
  return label;
}

core::Status CheckInput(const PoissonGlmInput& input, const PoissonGlmOptions& options) {
  if (input.rows == 0 || input.columns == 0) {
    return core::Status::InvalidArgument("rows and columns must be positive, got " + std::to_string(input.rows) +
                                         " × " + std::to_string(input.columns));
  }
  if (input.rows < input.columns) {
    return core::Status::InvalidArgument("fewer rows (" + std::to_string(input.rows) + ") than columns (" +
                                         std::to_string(input.columns) + "): the coefficients are not identifiable");
  }
  if (input.design.size() != input.rows * input.columns) {
    return core::Status::InvalidArgument(
        "design has " + std::to_string(input.design.size()) +
        " values, expected rows × columns = " + std::to_string(input.rows * input.columns));
  }
  if (input.counts.size() != input.rows) {
    return core::Status::InvalidArgument("counts has " + std::to_string(input.counts.size()) +
                                         " values, expected rows = " + std::to_string(input.rows));
  }
  if (!input.offset.empty() && input.offset.size() != input.rows) {
    return core::Status::InvalidArgument("offset has " + std::to_string(input.offset.size()) +
                                         " values, expected 0 or rows = " + std::to_string(input.rows));
  }
  if (!input.column_names.empty() && input.column_names.size() != input.columns) {
    return core::Status::InvalidArgument("column_names has " + std::to_string(input.column_names.size()) +
                                         " names, expected 0 or columns = " + std::to_string(input.columns));
  }
  for (size_t i = 0; i < input.rows; ++i) {
    if (!std::isfinite(input.counts[i]) || input.counts[i] < 0) {
      return core::Status::InvalidArgument("counts[" + std::to_string(i) + "] must be a non-negative number, got " +
                                           FormatExact(input.counts[i]));
    }
    if (!input.offset.empty() && !std::isfinite(input.offset[i])) {
      return core::Status::InvalidArgument("offset[" + std::to_string(i) + "] must be finite, got " +
                                           FormatExact(input.offset[i]));
    }
    for (size_t j = 0; j < input.columns; ++j) {
      const double x = input.design[i * input.columns + j];
      if (!std::isfinite(x)) {
        return core::Status::InvalidArgument("design row " + std::to_string(i) + ", " +
                                             ColumnLabel(input, static_cast<Eigen::Index>(j)) +
                                             " must be finite, got " + FormatExact(x));
      }
    }
  }
  return CheckGlmOptions(options);
}

// Scales each column to unit norm, so that rank decisions do not depend on the columns' units
// (a calendar year beside an intercept). Returns false if a column is all zeros.
bool NormalizeColumns(Eigen::MatrixXd& x, Eigen::VectorXd& norms, Eigen::Index& zero_column) {
  norms = x.colwise().norm().transpose();
  for (Eigen::Index j = 0; j < x.cols(); ++j) {
    if (!(norms(j) > 0)) {
      zero_column = j;
      return false;
    }
    x.col(j) /= norms(j);
  }
  return true;
}

Eigen::Index RankOf(const Eigen::MatrixXd& unit_columns) {
  Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(unit_columns);
  qr.setThreshold(kRankTolerance);
  return qr.rank();
}

// Fails naming the first column that is a linear combination of the columns before it, as R
// reports that column's coefficient as NA.
core::Status CheckFullRank(const PoissonGlmInput& input, const Eigen::MatrixXd& x) {
  Eigen::MatrixXd unit = x;
  Eigen::VectorXd norms;
  Eigen::Index zero_column = 0;
  if (!NormalizeColumns(unit, norms, zero_column)) {
    return core::Status::InvalidArgument("rank-deficient design: " + ColumnLabel(input, zero_column) + " is all zeros");
  }
  if (RankOf(unit) == unit.cols()) return core::Status::Ok();
  for (Eigen::Index j = 1; j < unit.cols(); ++j) {
    if (RankOf(unit.leftCols(j + 1)) <= j) {
      return core::Status::InvalidArgument("rank-deficient design: " + ColumnLabel(input, j) +
                                           " is a linear combination of the columns before it");
    }
  }
  return core::Status::InvalidArgument("rank-deficient design");  // not reached: some prefix loses rank
}

// 2 Σ [y log(y / mu) - (y - mu)], with y log y = 0 at y = 0 (R's poisson()$dev.resids).
double Deviance(const Eigen::VectorXd& y, const Eigen::VectorXd& mu) {
  double deviance = 0;
  for (Eigen::Index i = 0; i < y.size(); ++i) {
    deviance += y(i) > 0 ? y(i) * std::log(y(i) / mu(i)) - (y(i) - mu(i)) : mu(i);
  }
  return 2 * deviance;
}

// R's poisson()$linkinv: exp(eta), kept at least DBL_EPSILON.
Eigen::VectorXd Mean(const Eigen::VectorXd& eta) { return eta.array().exp().max(DBL_EPSILON).matrix(); }

}  // namespace

core::Status CheckGlmOptions(const PoissonGlmOptions& options) {
  if (options.max_iterations < 1) {
    return core::Status::InvalidArgument("max_iterations must be at least 1, got " +
                                         std::to_string(options.max_iterations));
  }
  if (!(options.tolerance > 0) || !std::isfinite(options.tolerance)) {
    return core::Status::InvalidArgument("tolerance must be a positive number, got " + FormatExact(options.tolerance));
  }
  return core::Status::Ok();
}

double PoissonGlmFit::ModelStandardError(size_t j) const {
  const size_t p = coefficients.size();
  assert(j < p && covariance.size() == p * p);
  if (j >= p || covariance.size() != p * p) return std::numeric_limits<double>::quiet_NaN();
  return std::sqrt(covariance[j * p + j]);
}

double PoissonGlmFit::QuasiStandardError(size_t j) const { return ModelStandardError(j) * std::sqrt(dispersion); }

core::Result<PoissonGlmFit> FitPoissonGlm(const PoissonGlmInput& input, const PoissonGlmOptions& options) {
  POLYFON_RETURN_IF_ERROR(CheckInput(input, options));
  const auto n = static_cast<Eigen::Index>(input.rows);
  const auto p = static_cast<Eigen::Index>(input.columns);
  const Eigen::MatrixXd x = Eigen::Map<const RowMajorMatrix>(input.design.data(), n, p);
  POLYFON_RETURN_IF_ERROR(CheckFullRank(input, x));
  const Eigen::VectorXd y = Eigen::Map<const Eigen::VectorXd>(input.counts.data(), n);
  Eigen::VectorXd offset = Eigen::VectorXd::Zero(n);
  if (!input.offset.empty()) offset = Eigen::Map<const Eigen::VectorXd>(input.offset.data(), n);

  // glm.fit: mustart = y + 0.1 (poisson()$initialize), eta = log(mustart), deviance of the start.
  Eigen::VectorXd eta = (y.array() + 0.1).log().matrix();
  Eigen::VectorXd mu = Mean(eta);
  double deviance_old = Deviance(y, mu);
  Eigen::VectorXd beta(p);
  Eigen::VectorXd weights(n);  // working weights mu of the last iteration (R's fit$weights)
  Eigen::VectorXd norms(p);
  Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(n, p);
  double deviance = deviance_old;
  int iteration = 0;
  bool converged = false;
  while (!converged && iteration < options.max_iterations) {
    ++iteration;
    // Working response and weights for the log link: d mu / d eta = mu and Var(y) = mu.
    weights = mu;
    const Eigen::VectorXd root_w = weights.array().sqrt().matrix();
    const Eigen::VectorXd z = (eta - offset).array() + (y - mu).array() / mu.array();
    Eigen::MatrixXd xw = root_w.asDiagonal() * x;
    Eigen::Index zero_column = 0;
    if (!NormalizeColumns(xw, norms, zero_column)) {
      return core::Status::Internal("IRLS weights vanished for " + ColumnLabel(input, zero_column) + " at iteration " +
                                    std::to_string(iteration));
    }
    qr.compute(xw);
    if (qr.rank() < p) {
      return core::Status::Internal("weighted design lost rank at IRLS iteration " + std::to_string(iteration) +
                                    " (fitted means near zero?)");
    }
    beta = qr.solve(Eigen::VectorXd(root_w.cwiseProduct(z))).cwiseQuotient(norms);
    eta = x * beta + offset;
    mu = Mean(eta);
    deviance = Deviance(y, mu);
    if (!std::isfinite(deviance)) {
      return core::Status::Internal("IRLS diverged: deviance is not finite at iteration " + std::to_string(iteration));
    }
    converged = std::abs(deviance - deviance_old) / (std::abs(deviance) + 0.1) < options.tolerance;
    deviance_old = deviance;
  }
  if (!converged) {
    return core::Status::Internal("IRLS did not converge in " + std::to_string(options.max_iterations) +
                                  " iterations (relative deviance change above " + FormatExact(options.tolerance) + ")");
  }

  PoissonGlmFit fit;
  fit.coefficients.assign(beta.data(), beta.data() + p);
  fit.fitted.assign(mu.data(), mu.data() + n);
  fit.deviance = deviance;
  fit.iterations = iteration;
  fit.df_residual = static_cast<int>(n - p);
  // As summary.glm: the covariance comes from the QR of the last iteration (weights before its
  // update), and the Pearson statistic weights the final working residuals (y - mu) / mu the same way.
  // Weights at the final mu would differ from R by up to the IRLS tolerance's square root (2e-6 in
  // the NO-HN trend of poisson_trend.csv), so R's choice is kept to reproduce its numbers.
  const auto r = qr.matrixR().topLeftCorner(p, p).triangularView<Eigen::Upper>();
  const Eigen::MatrixXd r_inverse = r.solve(Eigen::MatrixXd::Identity(p, p));
  const Eigen::MatrixXd scaled =
      qr.colsPermutation() * (r_inverse * r_inverse.transpose()) * qr.colsPermutation().transpose();
  const Eigen::VectorXd inverse_norms = norms.cwiseInverse();
  const RowMajorMatrix covariance = inverse_norms.asDiagonal() * scaled * inverse_norms.asDiagonal();
  fit.covariance.assign(covariance.data(), covariance.data() + p * p);
  fit.pearson_chi2 = (weights.array() * ((y - mu).array() / mu.array()).square()).sum();
  fit.dispersion = fit.df_residual > 0 ? fit.pearson_chi2 / fit.df_residual : 1.0;
  return fit;
}

}  // namespace polyfon::stats
