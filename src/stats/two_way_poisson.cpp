#include "stats/two_way_poisson.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "stats/format_exact.hpp"
#include "stats/two_way_projection.hpp"

namespace polyfon::stats {
namespace {

// As in FitPoissonGlm: a covariate whose weighted norm, once the fixed effects and the covariates
// before it are projected out, is below this share of its own norm is aliased.
constexpr double kRankTolerance = 1e-7;

std::string CovariateLabel(const TwoWayPoissonInput& input, size_t j) {
  std::string label = "covariate " + std::to_string(j);
  if (!input.covariate_names.empty()) label += " (" + input.covariate_names[j] + ")";
  return label;
}

int Levels(const std::vector<int>& index) { return index.empty() ? 0 : *std::max_element(index.begin(), index.end()) + 1; }

core::Status CheckInput(const TwoWayPoissonInput& input, const PoissonGlmOptions& options) {
  const size_t n = input.rows;
  if (n == 0 || input.covariates == 0) {
    return core::Status::InvalidArgument("rows and covariates must be positive, got " + std::to_string(n) + " and " +
                                         std::to_string(input.covariates));
  }
  auto size_error = [&](const char* name, size_t got, const std::string& expected) {
    return core::Status::InvalidArgument(std::string(name) + " has " + std::to_string(got) + " values, expected " +
                                         expected);
  };
  if (input.unit.size() != n) return size_error("unit", input.unit.size(), std::to_string(n));
  if (input.period.size() != n) return size_error("period", input.period.size(), std::to_string(n));
  if (input.counts.size() != n) return size_error("counts", input.counts.size(), std::to_string(n));
  if (!input.offset.empty() && input.offset.size() != n) {
    return size_error("offset", input.offset.size(), "0 or " + std::to_string(n));
  }
  if (input.x.size() != n * input.covariates) {
    return size_error("x", input.x.size(), "rows × covariates = " + std::to_string(n * input.covariates));
  }
  if (!input.covariate_names.empty() && input.covariate_names.size() != input.covariates) {
    return size_error("covariate_names", input.covariate_names.size(), "0 or " + std::to_string(input.covariates));
  }
  for (size_t i = 0; i < n; ++i) {
    if (input.unit[i] < 0 || input.period[i] < 0) {
      return core::Status::InvalidArgument("row " + std::to_string(i) + " has a negative unit or period index");
    }
    if (!std::isfinite(input.counts[i]) || input.counts[i] < 0) {
      return core::Status::InvalidArgument("counts[" + std::to_string(i) + "] must be a non-negative number, got " +
                                           FormatExact(input.counts[i]));
    }
    if (!input.offset.empty() && !std::isfinite(input.offset[i])) {
      return core::Status::InvalidArgument("offset[" + std::to_string(i) + "] must be finite, got " +
                                           FormatExact(input.offset[i]));
    }
    for (size_t j = 0; j < input.covariates; ++j) {
      const double x = input.x[i * input.covariates + j];
      if (!std::isfinite(x)) {
        return core::Status::InvalidArgument("row " + std::to_string(i) + ", " + CovariateLabel(input, j) +
                                             " must be finite, got " + FormatExact(x));
      }
    }
  }
  return CheckGlmOptions(options);
}

double Deviance(const std::vector<double>& y, const std::vector<double>& mu) {
  double deviance = 0;
  for (size_t i = 0; i < y.size(); ++i) {
    deviance += 2 * ((y[i] > 0 ? y[i] * std::log(y[i] / mu[i]) : 0.0) - (y[i] - mu[i]));
  }
  return deviance;
}

// One weighted least-squares step on the residualized covariates: the normal matrix X~' W X~ and
// the coefficients. Fails naming the first covariate that earlier columns already explain.
struct Step {
  Eigen::MatrixXd normal;
  Eigen::VectorXd beta;
};

core::Result<Step> SolveStep(const TwoWayPoissonInput& input, const std::vector<std::vector<double>>& raw,
                             const std::vector<std::vector<double>>& residualized, const std::vector<double>& z,
                             const std::vector<double>& w) {
  const size_t k = residualized.size();
  Step step;
  step.normal = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(k), static_cast<Eigen::Index>(k));
  Eigen::VectorXd rhs = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(k));
  for (size_t i = 0; i < w.size(); ++i) {
    for (size_t r = 0; r < k; ++r) {
      const double wx = w[i] * residualized[r][i];
      rhs(static_cast<Eigen::Index>(r)) += wx * z[i];
      for (size_t c = 0; c <= r; ++c) step.normal(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)) += wx * residualized[c][i];
    }
  }
  step.normal = step.normal.selfadjointView<Eigen::Lower>();
  // Aliasing, in column order as R's pivoting: the Cholesky pivot of column j is its squared
  // norm after projecting out the fixed effects and the columns before it.
  Eigen::MatrixXd l = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(k), static_cast<Eigen::Index>(k));
  for (size_t j = 0; j < k; ++j) {
    const auto jj = static_cast<Eigen::Index>(j);
    double pivot = step.normal(jj, jj);
    for (Eigen::Index c = 0; c < jj; ++c) pivot -= l(jj, c) * l(jj, c);
    double raw_norm = 0;
    for (size_t i = 0; i < w.size(); ++i) raw_norm += w[i] * raw[j][i] * raw[j][i];
    if (!(pivot > kRankTolerance * kRankTolerance * raw_norm) || raw_norm == 0) {
      return core::Status::InvalidArgument(CovariateLabel(input, j) +
                                           " is explained by the unit and period fixed effects" +
                                           (j > 0 ? std::string(" and the covariates before it") : std::string()) +
                                           ": its coefficient is not identifiable");
    }
    l(jj, jj) = std::sqrt(pivot);
    for (Eigen::Index r = jj + 1; r < static_cast<Eigen::Index>(k); ++r) {
      double sum = step.normal(r, jj);
      for (Eigen::Index c = 0; c < jj; ++c) sum -= l(r, c) * l(jj, c);
      l(r, jj) = sum / l(jj, jj);
    }
  }
  step.beta = step.normal.llt().solve(rhs);
  return step;
}

}  // namespace

