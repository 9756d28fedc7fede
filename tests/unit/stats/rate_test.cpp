#include "stats/rate.hpp"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

namespace polyfon::stats {
namespace {

double RoundTo2(double x) { return std::round(x * 100) / 100; }

TEST(PoissonRateTest, HelseVest2018) {
  // 456 patients in Helse Vest in 2018, population 1 106 295, per 100 000 inhabitants.
  auto rate = PoissonRate(456, 1106295, 100000, 0.95);
  ASSERT_TRUE(rate.has_value()) << rate.error().ToString();
  EXPECT_DOUBLE_EQ(RoundTo2(rate->value), 41.22);
  EXPECT_DOUBLE_EQ(RoundTo2(rate->interval.low), 37.52);
  EXPECT_DOUBLE_EQ(RoundTo2(rate->interval.high), 45.18);
}

TEST(PoissonRateTest, ZeroCountHasZeroLowerLimit) {
  auto rate = PoissonRate(0, 50000, 100000, 0.95);
  ASSERT_TRUE(rate.has_value());
  EXPECT_EQ(rate->value, 0.0);
  EXPECT_EQ(rate->interval.low, 0.0);
  EXPECT_NEAR(rate->interval.high, 3.68887945411394 * 2, 1e-9);
}

TEST(PoissonRateTest, RejectsBadPopulation) {
  for (double population : {0.0, -10.0, std::numeric_limits<double>::quiet_NaN(),
                            std::numeric_limits<double>::infinity()}) {
    auto rate = PoissonRate(5, population, 100000, 0.95);
    ASSERT_FALSE(rate.has_value()) << population;
    EXPECT_EQ(rate.error().code(), core::ErrorCode::kInvalidArgument);
    EXPECT_NE(rate.error().message().find("population"), std::string::npos);
  }
}

TEST(PoissonRateTest, RejectsBadFactor) {
  auto rate = PoissonRate(5, 1000, 0, 0.95);
  ASSERT_FALSE(rate.has_value());
  EXPECT_EQ(rate.error().code(), core::ErrorCode::kInvalidArgument);
}

TEST(PoissonRateTest, RejectsBadCountAndLevel) {
  auto fractional = PoissonRate(4.5, 1000, 100000, 0.95);
  ASSERT_FALSE(fractional.has_value());
  EXPECT_EQ(fractional.error().code(), core::ErrorCode::kInvalidArgument);
  auto negative = PoissonRate(-1, 1000, 100000, 0.95);
  ASSERT_FALSE(negative.has_value());
  EXPECT_EQ(negative.error().code(), core::ErrorCode::kInvalidArgument);
  auto level = PoissonRate(4, 1000, 100000, 1.5);
  ASSERT_FALSE(level.has_value());
  EXPECT_EQ(level.error().code(), core::ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace polyfon::stats
