#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/status.hpp"
#include "stats/poisson_glm.hpp"

namespace polyfon::stats {

// A Poisson regression with log link, an offset, fixed effects for unit and for period, and a few
// covariates: log E[y_i] = offset_i + alpha_unit(i) + gamma_period(i) + x_i · beta. The same model
// as R's glm(y ~ factor(unit) + factor(period) + x + offset(o), family = poisson), but the fixed
// effects are absorbed (projected out within each IRLS step) instead of estimated as dummy columns,
// so a panel of 400 units × 20 years solves a 20 × 20 system rather than a 421 × 421 one.
struct TwoWayPoissonInput {
  size_t rows = 0;
  size_t covariates = 0;
  std::vector<int> unit;       // per row, 0 .. units - 1
  std::vector<int> period;     // per row, 0 .. periods - 1
  std::vector<double> counts;  // y, non-negative
  std::vector<double> offset;  // empty = zeros; e.g. log(population)
  std::vector<double> x;       // rows × covariates, row-major
  std::vector<std::string> covariate_names;  // optional, for messages
};

struct TwoWayPoissonFit {
  std::vector<double> coefficients;       // beta, one per covariate
  std::vector<double> covariance;         // model-based, covariates × covariates, row-major
  std::vector<double> robust_covariance;  // clustered by unit: sandwich::vcovCL(type = "HC0"), G / (G - 1)
  std::vector<double> fitted;             // mu_i
  double deviance = 0;
  double pearson_chi2 = 0;
  int fixed_effects = 0;  // independent fixed-effect parameters, intercept included (rank of the dummies)
  int df_residual = 0;
  double dispersion = 1;  // pearson_chi2 / df_residual, 1 if df_residual is 0
  int iterations = 0;

  double ModelStandardError(size_t j) const;
  double QuasiStandardError(size_t j) const;
  double RobustStandardError(size_t j) const;
};

// Fails with kInvalidArgument for inconsistent sizes, bad counts or indices, fewer rows than
// parameters, or a covariate that the fixed effects (and the covariates before it) explain,
// naming it; kInternal if IRLS does not converge.
core::Result<TwoWayPoissonFit> FitTwoWayPoisson(const TwoWayPoissonInput& input, const PoissonGlmOptions& options = {});

}  // namespace polyfon::stats
