#include "stats/rate_ratio.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

namespace polyfon::stats {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct GoldenRow {
  int line = 0;
  double count1 = 0;
  double exposure1 = 0;
  double count2 = 0;
  double exposure2 = 0;
  double level = 0;
  double ratio = 0;
  double low = 0;
  double high = 0;
  double p_value = 0;
};

// Reads tests/data/stats/rate_ratio.csv (written by scripts/r/rate_ratio.R). "Inf" parses as
// infinity through std::stod.
std::vector<GoldenRow> ReadGolden() {
  const std::string path = std::string(POLYFON_TEST_DATA_DIR) + "/stats/rate_ratio.csv";
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::vector<GoldenRow> rows;
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "count1,exposure1,count2,exposure2,level,ratio,low,high,p_value");
  for (int number = 2; std::getline(in, line); ++number) {
    if (line.empty()) continue;
    std::istringstream fields(line);
    std::vector<double> values;
    for (std::string field; std::getline(fields, field, ',');) values.push_back(std::stod(field));
    EXPECT_EQ(values.size(), 9u) << "line " << number;
    if (values.size() != 9u) continue;
    rows.push_back(
        {number, values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8]});
  }
  return rows;
}

std::string Describe(const GoldenRow& row) {
  std::ostringstream out;
  out << "line " << row.line << ": " << row.count1 << "/" << row.exposure1 << " vs " << row.count2 << "/"
      << row.exposure2 << ", level " << row.level;
  return out.str();
}

void ExpectRelativelyNear(double expected, double actual, const std::string& context) {
  if (std::isinf(expected)) {
    EXPECT_EQ(actual, expected) << context;
    return;
  }
  EXPECT_NEAR(actual, expected, 1e-9 * std::abs(expected)) << context;
}

const GoldenRow* FindRow(const std::vector<GoldenRow>& rows, double count1, double count2, double level) {
  for (const GoldenRow& row : rows) {
    if (row.count1 == count1 && row.count2 == count2 && row.level == level) return &row;
  }
  return nullptr;
}

TEST(ExactRateRatioTest, MatchesRPoissonTest) {
  const std::vector<GoldenRow> rows = ReadGolden();
  ASSERT_EQ(rows.size(), 11u * 3u);
  for (const GoldenRow& row : rows) {
    const std::string context = Describe(row);
    auto result = ExactRateRatio(row.count1, row.exposure1, row.count2, row.exposure2, row.level);
    ASSERT_TRUE(result.has_value()) << context << ": " << result.error().ToString();
    ExpectRelativelyNear(row.ratio, result->ratio, context + ", ratio");
    ExpectRelativelyNear(row.low, result->interval.low, context + ", low");
    ExpectRelativelyNear(row.high, result->interval.high, context + ", high");
    ExpectRelativelyNear(row.p_value, result->p_value, context + ", p_value");
  }
}

TEST(ExactRateRatioTest, DependenciesExample) {
  // poisson.test(c(30, 15), c(1500, 1200)) as quoted in DEPENDENCIES.md.
  auto result = ExactRateRatio(30, 1500, 15, 1200, 0.95);
  ASSERT_TRUE(result.has_value()) << result.error().ToString();
  EXPECT_NEAR(result->ratio, 1.6, 1e-12);
  EXPECT_NEAR(result->interval.low, 0.834308589616, 1e-12);
  EXPECT_NEAR(result->interval.high, 3.199886243021, 1e-12);
  EXPECT_NEAR(result->p_value, 0.176326184215, 1e-12);
}

TEST(ExactRateRatioTest, ZeroCountsGiveZeroOrInfiniteLimits) {
  auto none_first = ExactRateRatio(0, 1000, 5, 1200, 0.95);
  ASSERT_TRUE(none_first.has_value());
  EXPECT_EQ(none_first->ratio, 0.0);
  EXPECT_EQ(none_first->interval.low, 0.0);
  EXPECT_TRUE(std::isfinite(none_first->interval.high));

  auto none_second = ExactRateRatio(5, 1000, 0, 1200, 0.95);
  ASSERT_TRUE(none_second.has_value());
  EXPECT_EQ(none_second->ratio, kInf);
  EXPECT_GT(none_second->interval.low, 0.0);
  EXPECT_EQ(none_second->interval.high, kInf);
}

TEST(ExactRateRatioTest, RejectsBadCounts) {
  for (double count : {-1.0, 2.5, kNaN, kInf}) {
    auto first = ExactRateRatio(count, 1000, 5, 1000, 0.95);
    ASSERT_FALSE(first.has_value()) << count;
    EXPECT_EQ(first.error().code(), core::ErrorCode::kInvalidArgument);
    EXPECT_NE(first.error().message().find("count1"), std::string::npos);
    auto second = ExactRateRatio(5, 1000, count, 1000, 0.95);
    ASSERT_FALSE(second.has_value()) << count;
    EXPECT_EQ(second.error().code(), core::ErrorCode::kInvalidArgument);
    EXPECT_NE(second.error().message().find("count2"), std::string::npos);
  }
}

