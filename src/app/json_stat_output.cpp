#include "app/json_stat_output.hpp"

#include <nlohmann/json.hpp>

#include "app/json_number.hpp"

namespace polyfon::app {

namespace {

using Json = nlohmann::ordered_json;

Json Dimension(const std::string& label, const std::vector<std::string>& codes,
               const std::vector<std::string>& labels) {
  Json index = Json::object();
  Json names = Json::object();
  for (size_t i = 0; i < codes.size(); ++i) {
    index[codes[i]] = i;
    names[codes[i]] = labels[i];
  }
  return {{"label", label}, {"category", {{"index", index}, {"label", names}}}};
}

}  // namespace

std::string RenderJsonStat(const std::vector<analytics::ResultRow>& rows, const analytics::QuerySpec& spec,
                           const core::CatalogIndex& index) {
  std::vector<std::string> item_names;
  for (const std::string& item : spec.items) {
    if (const core::Indicator* i = index.FindIndicator(item)) {
      item_names.push_back(i->name);
    } else if (const core::DataElement* e = index.FindElement(item.substr(0, item.find('.')))) {
      item_names.push_back(item.find('.') == std::string::npos ? e->name : e->name + " (" + item.substr(item.find('.') + 1) + ")");
    } else {
      item_names.push_back(item);
    }
  }
  std::vector<std::string> unit_names;
  for (const std::string& ou : spec.org_units) {
    const core::OrgUnit* unit = index.FindOrgUnit(ou);
    unit_names.push_back(unit != nullptr ? unit->name : ou);
  }
  std::vector<std::string> period_ids;
  for (const core::Period& p : spec.periods) period_ids.push_back(p.Id());

  Json values = Json::array();
  Json status = Json::object();
  for (size_t i = 0; i < rows.size(); ++i) {
    const analytics::ResultRow& row = rows[i];
    if (row.status == analytics::RowStatus::kOk && row.value) {
      values.push_back(JsonNumber(*row.value));
    } else {
      values.push_back(nullptr);
      status[std::to_string(i)] = row.status == analytics::RowStatus::kSuppressed ? ":" : "..";
    }
  }
  Json dataset{{"version", "2.0"},
               {"class", "dataset"},
               {"label", item_names.size() == 1 ? item_names.front() : "Polyfon"},
               {"source", "Polyfon"},
               {"id", Json::array({"dx", "ou", "pe"})},
               {"size", Json::array({spec.items.size(), spec.org_units.size(), spec.periods.size()})},
               {"dimension",
                {{"dx", Dimension("Data", spec.items, item_names)},
                 {"ou", Dimension("Organisation unit", spec.org_units, unit_names)},
                 {"pe", Dimension("Period", period_ids, period_ids)}}},
               {"value", values}};
  if (!status.empty()) dataset["status"] = status;
  return dataset.dump();
}

}  // namespace polyfon::app
