#include "app/json_stat_output.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "app/item_label.hpp"
#include "app/json_number.hpp"

namespace polyfon::app {

namespace {

using Json = nlohmann::ordered_json;

// One dimension of a dataset: its id, label and categories (codes as ids, names as labels).
struct Axis {
  std::string id;
  std::string label;
  std::vector<std::string> codes;
  std::vector<std::string> labels;
};

Json Dimension(const Axis& axis) {
  Json index = Json::object();
  Json names = Json::object();
  for (size_t i = 0; i < axis.codes.size(); ++i) {
    index[axis.codes[i]] = i;
    names[axis.codes[i]] = axis.labels[i];
  }
  return {{"label", axis.label}, {"category", {{"index", index}, {"label", names}}}};
}

// A JSON-stat 2.0 dataset of `axes`, with `values` row-major (the last axis varying fastest) and
// `status` by cell index (omitted when empty); `role` is omitted when null.
std::string Dataset(const std::string& label, const std::vector<Axis>& axes, Json values, const Json& status,
                    const Json& role) {
  Json ids = Json::array();
  Json sizes = Json::array();
  Json dimensions = Json::object();
  for (const Axis& axis : axes) {
    ids.push_back(axis.id);
    sizes.push_back(axis.codes.size());
    dimensions[axis.id] = Dimension(axis);
  }
  Json dataset{{"version", "2.0"},    {"class", "dataset"}, {"label", label},
               {"source", "Polyfon"}, {"id", ids},          {"size", sizes}};
  if (!role.is_null()) dataset["role"] = role;
  dataset["dimension"] = std::move(dimensions);
  dataset["value"] = std::move(values);
  if (!status.empty()) dataset["status"] = status;
  // Stored names passed the importers' UTF-8 check; replacing keeps a damaged one from throwing.
  return dataset.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// A stored number as it is, so that importing the file gives it back: whole numbers as integers,
// others as the shortest decimal that reads back to the same double.
Json ExactNumber(double value) {
  if (!std::isfinite(value)) return nullptr;
  if (std::floor(value) == value && std::fabs(value) < 9e15) return static_cast<int64_t>(value);
  return value;
}

// The codes of `values` picked by `code`, in the order of `order` (catalog order), then any
// others sorted, each with the label `name` gives.
template <typename Code, typename Label>
Axis AxisOf(std::string id, std::string label, const std::vector<ExportedValue>& values,
            const std::vector<std::string>& order, Code code, Label name) {
  std::vector<std::string> present;
  for (const ExportedValue& v : values) present.push_back(code(v.value));
  std::sort(present.begin(), present.end());
  present.erase(std::unique(present.begin(), present.end()), present.end());
  Axis axis{std::move(id), std::move(label), {}, {}};
  std::set<std::string> added;  // `order` may name a code twice: periods come once per value
  for (const std::string& c : order) {
    if (std::binary_search(present.begin(), present.end(), c) && added.insert(c).second) axis.codes.push_back(c);
  }
  for (const std::string& c : present) {
    if (added.insert(c).second) axis.codes.push_back(c);
  }
  for (const std::string& c : axis.codes) axis.labels.push_back(name(c));
  return axis;
}

}  // namespace

std::string RenderJsonStat(const std::vector<analytics::ResultRow>& rows, const analytics::QuerySpec& spec,
                           const core::CatalogIndex& index) {
  Axis items{"dx", "Data", spec.items, {}};
  for (const std::string& item : spec.items) items.labels.push_back(ItemLabel(item, index));
  Axis units{"ou", "Organisation unit", spec.org_units, {}};
  for (const std::string& ou : spec.org_units) {
    const core::OrgUnit* unit = index.FindOrgUnit(ou);
    units.labels.push_back(unit != nullptr ? unit->name : ou);
  }
  Axis periods{"pe", "Period", {}, {}};
  for (const core::Period& p : spec.periods) periods.codes.push_back(p.Id());
  periods.labels = periods.codes;

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
  return Dataset(items.labels.size() == 1 ? items.labels.front() : "Polyfon", {items, units, periods},
                 std::move(values), status, nullptr);
}

std::string RenderValuesJsonStat(const std::vector<ExportedValue>& values, const core::CatalogIndex& index) {
  const core::Catalog& catalog = index.catalog();
  std::vector<std::string> element_order;
  for (const core::DataElement& e : catalog.elements) element_order.push_back(e.code);
  std::vector<std::string> combo_order{std::string(core::kDefaultCombo)};
  for (const core::CategoryOptionCombo& c : catalog.combos) combo_order.push_back(c.code);
  std::vector<std::string> unit_order;
  for (const core::OrgUnit& u : catalog.org_units) unit_order.push_back(u.code);
  // Periods in time order: by first day, a year before its first quarter and month.
  std::vector<std::tuple<core::Date, long, std::string>> periods;
  for (const ExportedValue& v : values) {
    auto period = core::Period::Parse(v.value.period);
    if (period) periods.emplace_back(period->Start(), -period->End().DaysSinceEpoch(), v.value.period);
  }
  std::sort(periods.begin(), periods.end());
  std::vector<std::string> period_order;
  for (const auto& p : periods) period_order.push_back(std::get<2>(p));

  const auto combo_name = [&](const std::string& code) {
    const core::CategoryOptionCombo* combo = index.FindCombo(code);
    return combo != nullptr ? combo->name : code == core::kDefaultCombo ? std::string("Total") : code;
  };
  std::vector<Axis> axes{
      AxisOf(
          "dx", "Data element", values, element_order, [](const core::DataValue& v) { return v.element; },
          [&](const std::string& code) {
            const core::DataElement* e = index.FindElement(code);
            return e != nullptr ? e->name : code;
          }),
      AxisOf(
          "co", "Disaggregation", values, combo_order, [](const core::DataValue& v) { return v.combo; }, combo_name),
      AxisOf(
          "ou", "Organisation unit", values, unit_order, [](const core::DataValue& v) { return v.org_unit; },
          [&](const std::string& code) {
            const core::OrgUnit* u = index.FindOrgUnit(code);
            return u != nullptr ? u->name : code;
          }),
      AxisOf(
          "pe", "Period", values, period_order, [](const core::DataValue& v) { return v.period; },
          [](const std::string& code) { return code; }),
  };
  // Attribute combos only where a value has one: most clusters never use them.
  const bool attributes = std::any_of(values.begin(), values.end(), [](const ExportedValue& v) {
    return v.value.attribute_combo != core::kDefaultCombo;
  });
  if (attributes) {
    axes.insert(axes.begin() + 2, AxisOf(
                                      "ao", "Attribute", values, combo_order,
                                      [](const core::DataValue& v) { return v.attribute_combo; }, combo_name));
  }

  // Cell index of each value: the axes' positions, the last axis varying fastest.
  std::vector<std::map<std::string, size_t>> positions(axes.size());
  size_t cells = 1;
  for (size_t a = 0; a < axes.size(); ++a) {
    for (size_t i = 0; i < axes[a].codes.size(); ++i) positions[a][axes[a].codes[i]] = i;
    cells *= axes[a].codes.size();
  }
  Json cell_values(Json::value_t::array);
  for (size_t i = 0; i < cells; ++i) cell_values.push_back(nullptr);
  Json status = Json::object();
  for (const ExportedValue& exported : values) {
    const core::DataValue& v = exported.value;
    std::vector<const std::string*> codes{&v.element, &v.combo, &v.org_unit, &v.period};
    if (attributes) codes.insert(codes.begin() + 2, &v.attribute_combo);
    size_t cell = 0;
    for (size_t a = 0; a < axes.size(); ++a) cell = cell * axes[a].codes.size() + positions[a].at(*codes[a]);
    if (exported.suppressed) {
      status[std::to_string(cell)] = ":";  // confidential, as SSB marks it
    } else {
      cell_values[cell] = ExactNumber(v.value);
    }
  }
  const Json role{{"time", {"pe"}}, {"geo", {"ou"}}, {"metric", {"dx"}}};
  return Dataset(axes[0].codes.size() == 1 ? axes[0].labels.front() : "Polyfon data values", axes,
                 std::move(cell_values), status, role);
}

}  // namespace polyfon::app
