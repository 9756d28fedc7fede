#include "stats/poisson_interval.hpp"

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace polyfon::stats {
namespace {

struct GoldenRow {
  int line = 0;
  double count = 0;
  double level = 0;
  double low = 0;
  double high = 0;
};

// Reads tests/data/stats/poisson_exact_ci.csv (written by scripts/r/poisson_exact_ci.R).
std::vector<GoldenRow> ReadGolden() {
  const std::string path = std::string(POLYFON_TEST_DATA_DIR) + "/stats/poisson_exact_ci.csv";
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::vector<GoldenRow> rows;
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "count,level,low,high");
  for (int number = 2; std::getline(in, line); ++number) {
    if (line.empty()) continue;
    std::istringstream fields(line);
    std::string count, level, low, high;
    std::getline(fields, count, ',');
    std::getline(fields, level, ',');
    std::getline(fields, low, ',');
    std::getline(fields, high, ',');
    rows.push_back({number, std::stod(count), std::stod(level), std::stod(low), std::stod(high)});
  }
  return rows;
}

void ExpectRelativelyNear(double expected, double actual, const GoldenRow& row) {
  const double tolerance = 1e-9 * std::abs(expected);
  EXPECT_NEAR(actual, expected, tolerance)
      << "line " << row.line << ": count " << row.count << ", level " << row.level;
}

TEST(ExactPoissonIntervalTest, MatchesRPoissonTest) {
  const std::vector<GoldenRow> rows = ReadGolden();
  ASSERT_EQ(rows.size(), 24u * 4u);
  for (const GoldenRow& row : rows) {
    auto interval = ExactPoissonInterval(row.count, row.level);
    ASSERT_TRUE(interval.has_value()) << interval.error().ToString();
    if (row.count == 0) {
      EXPECT_EQ(interval->low, 0.0) << "line " << row.line;
    } else {
      ExpectRelativelyNear(row.low, interval->low, row);
    }
    ExpectRelativelyNear(row.high, interval->high, row);
  }
}

TEST(ExactPoissonIntervalTest, KnownValueForTen) {
  auto interval = ExactPoissonInterval(10, 0.95);
  ASSERT_TRUE(interval.has_value());
  EXPECT_NEAR(interval->low, 4.79538869613243, 1e-12);
  EXPECT_NEAR(interval->high, 18.3903560420178, 1e-12);
}

TEST(ExactPoissonIntervalTest, RejectsBadCounts) {
  const double bad_counts[] = {-1, 2.5, std::numeric_limits<double>::quiet_NaN(),
                               std::numeric_limits<double>::infinity()};
  for (double count : bad_counts) {
    auto interval = ExactPoissonInterval(count, 0.95);
    ASSERT_FALSE(interval.has_value()) << count;
    EXPECT_EQ(interval.error().code(), core::ErrorCode::kInvalidArgument);
    EXPECT_NE(interval.error().message().find("count"), std::string::npos);
  }
}

TEST(ExactPoissonIntervalTest, RejectsBadLevels) {
  const double bad_levels[] = {0, 1, -0.5, 95, std::numeric_limits<double>::quiet_NaN()};
  for (double level : bad_levels) {
    auto interval = ExactPoissonInterval(5, level);
    ASSERT_FALSE(interval.has_value()) << level;
    EXPECT_EQ(interval.error().code(), core::ErrorCode::kInvalidArgument);
    EXPECT_NE(interval.error().message().find("level"), std::string::npos);
  }
}

TEST(ExactPoissonIntervalTest, ExtremeLevelsStayFinite) {
  // Far tails stress the inverse gamma iteration; the answer must be a value or a Status, never a
  // throw.
  for (double level : {1e-12, 1 - 1e-12}) {
    auto interval = ExactPoissonInterval(3, level);
    ASSERT_TRUE(interval.has_value()) << interval.error().ToString();
    EXPECT_LE(interval->low, interval->high);
  }
}

}  // namespace
}  // namespace polyfon::stats
