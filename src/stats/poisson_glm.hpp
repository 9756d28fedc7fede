#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/status.hpp"

namespace polyfon::stats {

// A Poisson regression with log link: log E[y_i] = offset_i + x_i · beta. The design is given
// row-major (n rows × p columns) so callers need no linear-algebra types.
struct PoissonGlmInput {
  size_t rows = 0;
  size_t columns = 0;
  std::vector<double> design;  // rows × columns, row-major; include a column of ones for an intercept
  std::vector<double> counts;  // y, non-negative
  std::vector<double> offset;  // empty = zeros; e.g. log(population)
  std::vector<std::string> column_names;  // optional, for messages
};

struct PoissonGlmOptions {
  int max_iterations = 50;
  double tolerance = 1e-10;  // on the relative change in deviance, as R's glm.control(epsilon)
};

// Fails with kInvalidArgument naming the option that is out of range.
core::Status CheckGlmOptions(const PoissonGlmOptions& options);

struct PoissonGlmFit {
  std::vector<double> coefficients;
  std::vector<double> covariance;  // model-based (X' W X)^-1, columns × columns, row-major
  std::vector<double> fitted;      // mu_i
  double deviance = 0;
  double pearson_chi2 = 0;
  int df_residual = 0;
  double dispersion = 1;  // pearson_chi2 / df_residual (quasi-Poisson), 1 if df_residual is 0
  int iterations = 0;

  // Standard errors: model-based, and quasi-Poisson (scaled by sqrt(dispersion)).
  double ModelStandardError(size_t j) const;
  double QuasiStandardError(size_t j) const;
};

// Fits by iteratively reweighted least squares (Eigen), as R's glm(family = poisson). Fails with
// kInvalidArgument for inconsistent sizes, negative or non-finite counts, fewer rows than columns,
// or a rank-deficient design (naming the column when it can), and kInternal if IRLS does not
// converge.
core::Result<PoissonGlmFit> FitPoissonGlm(const PoissonGlmInput& input, const PoissonGlmOptions& options = {});

// The cluster-robust covariance of a fit, as R's sandwich::vcovCL(fit, cluster = ~g, type = "HC0")
// with its default G / (G - 1) adjustment: bread · meat · bread with per-cluster score sums.
// `clusters` gives each row's cluster id. Returns columns × columns, row-major.
core::Result<std::vector<double>> ClusterRobustCovariance(const PoissonGlmInput& input, const PoissonGlmFit& fit,
                                                          const std::vector<int>& clusters);

// A log-linear Poisson trend for one series: log E[count_t] = log(exposure_t) + a + b·time_t.
// Returns the annual growth factor exp(b) with its model-based Wald interval at `level`.
struct PoissonTrend {
  double growth_factor = 1;
  double low = 1;
  double high = 1;
  double slope = 0;
  double slope_se = 0;
  double deviance = 0;
  double dispersion = 1;
};
core::Result<PoissonTrend> FitPoissonTrend(const std::vector<double>& counts, const std::vector<double>& exposures,
                                           const std::vector<double>& times, double level);

}  // namespace polyfon::stats
