#include "analytics/cluster_effect.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace polyfon::analytics {
namespace {

// `units` units over 4 periods; unit u joins (exposure 1) from period u % 3 + 1 when u is odd.
// Counts follow the exposure with a true rate ratio of `effect`.
EffectPanel Panel(int units, double effect) {
  EffectPanel panel;
  for (int u = 0; u < units; ++u) panel.units.push_back("U" + std::to_string(u));
  panel.periods = {"2016", "2017", "2018", "2019"};
  for (int u = 0; u < units; ++u) {
    for (int p = 0; p < 4; ++p) {
      const bool exposed = u % 2 == 1 && p >= u % 3 + 1;
      const double population = 100000.0 * (1 + u % 4);
      const double base = 0.001 * population * (1 + 0.05 * p) * (1 + 0.1 * (u % 5));
      panel.counts.push_back(std::round(base * (exposed ? effect : 1.0)));
      panel.populations.push_back(population);
      panel.exposures.push_back(exposed ? 1.0 : 0.0);
    }
  }
  return panel;
}

TEST(ClusterEffectTest, RecoversAPlantedEffectAndEnumeratesSmallPermutationSets) {
  auto effect = EstimateClusterEffect(Panel(6, 1.5), 0.95);
  ASSERT_TRUE(effect.has_value()) << effect.error().message();
  EXPECT_NEAR(effect->irr, 1.5, 0.02);
  EXPECT_LT(effect->ci_low, effect->irr);
  EXPECT_GT(effect->ci_high, effect->irr);
  EXPECT_TRUE(effect->exhaustive);
  EXPECT_EQ(effect->permutations, 720);  // 6!
  EXPECT_GE(effect->p_randomization, 1.0 / 720);
  EXPECT_LT(effect->p_randomization, 0.2);
  EXPECT_EQ(effect->units, 6);
  EXPECT_EQ(effect->periods, 4);
  bool staggered = false;
  for (const auto& caveat : effect->caveats) staggered |= caveat.find("staggered") != std::string::npos;
  EXPECT_TRUE(staggered);
}

TEST(ClusterEffectTest, DrawsPermutationsWithAFixedSeedForLargePanels) {
  const EffectPanel panel = Panel(9, 1.3);  // 9! > 10 000
  auto first = EstimateClusterEffect(panel, 0.95);
  auto second = EstimateClusterEffect(panel, 0.95);
  ASSERT_TRUE(first.has_value() && second.has_value());
  EXPECT_FALSE(first->exhaustive);
  EXPECT_GT(first->permutations, 10000);
  EXPECT_EQ(first->p_randomization, second->p_randomization);
}

TEST(ClusterEffectTest, NoEffectGivesAnIrrNearOne) {
  auto effect = EstimateClusterEffect(Panel(6, 1.0), 0.95);
  ASSERT_TRUE(effect.has_value());
  EXPECT_NEAR(effect->irr, 1.0, 0.02);
  EXPECT_GT(effect->p_randomization, 0.2);
}

TEST(ClusterEffectTest, RejectsAPanelWithoutVariationOrShape) {
  EffectPanel flat = Panel(4, 1.0);
  for (auto& e : flat.exposures) e = 0.0;
  EXPECT_FALSE(EstimateClusterEffect(flat, 0.95).has_value());
  EffectPanel wrong = Panel(4, 1.0);
  wrong.counts.pop_back();
  EXPECT_FALSE(EstimateClusterEffect(wrong, 0.95).has_value());
}

}  // namespace
}  // namespace polyfon::analytics
