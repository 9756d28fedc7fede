#include "analytics/sensitivity.hpp"

#include <gtest/gtest.h>

namespace polyfon::analytics {
namespace {

TEST(CompletenessTest, ParsesADefaultAndPerUnitRanges) {
  auto a = ParseCompleteness("0.6:1,NO-HN=0.4:0.9");
  ASSERT_TRUE(a.has_value()) << a.error().message();
  EXPECT_EQ(a->For("NO-HV").low, 0.6);
  EXPECT_EQ(a->For("NO-HV").high, 1.0);
  EXPECT_EQ(a->For("NO-HN").low, 0.4);
  EXPECT_EQ(a->For("NO-HN").high, 0.9);
  for (const char* bad : {"0:1", "0.5:1.2", "0.9:0.5", "x", "NO-HN=", "0.5:"}) {
    EXPECT_FALSE(ParseCompleteness(bad).has_value()) << bad;
  }
}

TEST(CompletenessTest, RatesScaleByTheInverseCompleteness) {
  ResultRow row;
  row.ou = "NO-HV";
  row.status = RowStatus::kOk;
  row.value = 40;
  const auto ranges = AdjustedRates({row}, *ParseCompleteness("0.8:1"));
  EXPECT_EQ(ranges[0].low, 40);
  EXPECT_EQ(ranges[0].high, 50);
}

TEST(CompletenessTest, GapsSpanTheBoxOfUnitAndReferenceCompleteness) {
  ResultRow row;
  row.ou = "NO-HV";
  row.status = RowStatus::kOk;
  row.numerator = 100;
  row.denominator = 200000;
  row.value = 50;  // per 100 000
  auto equal = EqualAccess({row}, 60, 100000);
  ASSERT_TRUE(equal.has_value());
  ASSERT_EQ(*equal->front().gap, 20);  // 60 × 2 − 100
  const auto gaps = AdjustedGaps(*equal, 60, {0.8, 1}, *ParseCompleteness("0.9:1,NO-HV=0.5:1"), 100000);
  ASSERT_EQ(gaps.size(), 1u);
  EXPECT_DOUBLE_EQ(*gaps[0].expected_low, 120);   // reference fully registered
  EXPECT_DOUBLE_EQ(*gaps[0].expected_high, 150);  // reference 80 % registered: 75 per 100 000
  EXPECT_DOUBLE_EQ(*gaps[0].gap_low, 120 - 200);  // unit 50 % registered: 200 real patients
  EXPECT_DOUBLE_EQ(*gaps[0].gap_high, 150 - 100);

  ResultRow hidden = row;
  hidden.status = RowStatus::kSuppressed;
  auto none = EqualAccess({hidden}, 60, 100000);
  ASSERT_TRUE(none.has_value());
  EXPECT_FALSE(AdjustedGaps(*none, 60, {1, 1}, *ParseCompleteness("0.5:1"), 100000)[0].gap_low.has_value());
}

TEST(CompletenessTest, TheSameCompletenessEverywhereLeavesTheEffectAlone) {
  EffectPanel panel;
  panel.units = {"A", "B", "C"};
  panel.periods = {"2016", "2017", "2018"};
  const double counts[] = {100, 110, 160, 50, 52, 55, 80, 85, 88};
  const double exposure[] = {0, 0.5, 1, 0, 0, 0, 0, 0, 0.5};
  for (int i = 0; i < 9; ++i) {
    panel.counts.push_back(counts[i]);
    panel.populations.push_back(100000);
    panel.exposures.push_back(exposure[i]);
  }
  CompletenessAssumption fixed;
  fixed.fallback = {0.5, 0.5};
  auto range = ClusterEffectRange(panel, fixed, 0.95);
  ASSERT_TRUE(range.has_value()) << range.error().message();
  EXPECT_NEAR(range->coefficient_low, range->observed.coefficient, 1e-8);
  EXPECT_NEAR(range->coefficient_high, range->observed.coefficient, 1e-8);
  EXPECT_EQ(range->scenarios, 8);
  auto spread = ClusterEffectRange(panel, *ParseCompleteness("0.5:1"), 0.95);
  ASSERT_TRUE(spread.has_value());
  EXPECT_LT(spread->coefficient_low, spread->observed.coefficient);
  EXPECT_GT(spread->coefficient_high, spread->observed.coefficient);
}

}  // namespace
}  // namespace polyfon::analytics
