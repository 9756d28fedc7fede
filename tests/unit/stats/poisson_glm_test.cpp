#include "stats/poisson_glm.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace polyfon::stats {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kTolerance = 1e-7;  // relative; the IRLS stops at a relative deviance change of 1e-10

// The models of scripts/r/poisson_glm.R, with R's term names as column names.
PoissonGlmInput DependenciesInput(bool zero_count) {
  const std::vector<double> x = {0, 0, 1, 1, 0, 1};
  const std::vector<double> population = {1000, 1200, 1500, 1800, 900, 1100};
  PoissonGlmInput input;
  input.rows = 6;
  input.columns = 2;
  input.counts = {zero_count ? 0.0 : 12.0, 15, 30, 41, 8, 22};
  input.column_names = {"(Intercept)", "x"};
  for (size_t i = 0; i < input.rows; ++i) {
    input.design.insert(input.design.end(), {1, x[i]});
    input.offset.push_back(std::log(population[i]));
  }
  return input;
}

// y ~ factor(region) + factor(year) + exposure + offset(log(pop)); rows region-major in the order
// NO-HSO, NO-HV, NO-HMN, NO-HN (cluster ids 0-3), years 2016-2018. NO-HMN is R's reference level.
PoissonGlmInput PanelInput(std::vector<int>* clusters) {
  const std::vector<std::string> regions = {"NO-HSO", "NO-HV", "NO-HMN", "NO-HN"};
  const std::vector<double> counts = {261, 230, 310, 214, 283, 456, 20, 21, 12, 3, 3, 11};
  const std::vector<double> population = {2920730, 2950547, 2977723, 1096202, 1102253, 1106295,
                                          715059,  720870,  725600,  481994,  484647,  486001};
  const std::vector<double> exposure = {0, 0, 0.1, 0.3, 0.6, 0.8, 0, 0, 0, 0, 0, 0};
  PoissonGlmInput input;
  input.rows = 12;
  input.columns = 7;
  input.counts = counts;
  input.column_names = {"(Intercept)",
                        "factor(region)NO-HN",
                        "factor(region)NO-HSO",
                        "factor(region)NO-HV",
                        "factor(year)2017",
                        "factor(year)2018",
                        "exposure"};
  for (size_t i = 0; i < input.rows; ++i) {
    const std::string& region = regions[i / 3];
    const size_t year = i % 3;
    input.design.insert(input.design.end(),
                        {1.0, region == "NO-HN" ? 1.0 : 0.0, region == "NO-HSO" ? 1.0 : 0.0,
                         region == "NO-HV" ? 1.0 : 0.0, year == 1 ? 1.0 : 0.0, year == 2 ? 1.0 : 0.0, exposure[i]});
    input.offset.push_back(std::log(population[i]));
    clusters->push_back(static_cast<int>(i / 3));
  }
  return input;
}

struct FixtureRow {
  int line = 0;
  std::string model, quantity, row, column;
  double value = 0;
};

// Reads tests/data/stats/poisson_glm.csv (written by scripts/r/poisson_glm.R): one number a line.
std::vector<FixtureRow> ReadFixture() {
  const std::string path = std::string(POLYFON_TEST_DATA_DIR) + "/stats/poisson_glm.csv";
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::vector<FixtureRow> rows;
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "model,quantity,row,column,value");
  for (int number = 2; std::getline(in, line); ++number) {
    if (line.empty()) continue;
    std::istringstream fields(line);
    FixtureRow row;
    row.line = number;
    std::string value;
    std::getline(fields, row.model, ',');
    std::getline(fields, row.quantity, ',');
    std::getline(fields, row.row, ',');
    std::getline(fields, row.column, ',');
    std::getline(fields, value, ',');
    row.value = std::stod(value);
    rows.push_back(row);
  }
  return rows;
}

struct Model {
  PoissonGlmInput input;
  PoissonGlmFit fit;
  std::vector<double> cluster_covariance;  // panel only
};

size_t Term(const Model& model, const std::string& name) {
  const auto& names = model.input.column_names;
  const auto found = std::find(names.begin(), names.end(), name);
  EXPECT_NE(found, names.end()) << "unknown term " << name;
  return found == names.end() ? 0 : static_cast<size_t>(found - names.begin());
}

// The number of our fit that a fixture row describes.
double Actual(const Model& model, const FixtureRow& row) {
  const PoissonGlmFit& fit = model.fit;
  const size_t p = model.input.columns;
  if (row.quantity == "coefficient") return fit.coefficients[Term(model, row.row)];
  if (row.quantity == "model_se") return fit.ModelStandardError(Term(model, row.row));
  if (row.quantity == "quasi_se") return fit.QuasiStandardError(Term(model, row.row));
  if (row.quantity == "deviance") return fit.deviance;
  if (row.quantity == "pearson_chi2") return fit.pearson_chi2;
  if (row.quantity == "df_residual") return fit.df_residual;
  if (row.quantity == "dispersion") return fit.dispersion;
  if (row.quantity == "iterations") return fit.iterations;
  if (row.quantity == "cluster_vcov")
    return model.cluster_covariance.at(Term(model, row.row) * p + Term(model, row.column));
  if (row.quantity == "cluster_se") {
    const size_t j = Term(model, row.row);
    return std::sqrt(model.cluster_covariance.at(j * p + j));
  }
  ADD_FAILURE() << "line " << row.line << ": unknown quantity " << row.quantity;
  return kNaN;
}

