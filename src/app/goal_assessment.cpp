#include "app/goal_assessment.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/json_number.hpp"
#include "app/query_output.hpp"
#include "app/text_table.hpp"

namespace polyfon::app {

namespace {
using json = nlohmann::ordered_json;

json Number(const std::optional<double>& value) { return value ? JsonNumber(*value) : json(nullptr); }

std::string Cell(const std::optional<double>& value) { return value ? FormatNumber(*value) : ""; }

std::string FigureCell(const analytics::IndicatorProgress& progress) {
  if (!progress.current) return "missing";
  if (progress.current->status != analytics::RowStatus::kOk) return analytics::RowStatusName(progress.current->status);
  return Cell(progress.current->value);
}
}  // namespace

core::Result<GoalAssessment> AssessGoals(core::Store& store, const SeriesOptions& options) {
  POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
  POLYFON_ASSIGN_OR_RETURN(const core::ClusterRegistry registry, store.LoadRegistry());
  GoalAssessment assessment;
  assessment.year = options.last_year;
  assessment.level = options.level;
  for (const core::Goal& goal : registry.goals) {
    AssessedGoal assessed{goal, {}, {}};
    std::vector<analytics::IndicatorProgress> progress;
    for (const core::GoalIndicator& indicator : goal.indicators) {
      POLYFON_ASSIGN_OR_RETURN(const std::vector<analytics::MeasurePoint> series,
                               MeasureSeries(store, catalog, registry, indicator.measure, options));
      progress.push_back(analytics::AssessIndicator(indicator, series, options.last_year));
      assessed.indicators.push_back({indicator, progress.back()});
    }
    assessed.summary = analytics::SummariseGoal(goal, progress);
    assessment.goals.push_back(std::move(assessed));
  }
  std::sort(assessment.goals.begin(), assessment.goals.end(), [](const AssessedGoal& a, const AssessedGoal& b) {
    return core::GoalCodeLess(a.goal.code, b.goal.code);
  });
  return assessment;
}

std::string RenderGoalsTable(const GoalAssessment& assessment) {
  std::vector<std::vector<std::string>> rows = {{"goal", "measure", "dimension", std::to_string(assessment.year),
                                                 IntervalLabel(assessment.level), "earlier", "target", "verdict",
                                                 "trend", "clear"}};
  for (const AssessedGoal& goal : assessment.goals) {
    for (const AssessedIndicator& item : goal.indicators) {
      const analytics::IndicatorProgress& p = item.progress;
      const std::string interval = p.current ? FormatInterval(p.current->ci_low, p.current->ci_high) : "";
      const std::string earlier = p.previous ? Cell(p.previous->value) + " (" + std::to_string(p.previous->year) + ")" : "";
      std::string verdict = analytics::VerdictName(p.verdict);
      if (p.target_in_interval) verdict += " (target within CI)";
      rows.push_back({goal.goal.code, core::MeasureText(item.indicator.measure), core::DimensionName(item.indicator.dimension),
                      FigureCell(p), interval, earlier, Cell(p.target), verdict,
                      analytics::TrendName(p.trend), p.clear_change ? "yes" : "no"});
    }
  }
  std::string out = AlignColumns(rows, {false, false, false, true, true, true, true, false, false, false});
  for (const AssessedGoal& goal : assessment.goals) {
    const analytics::GoalProgress& s = goal.summary;
    out += "goal " + goal.goal.code + ": " + std::to_string(s.indicators) + " indicators, " + std::to_string(s.met) +
           " of " + std::to_string(s.with_target) + " targets met, " + std::to_string(s.clearly_better) +
           " clearly better, " + std::to_string(s.clearly_worse) + " clearly worse, " +
           std::to_string(s.without_data) + " without a figure\n";
  }
  return out;
}

std::string RenderGoalsJson(const GoalAssessment& assessment) {
  json goals = json::array();
  for (const AssessedGoal& goal : assessment.goals) {
    json indicators = json::array();
    for (const AssessedIndicator& item : goal.indicators) {
      const analytics::IndicatorProgress& p = item.progress;
      indicators.push_back(
          {{"measure", core::MeasureText(item.indicator.measure)},
           {"dimension", core::DimensionName(item.indicator.dimension)},
           {"direction", item.indicator.higher_is_better ? "higher" : "lower"},
           {"status", p.current ? analytics::RowStatusName(p.current->status) : "missing"},
           {"value", p.current ? Number(p.current->value) : json(nullptr)},
           {"ci_low", p.current ? Number(p.current->ci_low) : json(nullptr)},
           {"ci_high", p.current ? Number(p.current->ci_high) : json(nullptr)},
           {"previous_year", p.previous ? json(p.previous->year) : json(nullptr)},
           {"previous_value", p.previous ? Number(p.previous->value) : json(nullptr)},
           {"target", Number(p.target)},
           {"verdict", analytics::VerdictName(p.verdict)},
           {"trend", analytics::TrendName(p.trend)},
           {"clear_change", p.clear_change},
           {"target_in_interval", p.target_in_interval}});
    }
    const analytics::GoalProgress& s = goal.summary;
    goals.push_back({{"code", goal.goal.code},
                     {"parent", goal.goal.parent},
                     {"title", {{"nn", goal.goal.title.nn}, {"nb", goal.goal.title.nb}, {"en", goal.goal.title.en}}},
                     {"summary", {{"indicators", s.indicators}, {"with_target", s.with_target}, {"met", s.met},
                                  {"clearly_better", s.clearly_better}, {"clearly_worse", s.clearly_worse},
                                  {"without_data", s.without_data}}},
                     {"indicators", indicators}});
  }
  return json{{"year", assessment.year}, {"level", assessment.level}, {"goals", goals}}.dump() + "\n";
}

std::string RenderActivityTalliesTable(const std::vector<analytics::ActivityTally>& rows) {
  std::vector<std::vector<std::string>> cells = {
      {"year", "kind", "held", "planned", "cancelled", "postponed", "attendees", "reported"}};
  for (const analytics::ActivityTally& row : rows) {
    cells.push_back({std::to_string(row.year), row.kind.empty() ? "all" : row.kind, std::to_string(row.held),
                     std::to_string(row.planned), std::to_string(row.cancelled), std::to_string(row.postponed),
                     std::to_string(row.attendees), std::to_string(row.reported)});
  }
  return AlignColumns(cells, {false, false, true, true, true, true, true, true});
}

std::string RenderActivityTalliesJson(const std::vector<analytics::ActivityTally>& rows) {
  json out = json::array();
  for (const analytics::ActivityTally& row : rows) {
    out.push_back({{"year", row.year}, {"kind", row.kind.empty() ? "all" : row.kind}, {"held", row.held},
                   {"planned", row.planned}, {"cancelled", row.cancelled}, {"postponed", row.postponed},
                   {"attendees", row.attendees}, {"reported", row.reported}});
  }
  return json{{"rows", out}}.dump() + "\n";
}

}  // namespace polyfon::app
