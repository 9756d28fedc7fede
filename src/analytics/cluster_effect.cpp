#include "analytics/cluster_effect.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <random>

#include <boost/math/distributions/normal.hpp>

#include "stats/two_way_poisson.hpp"

namespace polyfon::analytics {

namespace {

constexpr long kMaxExhaustive = 10000;
constexpr int kDraws = 20000;

struct Cell {
  int unit;
  int period;
  double count;
  double population;
};

// The model's input for one assignment of exposure paths to units (identity = as observed).
stats::TwoWayPoissonInput Input(const std::vector<Cell>& cells, const std::vector<std::vector<double>>& paths,
                                const std::vector<int>& assignment) {
  stats::TwoWayPoissonInput input;
  input.rows = cells.size();
  input.covariates = 1;
  input.covariate_names = {"exposure"};
  for (const Cell& cell : cells) {
    input.unit.push_back(cell.unit);
    input.period.push_back(cell.period);
    input.counts.push_back(cell.count);
    input.offset.push_back(std::log(cell.population));
    input.x.push_back(paths[assignment[cell.unit]][cell.period]);
  }
  return input;
}

std::optional<double> ExposureCoefficient(const stats::TwoWayPoissonInput& input) {
  auto fit = stats::FitTwoWayPoisson(input);
  if (!fit) return std::nullopt;
  return fit->coefficients.front();
}

long Factorial(int n) {
  long f = 1;
  for (int i = 2; i <= n; ++i) {
    f *= i;
    if (f > kMaxExhaustive) return f;
  }
  return f;
}

std::vector<std::string> Caveats(const ClusterEffect& e, int zero_cells, bool staggered) {
  std::vector<std::string> out;
  if (e.units < 10) {
    out.push_back("Only " + std::to_string(e.units) +
                  " units: with fewer than 10, cluster-robust standard errors are unreliable; rely most on the "
                  "randomization p-value.");
  }
  if (e.periods < 12) {
    out.push_back("Only " + std::to_string(e.periods) +
                  " periods: too few to tell a cluster effect from other changes over time with confidence.");
  }
  if (zero_cells > 0) {
    out.push_back(std::to_string(zero_cells) + " cells have a count of zero; small counts make every estimate uncertain.");
  }
  if (e.dispersion > 1.5) {
    char buf[160];
    std::snprintf(buf, sizeof buf,
                  "Over-dispersion (dispersion %.2f): the model-based standard error is too small; use the "
                  "quasi-Poisson or robust one.",
                  e.dispersion);
    out.push_back(buf);
  }
  if (staggered) {
    out.push_back(
        "Units joined at different times (staggered joining): with fixed effects for unit and period the estimate "
        "mixes comparisons and can be biased if the effect changes over time.");
  }
  out.push_back("Registration is incomplete (not all music therapy is coded), and more so where it is least "
                "established; an association here is not proof of cause.");
  return out;
}

}  // namespace

core::Result<ClusterEffect> EstimateClusterEffect(const EffectPanel& panel, double level, uint64_t seed,
                                                  bool randomize) {
  const int units = static_cast<int>(panel.units.size());
  const int periods = static_cast<int>(panel.periods.size());
  const size_t n = static_cast<size_t>(units) * static_cast<size_t>(periods);
  if (panel.counts.size() != n || panel.populations.size() != n || panel.exposures.size() != n) {
    return core::Status::InvalidArgument("effect panel: every cell needs a count, population and exposure slot");
  }
  if (!(level > 0 && level < 1)) return core::Status::InvalidArgument("level must be between 0 and 1");
  if (units < 2 || periods < 2) return core::Status::InvalidArgument("the cluster effect needs at least two units and two periods");

  // Exposure paths per unit (missing exposure = 0 for permutation purposes; its cells are skipped).
  std::vector<std::vector<double>> paths(units, std::vector<double>(periods, 0.0));
  std::vector<Cell> cells;
  int zero_cells = 0;
  for (int u = 0; u < units; ++u) {
    for (int p = 0; p < periods; ++p) {
      const size_t i = static_cast<size_t>(u) * periods + p;
      if (panel.exposures[i]) paths[u][p] = *panel.exposures[i];
      if (!panel.counts[i] || !panel.populations[i] || !panel.exposures[i] || *panel.populations[i] <= 0) continue;
      cells.push_back({u, p, *panel.counts[i], *panel.populations[i]});
      if (*panel.counts[i] == 0) ++zero_cells;
    }
  }
  // Units and periods that have data: only those are in the model (missing population, say).
  std::vector<bool> unit_used(static_cast<size_t>(units), false);
  std::vector<bool> period_used(static_cast<size_t>(periods), false);
  for (const Cell& cell : cells) {
    unit_used[static_cast<size_t>(cell.unit)] = true;
    period_used[static_cast<size_t>(cell.period)] = true;
  }
  const auto units_with_data = static_cast<int>(std::count(unit_used.begin(), unit_used.end(), true));
  const auto periods_with_data = static_cast<int>(std::count(period_used.begin(), period_used.end(), true));
  if (units_with_data < 2 || periods_with_data < 2) {
    return core::Status::FailedPrecondition(
        "the cluster effect needs data (count, population and exposure) for at least two units and two periods; " +
        std::to_string(units_with_data) + " units and " + std::to_string(periods_with_data) + " periods have it");
  }
  std::vector<int> identity(units);
  std::iota(identity.begin(), identity.end(), 0);
  auto fit = stats::FitTwoWayPoisson(Input(cells, paths, identity));
  if (!fit) {
    return core::Status::FailedPrecondition("the cluster-effect model cannot be fitted: " + fit.error().message() +
                                         " (does the exposure vary within units over time?)");
  }

  ClusterEffect e;
  e.coefficient = fit->coefficients.front();
  e.irr = std::exp(e.coefficient);
  e.se_model = fit->ModelStandardError(0);
  e.se_quasi = fit->QuasiStandardError(0);
  e.se_robust = fit->RobustStandardError(0);
  const double z = boost::math::quantile(boost::math::normal(), 0.5 + level / 2);
  e.ci_low = std::exp(e.coefficient - z * e.se_model);
  e.ci_high = std::exp(e.coefficient + z * e.se_model);
  e.dispersion = fit->dispersion;
  e.deviance = fit->deviance;
  e.units = units_with_data;
  e.periods = periods_with_data;
  e.cells = static_cast<int>(cells.size());

  // Randomization inference over exposure paths.
  // Coefficients within a millionth of a standard error of the observed one are ties (floating-point
  // noise, e.g. when swapped units have the same path), and ties count as extreme.
  const double observed = std::fabs(e.coefficient) - 1e-6 * e.se_model;
  long extreme = 0;
  long total = 0;
  auto count = [&](const std::vector<int>& assignment) {
    auto coefficient = ExposureCoefficient(Input(cells, paths, assignment));
    if (!coefficient) return;
    ++total;
    if (std::fabs(*coefficient) >= observed) ++extreme;
  };
  if (!randomize) {
    // Left at p = 1 with no permutations: the caller asked for the point estimate only.
  } else if (Factorial(units) <= kMaxExhaustive) {
    e.exhaustive = true;
    std::vector<int> assignment = identity;
    do {
      count(assignment);
    } while (std::next_permutation(assignment.begin(), assignment.end()));
  } else {
    std::mt19937_64 random(seed);
    count(identity);
    std::vector<int> assignment = identity;
    for (int d = 0; d < kDraws; ++d) {
      std::shuffle(assignment.begin(), assignment.end(), random);
      count(assignment);
    }
  }
  e.permutations = static_cast<int>(total);
  e.p_randomization = total > 0 ? static_cast<double>(extreme) / static_cast<double>(total) : 1.0;

  // Staggered: units first exposed (exposure above its first value) in different periods.
  std::vector<int> first_change;
  for (int u = 0; u < units; ++u) {
    for (int p = 1; p < periods; ++p) {
      if (paths[u][p] != paths[u][0]) {
        first_change.push_back(p);
        break;
      }
    }
  }
  std::sort(first_change.begin(), first_change.end());
  const bool staggered = std::unique(first_change.begin(), first_change.end()) - first_change.begin() > 1;
  e.caveats = Caveats(e, zero_cells, staggered);
  return e;
}

}  // namespace polyfon::analytics
