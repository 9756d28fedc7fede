#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analytics/query.hpp"
#include "core/goal.hpp"

namespace polyfon::analytics {

// One year's figure of a goal's indicator, with its interval where the figure is a count or a
// rate of one. Public figures may be suppressed (no numbers then).
struct MeasurePoint {
  int year = 0;
  RowStatus status = RowStatus::kMissing;
  std::optional<double> value;
  std::optional<double> ci_low;
  std::optional<double> ci_high;

  bool operator==(const MeasurePoint&) const = default;
};

enum class Verdict { kMet, kNotMet, kNoTarget, kNoData };
enum class Trend { kUp, kDown, kSame, kUnknown };

const char* VerdictName(Verdict verdict);  // "met", "not_met", "no_target", "no_data"
const char* TrendName(Trend trend);        // "up", "down", "same", "unknown"

// Where an indicator stands in a year: its figure, the latest earlier figure, the year's target
// and whether it was reached. `clear_change` says whether the change from the earlier figure is
// more than chance: the two intervals do not overlap (a conservative check; without intervals
// any change counts as clear). `target_in_interval` says the target lies within the year's
// interval, so the data cannot tell whether it was reached, whatever the verdict says.
struct IndicatorProgress {
  std::optional<MeasurePoint> current;
  std::optional<MeasurePoint> previous;
  std::optional<MeasurePoint> first;  // the earliest figure before the year (the series' baseline)
  std::optional<double> target;
  Verdict verdict = Verdict::kNoData;
  Trend trend = Trend::kUnknown;
  bool clear_change = false;
  bool target_in_interval = false;
};

// `series` holds the indicator's figures by year (any order; years without a figure may be absent).
IndicatorProgress AssessIndicator(const core::GoalIndicator& indicator, const std::vector<MeasurePoint>& series,
                                  int year);

// A goal's progress in a year: how many of its indicators have a target that year and a figure to
// hold it against, how many of those were met, and how many indicators rose or fell clearly ("better"/"worse" by the
// indicator's direction).
struct GoalProgress {
  std::string goal;
  int indicators = 0;
  int with_target = 0;
  int met = 0;
  int clearly_better = 0;
  int clearly_worse = 0;
  int without_data = 0;

  bool operator==(const GoalProgress&) const = default;
};

GoalProgress SummariseGoal(const core::Goal& goal, const std::vector<IndicatorProgress>& indicators);

}  // namespace polyfon::analytics
