#include "analytics/goal_progress.hpp"

#include "core/enum_names.hpp"

namespace polyfon::analytics {

namespace {
constexpr core::EnumNameTable<Verdict, 4> kVerdictNames{{
    {Verdict::kMet, "met"},
    {Verdict::kNotMet, "not_met"},
    {Verdict::kNoTarget, "no_target"},
    {Verdict::kNoData, "no_data"},
}};
constexpr core::EnumNameTable<Trend, 4> kTrendNames{{
    {Trend::kUp, "up"},
    {Trend::kDown, "down"},
    {Trend::kSame, "same"},
    {Trend::kUnknown, "unknown"},
}};

bool HasFigure(const MeasurePoint& point) { return point.status == RowStatus::kOk && point.value.has_value(); }

bool IntervalsOverlap(const MeasurePoint& a, const MeasurePoint& b) {
  if (!a.ci_low || !a.ci_high || !b.ci_low || !b.ci_high) return false;
  return *a.ci_low <= *b.ci_high && *b.ci_low <= *a.ci_high;
}

bool HasInterval(const MeasurePoint& point) { return point.ci_low && point.ci_high; }
}  // namespace

const char* VerdictName(Verdict verdict) { return core::EnumName(kVerdictNames, verdict); }
const char* TrendName(Trend trend) { return core::EnumName(kTrendNames, trend); }

IndicatorProgress AssessIndicator(const core::GoalIndicator& indicator, const std::vector<MeasurePoint>& series,
                                  int year) {
  IndicatorProgress progress;
  for (const MeasurePoint& point : series) {
    if (point.year == year) progress.current = point;
    bool earlier_figure = point.year < year && HasFigure(point);
    if (earlier_figure && (!progress.previous || point.year > progress.previous->year)) progress.previous = point;
    if (earlier_figure && (!progress.first || point.year < progress.first->year)) progress.first = point;
  }
  if (auto target = indicator.targets.find(year); target != indicator.targets.end()) {
    progress.target = target->second;
  }
  if (!progress.current || !HasFigure(*progress.current)) {
    progress.verdict = Verdict::kNoData;
    return progress;
  }
  const MeasurePoint& now = *progress.current;
  const double value = *now.value;
  if (progress.target) {
    bool met = indicator.higher_is_better ? value >= *progress.target : value <= *progress.target;
    progress.verdict = met ? Verdict::kMet : Verdict::kNotMet;
    progress.target_in_interval =
        HasInterval(now) && *now.ci_low <= *progress.target && *progress.target <= *now.ci_high;
  } else {
    progress.verdict = Verdict::kNoTarget;
  }
  if (progress.previous) {
    const double before = *progress.previous->value;
    progress.trend = value > before ? Trend::kUp : value < before ? Trend::kDown : Trend::kSame;
    bool both_intervals = HasInterval(now) && HasInterval(*progress.previous);
    progress.clear_change = progress.trend != Trend::kSame &&
                            (both_intervals ? !IntervalsOverlap(now, *progress.previous) : true);
  }
  return progress;
}

GoalProgress SummariseGoal(const core::Goal& goal, const std::vector<IndicatorProgress>& indicators) {
  GoalProgress summary;
  summary.goal = goal.code;
  for (size_t i = 0; i < indicators.size() && i < goal.indicators.size(); ++i) {
    const IndicatorProgress& progress = indicators[i];
    ++summary.indicators;
    if (progress.verdict == Verdict::kNoData) ++summary.without_data;
    if (progress.target && progress.verdict != Verdict::kNoData) ++summary.with_target;
    if (progress.verdict == Verdict::kMet) ++summary.met;
    if (progress.clear_change) {
      bool up = progress.trend == Trend::kUp;
      bool better = goal.indicators[i].higher_is_better ? up : !up;
      ++(better ? summary.clearly_better : summary.clearly_worse);
    }
  }
  return summary;
}

}  // namespace polyfon::analytics
