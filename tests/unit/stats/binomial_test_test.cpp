#include "stats/binomial_test.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <string>

namespace polyfon::stats {
namespace {

// Expected values are R 4.2.2's binom.test(...), printed with 15 significant digits. The full
// coverage is through ExactRateRatio and its golden fixture; these pin the helper on its own.
TEST(ExactBinomialTestTest, MatchesRBinomTest) {
  auto test = ExactBinomialTest(7, 50, 0.5, 0.95);  // binom.test(7, 50)
  ASSERT_TRUE(test.has_value()) << test.error().ToString();
  EXPECT_DOUBLE_EQ(test->estimate, 0.14);
  EXPECT_NEAR(test->interval.low, 0.0581917003403721, 1e-15);
  EXPECT_NEAR(test->interval.high, 0.267396002497008, 1e-15);
  EXPECT_NEAR(test->p_value, 2.09867742739789e-07, 1e-9 * 2.09867742739789e-07);

  auto other = ExactBinomialTest(7, 50, 0.3, 0.9);  // binom.test(7, 50, 0.3, conf.level = 0.9)
  ASSERT_TRUE(other.has_value());
  EXPECT_NEAR(other->interval.low, 0.0675966990035572, 1e-15);
  EXPECT_NEAR(other->interval.high, 0.246935201731209, 1e-15);
  EXPECT_NEAR(other->p_value, 0.012856372631357, 1e-14);
}

TEST(ExactBinomialTestTest, BothTailsAndBoundaries) {
  auto above = ExactBinomialTest(9, 10, 0.3, 0.95);  // successes above the mean
  ASSERT_TRUE(above.has_value());
  EXPECT_NEAR(above->p_value, 0.0001436859, 1e-12);

  auto none = ExactBinomialTest(0, 10, 0.2, 0.95);
  ASSERT_TRUE(none.has_value());
  EXPECT_EQ(none->interval.low, 0.0);
  EXPECT_NEAR(none->p_value, 0.228248064, 1e-12);

  auto all = ExactBinomialTest(10, 10, 0.2, 0.95);
  ASSERT_TRUE(all.has_value());
  EXPECT_NEAR(all->interval.low, 0.691502892181239, 1e-14);
  EXPECT_EQ(all->interval.high, 1.0);

  auto at_mean = ExactBinomialTest(3, 10, 0.3, 0.95);
  ASSERT_TRUE(at_mean.has_value());
  EXPECT_EQ(at_mean->p_value, 1.0);

  EXPECT_EQ(ExactBinomialTest(0, 10, 0, 0.95)->p_value, 1.0);
  EXPECT_EQ(ExactBinomialTest(1, 10, 0, 0.95)->p_value, 0.0);
  EXPECT_EQ(ExactBinomialTest(10, 10, 1, 0.95)->p_value, 1.0);
}

TEST(ExactBinomialTestTest, RejectsBadInputs) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  struct Case {
    double successes, trials, probability, level;
    const char* field;
  };
  const Case cases[] = {{1, 0, 0.5, 0.95, "trials"},       {1, 2.5, 0.5, 0.95, "trials"},
                        {-1, 10, 0.5, 0.95, "successes"},  {11, 10, 0.5, 0.95, "successes"},
                        {1.5, 10, 0.5, 0.95, "successes"}, {1, 10, -0.1, 0.95, "probability"},
                        {1, 10, nan, 0.95, "probability"}, {1, 10, 0.5, 1, "level"}};
  for (const Case& c : cases) {
    auto test = ExactBinomialTest(c.successes, c.trials, c.probability, c.level);
    ASSERT_FALSE(test.has_value()) << c.field;
    EXPECT_EQ(test.error().code(), core::ErrorCode::kInvalidArgument);
    EXPECT_NE(test.error().message().find(c.field), std::string::npos) << test.error().message();
  }
}

}  // namespace
}  // namespace polyfon::stats
