#include "analytics/goal_progress.hpp"

#include <gtest/gtest.h>

namespace polyfon::analytics {
namespace {

MeasurePoint Point(int year, double value, std::optional<double> low = std::nullopt,
                   std::optional<double> high = std::nullopt) {
  return {year, RowStatus::kOk, value, low, high};
}

core::GoalIndicator WithTarget(int year, double target, bool higher_is_better = true) {
  core::GoalIndicator indicator;
  indicator.targets[year] = target;
  indicator.higher_is_better = higher_is_better;
  return indicator;
}

// Helse Vest's NPR counts: 214 in 2016 and 456 in 2018, with exact Poisson intervals.
const std::vector<MeasurePoint> kHelseVest = {Point(2016, 214, 186.3, 244.7), Point(2018, 456, 415.1, 499.9)};

TEST(GoalProgressTest, AClearRiseAgainstTheLatestEarlierFigure) {
  const IndicatorProgress progress = AssessIndicator(WithTarget(2018, 400), kHelseVest, 2018);
  ASSERT_TRUE(progress.previous.has_value());
  EXPECT_EQ(progress.previous->year, 2016);
  EXPECT_EQ(progress.trend, Trend::kUp);
  EXPECT_TRUE(progress.clear_change);
  EXPECT_EQ(progress.verdict, Verdict::kMet);
  EXPECT_FALSE(progress.target_in_interval);
}

TEST(GoalProgressTest, OverlappingIntervalsAreNoClearChangeAndATargetInsideTheIntervalIsUndecided) {
  const std::vector<MeasurePoint> series = {Point(2017, 20, 12.2, 30.9), Point(2018, 26, 17.0, 38.1)};
  const IndicatorProgress progress = AssessIndicator(WithTarget(2018, 30), series, 2018);
  EXPECT_EQ(progress.trend, Trend::kUp);
  EXPECT_FALSE(progress.clear_change);
  EXPECT_EQ(progress.verdict, Verdict::kNotMet);
  EXPECT_TRUE(progress.target_in_interval);
}

TEST(GoalProgressTest, HiddenOrMissingFiguresGiveNoVerdictAndAreSkippedAsEarlierFigures) {
  std::vector<MeasurePoint> series = kHelseVest;
  series.push_back({2017, RowStatus::kSuppressed, std::nullopt, std::nullopt, std::nullopt});
  series.push_back({2019, RowStatus::kMissing, std::nullopt, std::nullopt, std::nullopt});
  EXPECT_EQ(AssessIndicator(WithTarget(2019, 1), series, 2019).verdict, Verdict::kNoData);
  EXPECT_EQ(AssessIndicator(WithTarget(2017, 1), series, 2017).verdict, Verdict::kNoData);
  const IndicatorProgress in_2018 = AssessIndicator(core::GoalIndicator{}, series, 2018);
  EXPECT_EQ(in_2018.previous->year, 2016);  // 2017 is hidden
  EXPECT_EQ(in_2018.verdict, Verdict::kNoTarget);
}

TEST(GoalProgressTest, LowerIsBetterTurnsVerdictAndSummary) {
  core::Goal goal;
  goal.code = "1";
  goal.indicators = {WithTarget(2018, 500, false), WithTarget(2018, 400), core::GoalIndicator{}};
  const std::vector<MeasurePoint> missing = {{2018, RowStatus::kMissing, std::nullopt, std::nullopt, std::nullopt}};
  const std::vector<IndicatorProgress> progress = {
      AssessIndicator(goal.indicators[0], kHelseVest, 2018),  // rose (worse) but stays under its ceiling
      AssessIndicator(goal.indicators[1], kHelseVest, 2018),  // rose above a floor: better, met
      AssessIndicator(goal.indicators[2], missing, 2018),
  };
  EXPECT_EQ(progress[0].verdict, Verdict::kMet);  // 456 <= 500
  EXPECT_EQ(SummariseGoal(goal, progress), (GoalProgress{"1", 3, 2, 2, 1, 1, 1}));
}

TEST(GoalProgressTest, FiguresWithoutIntervalsCountAnyChangeAsClear) {
  const std::vector<MeasurePoint> series = {Point(2017, 10), Point(2018, 10), Point(2019, 12)};
  EXPECT_EQ(AssessIndicator(core::GoalIndicator{}, series, 2018).trend, Trend::kSame);
  EXPECT_FALSE(AssessIndicator(core::GoalIndicator{}, series, 2018).clear_change);
  EXPECT_TRUE(AssessIndicator(core::GoalIndicator{}, series, 2019).clear_change);
}

}  // namespace
}  // namespace polyfon::analytics