TEST(FitPoissonGlmTest, MatchesRGlmQuasiPoissonAndVcovCL) {
  std::map<std::string, Model> models;
  models["dependencies"].input = DependenciesInput(false);
  models["zero_count"].input = DependenciesInput(true);
  std::vector<int> clusters;
  models["panel"].input = PanelInput(&clusters);
  for (auto& [name, model] : models) {
    auto fit = FitPoissonGlm(model.input);
    ASSERT_TRUE(fit.has_value()) << name << ": " << fit.error().ToString();
    model.fit = *fit;
  }
  auto robust = ClusterRobustCovariance(models["panel"].input, models["panel"].fit, clusters);
  ASSERT_TRUE(robust.has_value()) << robust.error().ToString();
  models["panel"].cluster_covariance = *robust;

  const std::vector<FixtureRow> rows = ReadFixture();
  std::map<std::string, int> checked;
  for (const FixtureRow& row : rows) {
    const auto model = models.find(row.model);
    ASSERT_NE(model, models.end()) << "line " << row.line << ": unknown model " << row.model;
    const double actual = Actual(model->second, row);
    const std::string context =
        "line " + std::to_string(row.line) + ": " + row.model + " " + row.quantity + " " + row.row + " " + row.column;
    if (row.quantity == "iterations" || row.quantity == "df_residual") {
      EXPECT_EQ(actual, row.value) << context;  // the same IRLS path as glm.fit
    } else {
      EXPECT_NEAR(actual, row.value, kTolerance * std::abs(row.value)) << context;
    }
    ++checked[row.model];
  }
  // 3 numbers per coefficient and 5 per model; the panel adds its 7 × 7 matrix and one SE.
  EXPECT_EQ(checked["dependencies"], 2 * 3 + 5);
  EXPECT_EQ(checked["zero_count"], 2 * 3 + 5);
  EXPECT_EQ(checked["panel"], 7 * 3 + 5 + 49 + 1);
}

TEST(FitPoissonGlmTest, DependenciesExample) {
  // glm(y ~ x + offset(log(pop)), family = poisson) as quoted in DEPENDENCIES.md.
  auto fit = FitPoissonGlm(DependenciesInput(false));
  ASSERT_TRUE(fit.has_value()) << fit.error().ToString();
  EXPECT_NEAR(fit->coefficients[0], -4.48380932898382, 1e-7 * 4.48380932898382);
  EXPECT_NEAR(fit->coefficients[1], 0.627049002230727, 1e-7 * 0.627049002230727);
  EXPECT_NEAR(fit->ModelStandardError(0), 0.169030850856581, 1e-7 * 0.169030850856581);
  EXPECT_NEAR(fit->ModelStandardError(1), 0.19830309305031, 1e-7 * 0.19830309305031);
  EXPECT_NEAR(fit->deviance, 1.07573362447, 1e-10);
  EXPECT_EQ(fit->df_residual, 4);
  // The covariance is symmetric and the fitted values reproduce the group totals (score equations).
  EXPECT_DOUBLE_EQ(fit->covariance[1], fit->covariance[2]);
  EXPECT_NEAR(fit->fitted[2] + fit->fitted[3] + fit->fitted[5], 30 + 41 + 22, 1e-6);
}

TEST(FitPoissonGlmTest, ZeroCountAddsTwiceItsMeanToTheDeviance) {
  const PoissonGlmInput input = DependenciesInput(true);
  auto fit = FitPoissonGlm(input);
  ASSERT_TRUE(fit.has_value()) << fit.error().ToString();
  ASSERT_EQ(fit->fitted.size(), input.rows);
  double deviance = 0;
  for (size_t i = 0; i < input.rows; ++i) {
    const double y = input.counts[i];
    const double mu = fit->fitted[i];
    ASSERT_GT(mu, 0);
    deviance += 2 * (y > 0 ? y * std::log(y / mu) - (y - mu) : mu);
  }
  EXPECT_NEAR(fit->deviance, deviance, 1e-12 * deviance);
  EXPECT_TRUE(std::isfinite(fit->ModelStandardError(0)));
}

TEST(FitPoissonGlmTest, NoOffsetMeansZeros) {
  PoissonGlmInput input;
  input.rows = 4;
  input.columns = 2;
  input.design = {1, 0, 1, 0, 1, 1, 1, 1};
  input.counts = {3, 5, 10, 14};
  auto fit = FitPoissonGlm(input);
  ASSERT_TRUE(fit.has_value()) << fit.error().ToString();
  // Saturated per group: the coefficients are log means and their ratio.
  EXPECT_NEAR(fit->coefficients[0], std::log(4.0), 1e-9);
  EXPECT_NEAR(fit->coefficients[1], std::log(12.0 / 4.0), 1e-9);
  // As in R, the covariance uses the weights of the last IRLS iteration, within the IRLS tolerance.
  EXPECT_NEAR(fit->ModelStandardError(0), std::sqrt(1.0 / 8), kTolerance);
}

}  // namespace
}  // namespace polyfon::stats
