#include "app/chart_spec.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <nlohmann/json.hpp>

#include "app/json_number.hpp"
#include "app/query_data.hpp"
#include "core/catalog.hpp"

namespace polyfon::app {

namespace {

using Json = nlohmann::ordered_json;

struct Words {
  const char* period;
  const char* unit;
  const char* interval;
  const char* hidden;
  const char* reference;
};

const std::map<std::string, Words>& Dictionary() {
  static const std::map<std::string, Words> words{
      {"nn", {"Periode", "Eining", "Konfidensintervall", "skjult (under 5)", "Referanse"}},
      {"nb", {"Periode", "Enhet", "Konfidensintervall", "skjult (under 5)", "Referanse"}},
      {"en", {"Period", "Unit", "Confidence interval", "hidden (below 5)", "Reference"}},
  };
  return words;
}

Json Row(const analytics::ResultRow& row, const std::string& name) {
  Json out{{"ou", row.ou}, {"name", name}, {"pe", row.pe}, {"status", analytics::RowStatusName(row.status)}};
  if (row.status == analytics::RowStatus::kOk) {
    if (row.value) out["value"] = JsonNumber(*row.value);
    if (row.ci_low) out["ci_low"] = JsonNumber(*row.ci_low);
    if (row.ci_high) out["ci_high"] = JsonNumber(*row.ci_high);
  }
  return out;
}

}  // namespace

core::Result<std::string> BuildChartSpec(core::Store& store, const ChartRequest& request) {
  if (request.spec.items.size() != 1) return core::Status::InvalidArgument("a chart shows one item (dx)");
  auto words_it = Dictionary().find(request.language);
  if (words_it == Dictionary().end()) return core::Status::InvalidArgument("lang must be nn, nb or en");
  const Words& w = words_it->second;

  analytics::QuerySpec spec = request.spec;
  const bool with_reference = !request.reference.empty();
  if (with_reference && std::find(spec.org_units.begin(), spec.org_units.end(), request.reference) == spec.org_units.end()) {
    spec.org_units.push_back(request.reference);
  }
  POLYFON_ASSIGN_OR_RETURN(const std::vector<analytics::ResultRow> rows, QueryData(store, spec));
  POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
  const core::CatalogIndex index(catalog);
  auto name_of = [&](const std::string& code) {
    const core::OrgUnit* unit = index.FindOrgUnit(code);
    return unit != nullptr ? unit->name : code;
  };
  std::string title = request.title;
  if (title.empty()) {
    const std::string& item = request.spec.items.front();
    const core::Indicator* indicator = index.FindIndicator(item);
    const core::DataElement* element = index.FindElement(item);
    title = indicator != nullptr ? indicator->name : element != nullptr ? element->name : item;
  }

  // Periods with a figure (or a hidden one) in some series: the axis spans the first to the last.
  std::set<std::string> with_data;
  for (const analytics::ResultRow& row : rows) {
    if (row.status != analytics::RowStatus::kMissing) with_data.insert(row.pe);
  }
  std::vector<std::string> periods;
  for (const core::Period& period : spec.periods) periods.push_back(period.Id());
  auto has_data = [&](const std::string& pe) { return with_data.count(pe) > 0; };
  const auto first = std::find_if(periods.begin(), periods.end(), has_data);
  const auto last = std::find_if(periods.rbegin(), periods.rend(), has_data);
  const std::set<std::string> shown = first == periods.end() ? std::set<std::string>(periods.begin(), periods.end())
                                                             : std::set<std::string>(first, last.base());

  Json values = Json::array();
  Json reference = Json::array();
  for (const analytics::ResultRow& row : rows) {
    if (shown.count(row.pe) == 0) continue;
    const bool is_reference = with_reference && row.ou == request.reference;
    (is_reference ? reference : values).push_back(Row(row, name_of(row.ou)));
  }

  const Json x{{"field", "pe"}, {"type", "ordinal"}, {"title", w.period}};
  const Json color{{"field", "name"}, {"type", "nominal"}, {"title", w.unit}};
  Json layers = Json::array();
  layers.push_back({{"mark", {{"type", "line"}, {"point", true}}},
                    {"encoding",
                     {{"x", x},
                      {"y", {{"field", "value"}, {"type", "quantitative"}, {"title", title}}},
                      {"color", color},
                      {"tooltip",
                       Json::array({{{"field", "name"}, {"title", w.unit}},
                                    {{"field", "pe"}, {"title", w.period}},
                                    {{"field", "value"}, {"type", "quantitative"}},
                                    {{"field", "ci_low"}, {"type", "quantitative"}, {"title", w.interval}},
                                    {{"field", "ci_high"}, {"type", "quantitative"}}})}}}});
  layers.push_back({{"mark", {{"type", "errorbar"}, {"ticks", true}}},
                    {"encoding",
                     {{"x", x},
                      {"y", {{"field", "ci_low"}, {"type", "quantitative"}, {"title", title}}},
                      {"y2", {{"field", "ci_high"}}},
                      {"color", color}}}});
  // Suppressed cells: a mark at the axis with a label, so a gap is not read as zero.
  layers.push_back({{"transform", Json::array({{{"filter", "datum.status === 'suppressed'"}}})},
                    {"mark", {{"type", "point"}, {"shape", "cross"}, {"size", 60}}},
                    {"encoding",
                     {{"x", x},
                      {"y", {{"datum", 0}}},
                      {"color", color},
                      {"tooltip", Json::array({{{"field", "name"}, {"title", w.unit}},
                                               {{"field", "pe"}, {"title", w.period}},
                                               {{"field", "status"}, {"title", w.hidden}}})}}}});
  if (with_reference) {
    layers.push_back({{"data", {{"values", reference}}},
                      {"mark", {{"type", "line"}, {"strokeDash", Json::array({6, 4})}, {"color", "#444"}}},
                      {"encoding",
                       {{"x", x},
                        {"y", {{"field", "value"}, {"type", "quantitative"}}},
                        {"tooltip", Json::array({{{"field", "name"}, {"title", w.reference}},
                                                 {{"field", "pe"}, {"title", w.period}},
                                                 {{"field", "value"}, {"type", "quantitative"}}})}}}});
  }
  Json chart{{"$schema", "https://vega.github.io/schema/vega-lite/v5.json"},
             {"description", title},
             {"width", "container"},
             {"height", 320},
             {"data", {{"values", values}}},
             {"layer", layers}};
  return chart.dump();
}

}  // namespace polyfon::app
