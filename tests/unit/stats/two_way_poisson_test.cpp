#include "stats/two_way_poisson.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "stats/poisson_glm.hpp"

namespace polyfon::stats {
namespace {

constexpr double kTolerance = 1e-9;  // relative; both sides stop IRLS at a relative deviance change of 1e-10

std::vector<std::string> SplitCsvLine(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream stream(line);
  std::string field;
  while (std::getline(stream, field, ',')) fields.push_back(field);
  if (!line.empty() && line.back() == ',') fields.emplace_back();
  return fields;
}

// The panels of scripts/r/two_way_poisson.R, by name; units and periods are 1-based there.
std::map<std::string, TwoWayPoissonInput> ReadPanels() {
  std::ifstream file(std::string(POLYFON_TEST_DATA_DIR) + "/stats/two_way_panels.csv");
  EXPECT_TRUE(file.good());
  std::map<std::string, TwoWayPoissonInput> panels;
  std::string line;
  std::getline(file, line);  // header
  while (std::getline(file, line)) {
    const auto f = SplitCsvLine(line);
    TwoWayPoissonInput& panel = panels[f.at(0)];
    const bool two = f.size() > 6 && !f[6].empty();
    panel.covariates = two ? 2 : 1;
    panel.covariate_names = two ? std::vector<std::string>{"x1", "x2"} : std::vector<std::string>{"x1"};
    panel.unit.push_back(std::stoi(f.at(1)) - 1);
    panel.period.push_back(std::stoi(f.at(2)) - 1);
    panel.counts.push_back(std::stod(f.at(3)));
    panel.offset.push_back(std::log(std::stod(f.at(4))));
    panel.x.push_back(std::stod(f.at(5)));
    if (two) panel.x.push_back(std::stod(f[6]));
    ++panel.rows;
  }
  return panels;
}

// R's numbers: panel -> "quantity term" -> value.
std::map<std::string, std::map<std::string, double>> ReadFits() {
  std::ifstream file(std::string(POLYFON_TEST_DATA_DIR) + "/stats/two_way_poisson.csv");
  EXPECT_TRUE(file.good());
  std::map<std::string, std::map<std::string, double>> fits;
  std::string line;
  std::getline(file, line);
  while (std::getline(file, line)) {
    const auto f = SplitCsvLine(line);
    fits[f.at(0)][f.at(1) + " " + f.at(2)] = std::stod(f.at(3));
  }
  return fits;
}

void ExpectRelative(double ours, double r, const std::string& what) {
  EXPECT_LE(std::fabs(ours - r), kTolerance * std::fabs(r)) << what << ": ours " << ours << ", R " << r;
}

TEST(TwoWayPoissonTest, MatchesRGlmOnEveryFixturePanel) {
  const auto panels = ReadPanels();
  const auto fits = ReadFits();
  ASSERT_EQ(panels.size(), 3u);
  for (const auto& [name, input] : panels) {
    SCOPED_TRACE(name);
    auto fit = FitTwoWayPoisson(input);
    ASSERT_TRUE(fit.has_value()) << fit.error().message();
    const auto& r = fits.at(name);
    for (size_t j = 0; j < input.covariates; ++j) {
      const std::string term = input.covariate_names[j];
      ExpectRelative(fit->coefficients[j], r.at("coefficient " + term), "coefficient " + term);
      ExpectRelative(fit->ModelStandardError(j), r.at("model_se " + term), "model_se " + term);
      ExpectRelative(fit->QuasiStandardError(j), r.at("quasi_se " + term), "quasi_se " + term);
      ExpectRelative(fit->RobustStandardError(j), r.at("robust_se " + term), "robust_se " + term);
    }
    ExpectRelative(fit->deviance, r.at("deviance "), "deviance");
    ExpectRelative(fit->dispersion, r.at("dispersion "), "dispersion");
    EXPECT_EQ(fit->df_residual, static_cast<int>(r.at("df_residual ")));
  }
}

// The same model with explicit dummies through the dense solver gives the same coefficient.
TEST(TwoWayPoissonTest, AgreesWithTheDenseFitWithDummyColumns) {
  const TwoWayPoissonInput input = ReadPanels().at("staggered");
  int units = 0;
  int periods = 0;
  for (size_t i = 0; i < input.rows; ++i) {
    units = std::max(units, input.unit[i] + 1);
    periods = std::max(periods, input.period[i] + 1);
  }
  PoissonGlmInput dense;
  dense.rows = input.rows;
  dense.columns = static_cast<size_t>(units + periods);  // intercept, units - 1, periods - 1, x1
  dense.design.assign(dense.rows * dense.columns, 0.0);
  for (size_t i = 0; i < input.rows; ++i) {
    double* row = &dense.design[i * dense.columns];
    row[0] = 1;
    if (input.unit[i] > 0) row[input.unit[i]] = 1;
    if (input.period[i] > 0) row[units - 1 + input.period[i]] = 1;
    row[dense.columns - 1] = input.x[i];
  }
  dense.counts = input.counts;
  dense.offset = input.offset;
  auto absorbed = FitTwoWayPoisson(input);
  auto full = FitPoissonGlm(dense);
  ASSERT_TRUE(absorbed.has_value() && full.has_value());
  EXPECT_NEAR(absorbed->coefficients[0], full->coefficients.back(), 1e-9);
  EXPECT_NEAR(absorbed->ModelStandardError(0), full->ModelStandardError(dense.columns - 1), 1e-9);
  EXPECT_NEAR(absorbed->deviance, full->deviance, 1e-7);
  EXPECT_EQ(absorbed->df_residual, full->df_residual);
}

TEST(TwoWayPoissonTest, NamesACovariateTheFixedEffectsExplain) {
  TwoWayPoissonInput input = ReadPanels().at("zeros");
  for (size_t i = 0; i < input.rows; ++i) input.x[i] = 0.1 * input.unit[i];  // constant within each unit
  auto fit = FitTwoWayPoisson(input);
  ASSERT_FALSE(fit.has_value());
  EXPECT_EQ(fit.error().code(), core::ErrorCode::kInvalidArgument);
  EXPECT_NE(fit.error().message().find("covariate 0 (x1) is explained by the unit and period fixed effects"),
            std::string::npos)
      << fit.error().message();

  TwoWayPoissonInput two = ReadPanels().at("two_covariates");
  for (size_t i = 0; i < two.rows; ++i) two.x[2 * i + 1] = 2 * two.x[2 * i] + 0.5 * two.period[i];
  auto aliased = FitTwoWayPoisson(two);
  ASSERT_FALSE(aliased.has_value());
  EXPECT_NE(aliased.error().message().find("covariate 1 (x2)"), std::string::npos) << aliased.error().message();
}

TEST(TwoWayPoissonTest, RejectsInconsistentInput) {
  TwoWayPoissonInput input = ReadPanels().at("zeros");
  input.counts[3] = -1;
  EXPECT_FALSE(FitTwoWayPoisson(input).has_value());
  input = ReadPanels().at("zeros");
  input.period.pop_back();
  EXPECT_FALSE(FitTwoWayPoisson(input).has_value());
  input = ReadPanels().at("zeros");
  input.unit[0] = -1;
  EXPECT_FALSE(FitTwoWayPoisson(input).has_value());
}

}  // namespace
}  // namespace polyfon::stats
