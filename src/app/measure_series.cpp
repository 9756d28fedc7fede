#include "app/measure_series.hpp"

#include "analytics/activity_tally.hpp"
#include "analytics/coverage.hpp"
#include "app/query_data.hpp"

namespace polyfon::app {

namespace {

analytics::MeasurePoint Count(int year, double value) {
  return {year, analytics::RowStatus::kOk, value, std::nullopt, std::nullopt};
}

core::Result<std::vector<analytics::MeasurePoint>> QuerySeries(core::Store& store, const core::Measure& measure,
                                                               const SeriesOptions& options) {
  analytics::QuerySpec spec;
  spec.items = {measure.code};
  spec.org_units = {measure.org_unit};
  for (int year = options.first_year; year <= options.last_year; ++year) spec.periods.push_back(core::Period::Year(year));
  spec.level = options.level;
  spec.public_output = options.public_output;
  spec.min_count = options.min_count;
  POLYFON_ASSIGN_OR_RETURN(const std::vector<analytics::ResultRow> rows, QueryData(store, spec));
  std::vector<analytics::MeasurePoint> points;
  for (size_t i = 0; i < rows.size(); ++i) {
    const analytics::ResultRow& row = rows[i];
    points.push_back({options.first_year + static_cast<int>(i), row.status, row.value, row.ci_low, row.ci_high});
  }
  return points;
}

int FullMembers(const core::Catalog& catalog, const std::string& helix, int year) {
  const core::Date end{year, 12, 31};
  int count = 0;
  for (const core::Participant& participant : catalog.participants) {
    if (!helix.empty() && helix != core::HelixCategoryName(participant.helix)) continue;
    if (participant.StatusOn(end) == core::MembershipStatus::kFullMember) ++count;
  }
  return count;
}

}  // namespace

core::Result<std::vector<analytics::MeasurePoint>> MeasureSeries(core::Store& store, const core::Catalog& catalog,
                                                                 const core::ClusterRegistry& registry,
                                                                 const core::Measure& measure,
                                                                 const SeriesOptions& options) {
  if (measure.kind == core::MeasureKind::kIndicator || measure.kind == core::MeasureKind::kElement) {
    return QuerySeries(store, measure, options);
  }
  const core::CatalogIndex index(catalog);
  if (!measure.org_unit.empty() && index.FindOrgUnit(measure.org_unit) == nullptr) {
    return core::Status::NotFound("unknown org unit '" + measure.org_unit + "'");
  }
  std::vector<analytics::MeasurePoint> points;
  for (int year = options.first_year; year <= options.last_year; ++year) {
    switch (measure.kind) {
      case core::MeasureKind::kActivities:
        points.push_back(Count(year, analytics::TallyOf(registry.activities, year, measure.code).held));
        break;
      case core::MeasureKind::kAttendees: {
        const analytics::ActivityTally tally = analytics::TallyOf(registry.activities, year, measure.code);
        if (tally.reported > 0) points.push_back(Count(year, static_cast<double>(tally.attendees)));
        else points.push_back({year, analytics::RowStatus::kMissing, std::nullopt, std::nullopt, std::nullopt});
        break;
      }
      case core::MeasureKind::kMembers: points.push_back(Count(year, FullMembers(catalog, measure.code, year))); break;
      case core::MeasureKind::kCoverage: {
        const analytics::Coverage coverage = analytics::CoverageOf(index, measure.org_unit, core::Period::Year(year));
        if (coverage.share) points.push_back(Count(year, *coverage.share * 100));
        else points.push_back({year, analytics::RowStatus::kMissing, std::nullopt, std::nullopt, std::nullopt});
        break;
      }
      case core::MeasureKind::kIndicator:
      case core::MeasureKind::kElement: break;  // answered above
    }
  }
  return points;
}

}  // namespace polyfon::app