double TwoWayPoissonFit::ModelStandardError(size_t j) const {
  return std::sqrt(covariance[j * coefficients.size() + j]);
}

double TwoWayPoissonFit::QuasiStandardError(size_t j) const { return ModelStandardError(j) * std::sqrt(dispersion); }

double TwoWayPoissonFit::RobustStandardError(size_t j) const {
  return std::sqrt(robust_covariance[j * coefficients.size() + j]);
}

core::Result<TwoWayPoissonFit> FitTwoWayPoisson(const TwoWayPoissonInput& input, const PoissonGlmOptions& options) {
  POLYFON_RETURN_IF_ERROR(CheckInput(input, options));
  const size_t n = input.rows;
  const size_t k = input.covariates;
  TwoWayProjection projection(input.unit, Levels(input.unit), input.period, Levels(input.period));
  const size_t parameters = static_cast<size_t>(projection.Rank()) + k;
  if (n < parameters) {
    return core::Status::InvalidArgument("fewer rows (" + std::to_string(n) + ") than parameters (" +
                                         std::to_string(parameters) + "): the coefficients are not identifiable");
  }
  std::vector<std::vector<double>> raw(k, std::vector<double>(n));
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < k; ++j) raw[j][i] = input.x[i * k + j];
  }
  auto offset = [&](size_t i) { return input.offset.empty() ? 0.0 : input.offset[i]; };

  // IRLS as R's glm.fit: start from mu = y + 0.1, stop on the relative change in deviance.
  std::vector<double> mu(n);
  std::vector<double> eta(n);
  for (size_t i = 0; i < n; ++i) {
    mu[i] = input.counts[i] + 0.1;
    eta[i] = std::log(mu[i]);
  }
  double deviance_before = Deviance(input.counts, mu);
  TwoWayPoissonFit fit;
  std::vector<std::vector<double>> residualized;
  Step step;
  bool converged = false;
  std::vector<double> z(n);
  std::vector<double> weights;  // of the last iteration: R's fit$weights
  for (int iteration = 1; iteration <= options.max_iterations && !converged; ++iteration) {
    for (size_t i = 0; i < n; ++i) z[i] = eta[i] - offset(i) + (input.counts[i] - mu[i]) / mu[i];
    weights = mu;
    projection.SetWeights(weights);
    std::vector<double> z_residual = z;
    projection.Residualize(z_residual);
    residualized = raw;
    for (auto& column : residualized) projection.Residualize(column);
    POLYFON_ASSIGN_OR_RETURN(step, SolveStep(input, raw, residualized, z_residual, weights));
    for (size_t i = 0; i < n; ++i) {
      double residual = z_residual[i];
      for (size_t j = 0; j < k; ++j) residual -= residualized[j][i] * step.beta(static_cast<Eigen::Index>(j));
      eta[i] = z[i] - residual + offset(i);
      mu[i] = std::exp(eta[i]);
    }
    const double deviance = Deviance(input.counts, mu);
    if (!std::isfinite(deviance)) {
      return core::Status::Internal("IRLS diverged: the deviance is not finite at iteration " +
                                    std::to_string(iteration));
    }
    converged = std::fabs(deviance - deviance_before) / (std::fabs(deviance) + 0.1) < options.tolerance;
    deviance_before = deviance;
    fit.iterations = iteration;
  }
  if (!converged) {
    return core::Status::Internal("IRLS did not converge in " + std::to_string(options.max_iterations) +
                                  " iterations");
  }

  // The covariance of the last step, as R's vcov (weights from the start of the last iteration).
  const Eigen::MatrixXd bread = step.normal.inverse();
  fit.coefficients.assign(step.beta.data(), step.beta.data() + k);
  fit.covariance.resize(k * k);
  for (size_t r = 0; r < k; ++r) {
    for (size_t c = 0; c < k; ++c) fit.covariance[r * k + c] = bread(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c));
  }
  fit.fitted = mu;
  fit.deviance = deviance_before;
  // As summary.glm and sandwich::estfun: working residuals (y - mu) / mu with the final mu, times
  // the working weights of the last iteration.
  std::vector<double> scores(n);
  for (size_t i = 0; i < n; ++i) {
    const double working_residual = (input.counts[i] - mu[i]) / mu[i];
    fit.pearson_chi2 += weights[i] * working_residual * working_residual;
    scores[i] = weights[i] * working_residual;
  }
  fit.fixed_effects = projection.Rank();
  fit.df_residual = static_cast<int>(n - parameters);
  fit.dispersion = fit.df_residual > 0 ? fit.pearson_chi2 / fit.df_residual : 1.0;

  // Clustered by unit: the beta block of the full sandwich is bread · Σ_g s_g s_g' · bread with
  // s_g = Σ_{i in g} x~_i score_i: the beta row of the full inverse times X' W is (X~' W X~)^-1 X~' W
  // (Frisch–Waugh–Lovell).
  const int units = Levels(input.unit);
  Eigen::MatrixXd score_sums = Eigen::MatrixXd::Zero(units, static_cast<Eigen::Index>(k));
  std::vector<bool> seen(static_cast<size_t>(units), false);
  for (size_t i = 0; i < n; ++i) {
    seen[static_cast<size_t>(input.unit[i])] = true;
    for (size_t j = 0; j < k; ++j) {
      score_sums(input.unit[i], static_cast<Eigen::Index>(j)) += residualized[j][i] * scores[i];
    }
  }
  const auto groups = static_cast<double>(std::count(seen.begin(), seen.end(), true));
  const Eigen::MatrixXd robust =
      (groups > 1 ? groups / (groups - 1) : 1.0) * (bread * (score_sums.transpose() * score_sums) * bread);
  fit.robust_covariance.resize(k * k);
  for (size_t r = 0; r < k; ++r) {
    for (size_t c = 0; c < k; ++c) {
      fit.robust_covariance[r * k + c] = robust(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c));
    }
  }
  return fit;
}

}  // namespace polyfon::stats
