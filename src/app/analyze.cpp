#include "app/analyze.hpp"

#include "app/query_data.hpp"

namespace polyfon::app {

namespace {

double YearsBetween(const core::Period& first, const core::Period& last) {
  if (first.type() == core::PeriodType::kYearly) return last.year() - first.year();
  return static_cast<double>(last.Start().DaysSinceEpoch() - first.Start().DaysSinceEpoch()) / 365.25;
}

}  // namespace

core::Result<RatioResult> AnalyzeRatio(core::Store& store, const analytics::QuerySpec& spec) {
  const size_t cells = spec.org_units.size() * spec.periods.size();
  if (spec.items.size() != 1 || cells != 2) {
    return core::Status::InvalidArgument(
        "a ratio compares one item in two cells: two org units in one period (--ou A,B --pe 2018) or one org unit "
        "in two periods (--ou A --pe '2018;2016')");
  }
  POLYFON_ASSIGN_OR_RETURN(std::vector<analytics::ResultRow> rows, QueryData(store, spec));
  RatioResult result{rows[0], rows[1], {}};
  POLYFON_ASSIGN_OR_RETURN(result.comparison, analytics::Compare(rows[0], rows[1], spec.level));
  return result;
}

core::Result<std::vector<GrowthResult>> AnalyzeGrowth(core::Store& store, const analytics::QuerySpec& spec) {
  if (spec.items.size() != 1 || spec.periods.size() < 2) {
    return core::Status::InvalidArgument("growth needs one item and at least two periods, e.g. --pe 2016:2018");
  }
  const core::Period& first = spec.periods.front();
  const core::Period& last = spec.periods.back();
  if (first.type() != last.type() || !(first < last)) {
    return core::Status::InvalidArgument("growth runs from an earlier to a later period of the same type");
  }
  analytics::QuerySpec ends = spec;
  ends.periods = {first, last};
  POLYFON_ASSIGN_OR_RETURN(std::vector<analytics::ResultRow> rows, QueryData(store, ends));
  std::vector<GrowthResult> results;
  const double years = YearsBetween(first, last);
  for (size_t i = 0; i + 1 < rows.size(); i += 2) {
    GrowthResult result{rows[i], rows[i + 1], years, {}};
    POLYFON_ASSIGN_OR_RETURN(result.growth, analytics::GrowthBetween(rows[i], rows[i + 1], years, spec.level));
    results.push_back(std::move(result));
  }
  return results;
}

}  // namespace polyfon::app