TEST(ExactRateRatioTest, RejectsBadExposures) {
  for (double exposure : {0.0, -1000.0, kNaN, kInf}) {
    auto first = ExactRateRatio(5, exposure, 5, 1000, 0.95);
    ASSERT_FALSE(first.has_value()) << exposure;
    EXPECT_EQ(first.error().code(), core::ErrorCode::kInvalidArgument);
    EXPECT_NE(first.error().message().find("exposure1"), std::string::npos);
    auto second = ExactRateRatio(5, 1000, 5, exposure, 0.95);
    ASSERT_FALSE(second.has_value()) << exposure;
    EXPECT_EQ(second.error().code(), core::ErrorCode::kInvalidArgument);
    EXPECT_NE(second.error().message().find("exposure2"), std::string::npos);
  }
}

TEST(ExactRateRatioTest, RejectsBothCountsZero) {
  auto result = ExactRateRatio(0, 1000, 0, 1000, 0.95);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code(), core::ErrorCode::kInvalidArgument);
}

TEST(ExactRateRatioTest, RejectsBadLevels) {
  for (double level : {0.0, 1.0, -0.5, 95.0, kNaN}) {
    auto result = ExactRateRatio(5, 1000, 3, 1000, level);
    ASSERT_FALSE(result.has_value()) << level;
    EXPECT_EQ(result.error().code(), core::ErrorCode::kInvalidArgument);
    EXPECT_NE(result.error().message().find("level"), std::string::npos);
  }
}

TEST(ExactRateRatioTest, LargeCountsStayFast) {
  // The p-value bisects the binomial pmf instead of scanning every outcome as R does.
  auto result = ExactRateRatio(5000000, 1e8, 4900000, 1e8, 0.95);
  ASSERT_TRUE(result.has_value()) << result.error().ToString();
  EXPECT_LT(result->interval.low, result->ratio);
  EXPECT_GT(result->interval.high, result->ratio);
  EXPECT_LT(result->p_value, 1e-100);
}

TEST(ExactRateGrowthTest, HelseVest2016To2018) {
  const std::vector<GoldenRow> rows = ReadGolden();
  const GoldenRow* row = FindRow(rows, 456, 214, 0.95);  // 2018 vs 2016
  ASSERT_NE(row, nullptr);
  auto growth = ExactRateGrowth(214, 1096202, 456, 1106295, 0.95);
  ASSERT_TRUE(growth.has_value()) << growth.error().ToString();
  const std::string context = Describe(*row);
  ExpectRelativelyNear((row->ratio - 1) * 100, growth->percent_change, context);
  ExpectRelativelyNear((row->low - 1) * 100, growth->percent_interval.low, context);
  ExpectRelativelyNear((row->high - 1) * 100, growth->percent_interval.high, context);
  ExpectRelativelyNear(row->p_value, growth->p_value, context);
  ExpectRelativelyNear(row->ratio, growth->ratio.ratio, context);
  EXPECT_NEAR(growth->percent_change, 111.14, 0.005);  // the rate more than doubled
}

TEST(ExactRateGrowthTest, NoEarlierCasesIsInfiniteGrowth) {
  auto growth = ExactRateGrowth(0, 1200, 5, 1000, 0.95);
  ASSERT_TRUE(growth.has_value());
  EXPECT_EQ(growth->percent_change, kInf);
  EXPECT_EQ(growth->percent_interval.high, kInf);
}

TEST(ExactRateGrowthTest, PassesErrorsThrough) {
  auto growth = ExactRateGrowth(-1, 1000, 5, 1000, 0.95);
  ASSERT_FALSE(growth.has_value());
  EXPECT_EQ(growth.error().code(), core::ErrorCode::kInvalidArgument);
}

TEST(CompoundAnnualGrowthPercentTest, TwoYears) {
  auto growth = CompoundAnnualGrowthPercent(214, 456, 2);
  ASSERT_TRUE(growth.has_value());
  EXPECT_NEAR(*growth, (std::sqrt(456.0 / 214.0) - 1) * 100, 1e-12);
}

TEST(CompoundAnnualGrowthPercentTest, EdgeValues) {
  auto flat = CompoundAnnualGrowthPercent(50, 50, 3);
  ASSERT_TRUE(flat.has_value());
  EXPECT_EQ(*flat, 0.0);
  auto gone = CompoundAnnualGrowthPercent(50, 0, 3);
  ASSERT_TRUE(gone.has_value());
  EXPECT_EQ(*gone, -100.0);
  auto one_year = CompoundAnnualGrowthPercent(200, 250, 1);
  ASSERT_TRUE(one_year.has_value());
  EXPECT_NEAR(*one_year, 25.0, 1e-12);
}

TEST(CompoundAnnualGrowthPercentTest, RejectsBadInputs) {
  struct Case {
    double first, last, years;
    const char* field;
  };
  const Case cases[] = {{0, 10, 2, "first"},   {-5, 10, 2, "first"}, {kNaN, 10, 2, "first"}, {10, -1, 2, "last"},
                        {10, kInf, 2, "last"}, {10, 20, 0, "years"}, {10, 20, -1, "years"},  {10, 20, kNaN, "years"}};
  for (const Case& c : cases) {
    auto growth = CompoundAnnualGrowthPercent(c.first, c.last, c.years);
    ASSERT_FALSE(growth.has_value()) << c.first << " " << c.last << " " << c.years;
    EXPECT_EQ(growth.error().code(), core::ErrorCode::kInvalidArgument);
    EXPECT_NE(growth.error().message().find(c.field), std::string::npos);
  }
}

}  // namespace
}  // namespace polyfon::stats
