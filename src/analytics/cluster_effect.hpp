#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/status.hpp"

namespace polyfon::analytics {

// A panel of org units × periods for the cluster-effect model. Cells are row-major (unit by
// unit, periods in order); a cell missing any of its three numbers is left out of the fit.
struct EffectPanel {
  std::vector<std::string> units;
  std::vector<std::string> periods;
  std::vector<std::optional<double>> counts;
  std::vector<std::optional<double>> populations;
  std::vector<std::optional<double>> exposures;
};

// Is faster growth where more services joined a cluster effect? A Poisson regression of the
// counts with log link, offset log(population), fixed effects for unit and period, and the
// exposure (e.g. coverage) as the one covariate. Standard errors three ways (model-based;
// quasi-Poisson, scaled by the Pearson dispersion; cluster-robust by unit with G/(G−1), as R's
// sandwich::vcovCL type HC0), the model-based Wald interval of the incidence rate ratio, and
// randomization inference: the share of permutations of exposure paths across units (the
// observed one included) whose |coefficient| is at least the observed one (ties within a
// millionth of a standard error count) — all of them when there are at most 10 000, else 20 000
// drawn with a fixed seed. The fixed effects are absorbed (stats::FitTwoWayPoisson), so a
// 400 × 20 panel refits in milliseconds.
struct ClusterEffect {
  double coefficient = 0;
  double irr = 1;
  double se_model = 0;
  double se_quasi = 0;
  double se_robust = 0;
  double ci_low = 0;   // of the IRR
  double ci_high = 0;  // of the IRR
  double dispersion = 1;
  double deviance = 0;
  double p_randomization = 1;
  int permutations = 0;
  bool exhaustive = false;
  int units = 0;
  int periods = 0;
  int cells = 0;
  std::vector<std::string> caveats;  // plain language, for readers of the result
};

// Fails with kInvalidArgument when fewer than two units or periods have data, or the exposure
// does not vary within units (nothing to estimate).
// Without `randomize` the permutations are skipped (p_randomization stays 1, permutations 0), for
// callers that refit many scenarios.
core::Result<ClusterEffect> EstimateClusterEffect(const EffectPanel& panel, double level, uint64_t seed = 20150101,
                                                  bool randomize = true);

}  // namespace polyfon::analytics
