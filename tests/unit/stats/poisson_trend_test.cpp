#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "stats/poisson_glm.hpp"

namespace polyfon::stats {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kTolerance = 1e-7;  // relative; the IRLS stops at a relative deviance change of 1e-10

struct Series {
  std::vector<double> counts;
  std::vector<double> populations;
};

// NPR patients and population per health region, 2016-2018, as in scripts/r/poisson_glm.R.
const std::map<std::string, Series>& Regions() {
  static const std::map<std::string, Series> regions = {
      {"NO-HSO", {{261, 230, 310}, {2920730, 2950547, 2977723}}},
      {"NO-HV", {{214, 283, 456}, {1096202, 1102253, 1106295}}},
      {"NO-HMN", {{20, 21, 12}, {715059, 720870, 725600}}},
      {"NO-HN", {{3, 3, 11}, {481994, 484647, 486001}}},
  };
  return regions;
}

const std::vector<double> kYears = {2016, 2017, 2018};

TEST(FitPoissonTrendTest, MatchesRGlmPerRegion) {
  const std::string path = std::string(POLYFON_TEST_DATA_DIR) + "/stats/poisson_trend.csv";
  std::ifstream in(path);
  ASSERT_TRUE(in) << "cannot open " << path;
  std::string line;
  std::getline(in, line);
  ASSERT_EQ(line, "series,level,growth_factor,low,high,slope,slope_se,deviance,dispersion");
  int rows = 0;
  for (int number = 2; std::getline(in, line); ++number) {
    if (line.empty()) continue;
    std::istringstream fields(line);
    std::string series;
    std::getline(fields, series, ',');
    std::vector<double> values;
    for (std::string field; std::getline(fields, field, ',');) values.push_back(std::stod(field));
    ASSERT_EQ(values.size(), 8u) << "line " << number;
    const auto region = Regions().find(series);
    ASSERT_NE(region, Regions().end()) << "line " << number << ": unknown series " << series;

    auto trend = FitPoissonTrend(region->second.counts, region->second.populations, kYears, values[0]);
    ASSERT_TRUE(trend.has_value()) << series << ": " << trend.error().ToString();
    const double actual[] = {trend->growth_factor, trend->low,      trend->high,      trend->slope,
                             trend->slope_se,      trend->deviance, trend->dispersion};
    const char* names[] = {"growth_factor", "low", "high", "slope", "slope_se", "deviance", "dispersion"};
    for (size_t k = 0; k < 7; ++k) {
      EXPECT_NEAR(actual[k], values[k + 1], kTolerance * std::abs(values[k + 1]))
          << "line " << number << ": " << series << " " << names[k];
    }
    ++rows;
  }
  EXPECT_EQ(rows, 4);
}

TEST(FitPoissonTrendTest, ZeroCountAndUnequalSpacing) {
  // Times need not be consecutive; a zero count is a valid observation.
  auto trend = FitPoissonTrend({0, 4, 9, 15}, {1000, 1000, 1100, 1200}, {2010, 2012, 2013, 2017}, 0.9);
  ASSERT_TRUE(trend.has_value()) << trend.error().ToString();
  EXPECT_GT(trend->growth_factor, 1);
  EXPECT_LT(trend->low, trend->growth_factor);
  EXPECT_GT(trend->high, trend->growth_factor);
  EXPECT_NEAR(trend->growth_factor, std::exp(trend->slope), 1e-12);
  EXPECT_NEAR(std::log(trend->high) - trend->slope, trend->slope - std::log(trend->low), 1e-9);
}

TEST(FitPoissonTrendTest, FlatSeriesHasGrowthOne) {
  auto trend = FitPoissonTrend({50, 50, 50}, {1e5, 1e5, 1e5}, {1, 2, 3}, 0.95);
  ASSERT_TRUE(trend.has_value()) << trend.error().ToString();
  EXPECT_NEAR(trend->growth_factor, 1, 1e-12);
  EXPECT_NEAR(trend->deviance, 0, 1e-12);
  // The Wald half-width on the log scale is qnorm(0.975) × se.
  EXPECT_NEAR(std::log(trend->high), 1.959963984540054 * trend->slope_se, 1e-9);
}

TEST(FitPoissonTrendTest, RejectsBadInputs) {
  struct Case {
    std::vector<double> counts, exposures, times;
    double level;
    const char* mention;
  };
  const Case cases[] = {
      {{1, 2, 3}, {10, 10}, {1, 2, 3}, 0.95, "same length"},
      {{1, 2, 3}, {10, 10, 10}, {1, 2}, 0.95, "same length"},
      {{1, -2, 3}, {10, 10, 10}, {1, 2, 3}, 0.95, "counts[1]"},
      {{1, 2, 3}, {10, 0, 10}, {1, 2, 3}, 0.95, "exposures[1]"},
      {{1, 2, 3}, {10, 10, kInf}, {1, 2, 3}, 0.95, "exposures[2]"},
      {{1, 2, 3}, {10, 10, 10}, {1, kNaN, 3}, 0.95, "times[1]"},
      {{1, 2, 3}, {10, 10, 10}, {1, 2, 3}, 1.0, "level"},
      {{1, 2, 3}, {10, 10, 10}, {1, 2, 3}, kNaN, "level"},
      {{1, 2, 3}, {10, 10, 10}, {2018, 2018, 2018}, 0.95, "(time)"},  // no spread in time
      {{5}, {10}, {2018}, 0.95, "fewer rows (1) than columns (2)"},
      {{}, {}, {}, 0.95, "rows and columns"},
  };
  for (const Case& c : cases) {
    auto trend = FitPoissonTrend(c.counts, c.exposures, c.times, c.level);
    ASSERT_FALSE(trend.has_value()) << c.mention;
    EXPECT_EQ(trend.error().code(), core::ErrorCode::kInvalidArgument) << trend.error().ToString();
    EXPECT_NE(trend.error().message().find(c.mention), std::string::npos) << trend.error().ToString();
  }
}

}  // namespace
}  // namespace polyfon::stats
