#pragma once

#include <string>
#include <vector>

#include "analytics/activity_tally.hpp"
#include "analytics/goal_progress.hpp"
#include "app/measure_series.hpp"
#include "core/goal.hpp"
#include "core/status.hpp"
#include "core/store.hpp"

namespace polyfon::app {

// The goals' progress in a year, as `polyfon goals` and the goal pages show it: every goal (in
// GoalCodeLess order) with each indicator's assessment (analytics::AssessIndicator) on public
// figures, and the goal's summary.
struct AssessedIndicator {
  core::GoalIndicator indicator;
  analytics::IndicatorProgress progress;
};

struct AssessedGoal {
  core::Goal goal;
  std::vector<AssessedIndicator> indicators;
  analytics::GoalProgress summary;
};

struct GoalAssessment {
  int year = 0;
  double level = 0.95;
  std::vector<AssessedGoal> goals;
};

// `options.last_year` is the year assessed. Fails as MeasureSeries does.
core::Result<GoalAssessment> AssessGoals(core::Store& store, const SeriesOptions& options);

// A table per indicator (goal, measure, dimension, figure, interval, earlier figure, target,
// verdict, trend, clear) followed by one summary line per goal; or JSON:
// {"year","level","goals":[{"code","parent","title":{"nn","nb","en"},"summary":{"indicators",
// "with_target","met","clearly_better","clearly_worse","without_data"},"indicators":[{"measure",
// "dimension","direction","status","value","ci_low","ci_high","previous_year","previous_value",
// "target","verdict","trend","clear_change","target_in_interval"}]}]}.
std::string RenderGoalsTable(const GoalAssessment& assessment);
std::string RenderGoalsJson(const GoalAssessment& assessment);

// Activity indicators per year and kind (analytics::TallyActivities) as a table or JSON
// {"rows":[{"year","kind","held","planned","cancelled","postponed","attendees","reported"}]}.
std::string RenderActivityTalliesTable(const std::vector<analytics::ActivityTally>& rows);
std::string RenderActivityTalliesJson(const std::vector<analytics::ActivityTally>& rows);

}  // namespace polyfon::app
