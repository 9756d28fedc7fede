#include "app/report_snapshot.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/measure_series.hpp"
#include "app/report_sections.hpp"
#include "app/sha256.hpp"

namespace polyfon::app {

namespace {
using nlohmann::json;

constexpr const char* kSchema = "polyfon.report-snapshot/1";

json Text(const core::LocalText& text) { return {{"nn", text.nn}, {"nb", text.nb}, {"en", text.en}}; }

json Number(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

// How a figure reads: a rate per `factor` inhabitants, a percent, or a plain number.
json UnitOf(const core::Measure& measure, const core::CatalogIndex& index) {
  if (measure.kind == core::MeasureKind::kCoverage) return {{"kind", "percent"}};
  if (measure.kind == core::MeasureKind::kIndicator) {
    const core::Indicator* indicator = index.FindIndicator(measure.code);
    if (indicator != nullptr && indicator->factor != 1) return {{"kind", "rate"}, {"per", indicator->factor}};
  }
  return {{"kind", "number"}};
}

// The catalog's name of what the measure counts, for labels the goal does not give.
std::string MeasureName(const core::Measure& measure, const core::CatalogIndex& index) {
  if (measure.kind == core::MeasureKind::kIndicator) {
    if (const core::Indicator* indicator = index.FindIndicator(measure.code)) return indicator->name;
  }
  if (measure.kind == core::MeasureKind::kElement) {
    if (const core::DataElement* element = index.FindElement(measure.code)) return element->name;
  }
  return "";
}

core::Result<json> GoalsSection(core::Store& store, const core::Catalog& catalog, const core::CatalogIndex& index,
                                const core::ClusterRegistry& registry, const ReportRequest& request,
                                json& org_unit_names) {
  SeriesOptions options;
  options.first_year = request.first_year;
  options.last_year = request.year;
  options.level = request.level;
  options.min_count = request.min_count;
  std::vector<const core::Goal*> goals;
  for (const core::Goal& goal : registry.goals) goals.push_back(&goal);
  std::sort(goals.begin(), goals.end(),
            [](const core::Goal* a, const core::Goal* b) { return core::GoalCodeLess(a->code, b->code); });
  json out = json::array();
  for (const core::Goal* goal : goals) {
    json indicators = json::array();
    for (const core::GoalIndicator& indicator : goal->indicators) {
      POLYFON_ASSIGN_OR_RETURN(const std::vector<analytics::MeasurePoint> series,
                               MeasureSeries(store, catalog, registry, indicator.measure, options));
      json points = json::array();
      for (const analytics::MeasurePoint& point : series) {
        points.push_back({{"year", point.year}, {"status", analytics::RowStatusName(point.status)},
                          {"value", Number(point.value)}, {"ci_low", Number(point.ci_low)},
                          {"ci_high", Number(point.ci_high)}});
      }
      json targets = json::object();
      for (const auto& [year, value] : indicator.targets) targets[std::to_string(year)] = value;
      if (const core::OrgUnit* unit = index.FindOrgUnit(indicator.measure.org_unit)) {
        org_unit_names[unit->code] = unit->name;
      }
      indicators.push_back({{"measure", core::MeasureText(indicator.measure)},
                            {"kind", core::MeasureKindName(indicator.measure.kind)},
                            {"code", indicator.measure.code}, {"ou", indicator.measure.org_unit},
                            {"label", Text(indicator.label)}, {"name", MeasureName(indicator.measure, index)},
                            {"dimension", core::DimensionName(indicator.dimension)},
                            {"direction", indicator.higher_is_better ? "higher" : "lower"},
                            {"unit", UnitOf(indicator.measure, index)}, {"targets", targets}, {"series", points}});
    }
    out.push_back({{"code", goal->code}, {"parent", goal->parent}, {"title", Text(goal->title)},
                   {"indicators", indicators}});
  }
  return out;
}

json ParticipantNames(const core::Catalog& catalog) {
  json names = json::object();
  for (const core::Participant& participant : catalog.participants) names[participant.code] = participant.name;
  return names;
}
}  // namespace

core::Result<std::string> TakeReportSnapshot(core::Store& store, const ReportRequest& request) {
  if (request.year < request.first_year || request.year > 2100) {
    return core::Status::InvalidArgument("the report year must be between " + std::to_string(request.first_year) +
                                         " and 2100");
  }
  const std::optional<core::Date> as_of = core::ParseDate(request.taken_at.substr(0, 10));
  if (!as_of || request.taken_at.size() < 10) {
    return core::Status::InvalidArgument("'" + request.taken_at + "' is not an ISO 8601 time");
  }
  POLYFON_ASSIGN_OR_RETURN(const int64_t data_version, store.DataVersion());
  POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
  POLYFON_ASSIGN_OR_RETURN(const core::ClusterRegistry registry, store.LoadRegistry());
  const core::CatalogIndex index(catalog);
  json org_unit_names = json::object();
  POLYFON_ASSIGN_OR_RETURN(json goals, GoalsSection(store, catalog, index, registry, request, org_unit_names));
  json coverage = report_sections::Coverage(index, request);
  for (const json& row : coverage) {
    const std::string code = row["ou"].get<std::string>();
    if (const core::OrgUnit* unit = index.FindOrgUnit(code)) org_unit_names[code] = unit->name;
  }
  json snapshot = {
      {"schema", kSchema},
      {"year", request.year},
      {"first_year", request.first_year},
      {"taken_at", request.taken_at},
      {"data_version", data_version},
      {"min_count", request.min_count},
      {"level", request.level},
      {"names", {{"org_units", org_unit_names}, {"participants", ParticipantNames(catalog)}}},
      {"goals", goals},
      {"membership", report_sections::Membership(catalog, request)},
      {"coverage", coverage},
      {"activities", report_sections::Activities(registry, request)},
      {"plan", report_sections::Plan(registry, request, *as_of)},
      {"bodies", report_sections::Bodies(registry, request)},
  };
  return snapshot.dump();
}

core::Result<std::string> SnapshotHash(std::string_view snapshot) {
  json parsed = json::parse(snapshot, nullptr, false);
  if (parsed.is_discarded()) return core::Status::InvalidArgument("the report snapshot is not JSON");
  return Sha256Hex(parsed.dump());
}

}  // namespace polyfon::app
