#include "app/export_values.hpp"

#include <algorithm>
#include <optional>
#include <tuple>
#include <unordered_set>

#include "analytics/suppression.hpp"
#include "analytics/value_cube.hpp"
#include "app/known_codes.hpp"
#include "core/catalog.hpp"

namespace polyfon::app {

core::Result<std::vector<core::Period>> ParseExportPeriods(std::string_view text) {
  if (text.empty()) return std::vector<core::Period>{};
  std::string selection(text);
  std::replace(selection.begin(), selection.end(), ',', ';');
  return core::ParsePeriodSelection(selection);
}

namespace {

// What public output hides over all stored counts, whatever the export's own selection: a hidden
// count is protected by cells the selection may not include.
core::Result<analytics::Suppression> PublicSuppression(core::Store& store, const core::CatalogIndex& index,
                                                       int min_count, const std::set<std::string>& known_units) {
  core::ValueFilter counts;
  for (const core::DataElement& element : index.catalog().elements) {
    if (core::IsCount(element)) counts.elements.push_back(element.code);
  }
  if (counts.elements.empty()) return analytics::Suppression();
  POLYFON_ASSIGN_OR_RETURN(const std::vector<core::DataValue> values, store.LoadValues(counts));
  return analytics::Suppression::Compute(index, analytics::ValueCube(values), min_count, known_units);
}

// The codes of selectors given as codes or uids (DHIS2 clients select by uid); a selector that is
// neither stays as it is, for CheckKnownCodes to report.
template <typename T>
std::vector<std::string> SelectorCodes(const std::vector<std::string>& selectors, const core::CatalogIndex& index,
                                       const T* (core::CatalogIndex::*by_code)(std::string_view) const,
                                       const T* (core::CatalogIndex::*by_uid)(std::string_view) const) {
  std::vector<std::string> codes;
  codes.reserve(selectors.size());
  for (const std::string& selector : selectors) {
    const T* by_uid_found = (index.*by_code)(selector) == nullptr ? (index.*by_uid)(selector) : nullptr;
    codes.push_back(by_uid_found != nullptr ? by_uid_found->code : selector);
  }
  return codes;
}

// Names the value's element, org unit and combos as `schemes` say. REQUIRES: they are in `index`
// (the default combo need not be).
void ApplyIdSchemes(const io::IdSchemes& schemes, const core::CatalogIndex& index, core::DataValue& value) {
  using io::IdScheme;
  if (schemes.Element() == IdScheme::kUid) value.element = index.ElementUid(value.element);
  if (schemes.OrgUnit() == IdScheme::kUid) value.org_unit = index.OrgUnitUid(value.org_unit);
  if (schemes.Combo() == IdScheme::kUid) value.combo = index.ComboUid(value.combo);
  if (schemes.AttributeCombo() == IdScheme::kUid) value.attribute_combo = index.ComboUid(value.attribute_combo);
}

}  // namespace

core::Result<std::vector<ExportedValue>> ExportValues(core::Store& store, const ExportSpec& spec) {
  POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
  const core::CatalogIndex index(catalog);
  const std::vector<std::string> elements =
      SelectorCodes(spec.elements, index, &core::CatalogIndex::FindElement, &core::CatalogIndex::FindElementByUid);
  const std::vector<std::string> selected_units =
      SelectorCodes(spec.org_units, index, &core::CatalogIndex::FindOrgUnit, &core::CatalogIndex::FindOrgUnitByUid);
  POLYFON_RETURN_IF_ERROR(CheckKnownCodes(index, elements, selected_units));

  // The store filters by element and date range; units and exact periods are picked here.
  core::ValueFilter filter;
  filter.elements = elements;
  std::unordered_set<std::string> period_ids;
  for (const core::Period& period : spec.periods) {
    if (!filter.from || period.Start() < *filter.from) filter.from = period.Start();
    if (!filter.to || period.End() > *filter.to) filter.to = period.End();
    period_ids.insert(period.Id());
  }
  const std::unordered_set<std::string> org_units(selected_units.begin(), selected_units.end());
  POLYFON_ASSIGN_OR_RETURN(std::vector<core::DataValue> values, store.LoadValues(filter));
  std::optional<analytics::Suppression> suppression;
  if (spec.public_output) {
    POLYFON_ASSIGN_OR_RETURN(suppression, PublicSuppression(store, index, spec.min_count, spec.known_units));
  }

  std::vector<ExportedValue> out;
  out.reserve(values.size());
  for (core::DataValue& value : values) {
    if (!period_ids.empty() && !period_ids.contains(value.period)) continue;
    if (!org_units.empty() && !org_units.contains(value.org_unit)) continue;
    const core::DataElement* element = index.FindElement(value.element);
    if (element == nullptr) {
      return core::Status::Corruption("stored value of unknown data element '" + value.element + "'");
    }
    ExportedValue exported;
    exported.value_type = element->value_type;
    if (suppression && core::IsCount(*element) && !spec.known_units.contains(value.org_unit)) {
      const auto period = core::Period::Parse(value.period);
      const std::string combo = value.combo == core::kDefaultCombo ? "" : value.combo;
      exported.suppressed = (value.value >= 1 && value.value < spec.min_count) ||
                            (period && suppression->Hides(value.element, combo, value.org_unit, *period));
    }
    exported.value = std::move(value);
    out.push_back(std::move(exported));
  }
  std::sort(out.begin(), out.end(), [](const ExportedValue& a, const ExportedValue& b) {
    const core::DataValue& x = a.value;
    const core::DataValue& y = b.value;
    return std::tie(x.element, x.org_unit, x.period, x.combo, x.attribute_combo) <
           std::tie(y.element, y.org_unit, y.period, y.combo, y.attribute_combo);
  });
  if (!spec.id_schemes.AllCode()) {
    for (ExportedValue& exported : out) ApplyIdSchemes(spec.id_schemes, index, exported.value);
  }
  return out;
}

}  // namespace polyfon::app
