// Cluster-effect model speed on the panel written by bench/effect_panel.R (400 units × 20 years,
// 421 parameters, 8 000 rows): the fit with absorbed fixed effects that `polyfon analyze effect`
// uses, the same model with 421 dummy columns through the dense IRLS, and the whole estimate with
// its randomization inference (20 000 permuted refits).
//
//   POLYFON_BENCH_PANEL=panel.csv polyfon_effect_bench [benchmark flags]
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "analytics/cluster_effect.hpp"
#include "stats/poisson_glm.hpp"
#include "stats/two_way_poisson.hpp"

namespace {

struct Panel {
  std::vector<int> unit;  // 0-based
  std::vector<int> year;  // 0-based
  std::vector<double> population;
  std::vector<double> exposure;
  std::vector<double> count;
  int units = 0;
  int years = 0;
};

const Panel& LoadPanel() {
  static const Panel panel = [] {
    Panel p;
    const char* path = std::getenv("POLYFON_BENCH_PANEL");
    std::ifstream in(path ? path : "");
    if (!in) {
      std::cerr << "set POLYFON_BENCH_PANEL to the CSV written by bench/effect_panel.R\n";
      std::exit(2);
    }
    std::string line;
    std::getline(in, line);  // unit,year,pop,exposure,y
    while (std::getline(in, line)) {
      std::istringstream fields(line);
      std::string unit, year, pop, exposure, y;
      std::getline(fields, unit, ',');
      std::getline(fields, year, ',');
      std::getline(fields, pop, ',');
      std::getline(fields, exposure, ',');
      std::getline(fields, y, ',');
      p.unit.push_back(std::stoi(unit) - 1);
      p.year.push_back(std::stoi(year) - 1);
      p.population.push_back(std::stod(pop));
      p.exposure.push_back(std::stod(exposure));
      p.count.push_back(std::stod(y));
      p.units = std::max(p.units, p.unit.back() + 1);
      p.years = std::max(p.years, p.year.back() + 1);
    }
    return p;
  }();
  return panel;
}

void BM_AbsorbedFixedEffects(benchmark::State& state) {
  const Panel& p = LoadPanel();
  polyfon::stats::TwoWayPoissonInput input;
  input.rows = p.count.size();
  input.covariates = 1;
  input.unit = p.unit;
  input.period = p.year;
  input.counts = p.count;
  for (double pop : p.population) input.offset.push_back(std::log(pop));
  input.x = p.exposure;
  double coefficient = 0;
  for (auto _ : state) {
    auto fit = polyfon::stats::FitTwoWayPoisson(input);
    if (!fit) state.SkipWithError(fit.error().message().c_str());
    benchmark::DoNotOptimize(fit);  // on the object: GCC 12 mangles a double passed alone
    coefficient = fit->coefficients[0];
  }
  state.SetLabel("coefficient " + std::to_string(coefficient));
}
BENCHMARK(BM_AbsorbedFixedEffects)->Unit(benchmark::kMillisecond);

void BM_DenseDummyColumns(benchmark::State& state) {
  const Panel& p = LoadPanel();
  polyfon::stats::PoissonGlmInput input;
  input.rows = p.count.size();
  input.columns = static_cast<size_t>(p.units + p.years);  // intercept, units - 1, years - 1, exposure
  input.design.assign(input.rows * input.columns, 0.0);
  for (size_t i = 0; i < input.rows; ++i) {
    double* row = &input.design[i * input.columns];
    row[0] = 1;
    if (p.unit[i] > 0) row[p.unit[i]] = 1;
    if (p.year[i] > 0) row[p.units - 1 + p.year[i]] = 1;
    row[input.columns - 1] = p.exposure[i];
  }
  input.counts = p.count;
  for (double pop : p.population) input.offset.push_back(std::log(pop));
  double coefficient = 0;
  for (auto _ : state) {
    auto fit = polyfon::stats::FitPoissonGlm(input);
    if (!fit) state.SkipWithError(fit.error().message().c_str());
    benchmark::DoNotOptimize(fit);
    coefficient = fit->coefficients.back();
  }
  state.SetLabel("coefficient " + std::to_string(coefficient));
}
BENCHMARK(BM_DenseDummyColumns)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_EffectWithRandomizationInference(benchmark::State& state) {
  const Panel& p = LoadPanel();
  polyfon::analytics::EffectPanel panel;
  for (int u = 0; u < p.units; ++u) panel.units.push_back("U" + std::to_string(u));
  for (int t = 0; t < p.years; ++t) panel.periods.push_back(std::to_string(2000 + t));
  const size_t cells = static_cast<size_t>(p.units) * static_cast<size_t>(p.years);
  panel.counts.resize(cells);
  panel.populations.resize(cells);
  panel.exposures.resize(cells);
  for (size_t i = 0; i < p.count.size(); ++i) {
    const size_t cell = static_cast<size_t>(p.unit[i]) * static_cast<size_t>(p.years) + static_cast<size_t>(p.year[i]);
    panel.counts[cell] = p.count[i];
    panel.populations[cell] = p.population[i];
    panel.exposures[cell] = p.exposure[i];
  }
  for (auto _ : state) {
    auto effect = polyfon::analytics::EstimateClusterEffect(panel, 0.95);
    if (!effect) state.SkipWithError(effect.error().message().c_str());
    state.SetLabel("coefficient " + std::to_string(effect->coefficient) + ", " +
                   std::to_string(effect->permutations) + " permutations, p " + std::to_string(effect->p_randomization));
  }
}
BENCHMARK(BM_EffectWithRandomizationInference)->Unit(benchmark::kSecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
