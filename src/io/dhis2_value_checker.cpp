#include "io/dhis2_value_checker.hpp"

#include <algorithm>

#include "core/period.hpp"
#include "core/uid.hpp"
#include "io/number_parser.hpp"

namespace polyfon::io {

namespace {

std::string AllowedCombos(const core::DataElement& element) {
  std::string text(core::kDefaultCombo);
  for (const std::string& combo : element.combos) text += ", " + combo;
  return text;
}

template <typename T>
using Finder = const T* (core::CatalogIndex::*)(std::string_view) const;

// The object `id` names by `scheme`, or nullptr after setting `problem`. A miss that the other
// scheme would have found says so, since a file written with uids read by code (or the other way
// round) is the likely mistake.
template <typename T>
const T* Find(const core::CatalogIndex& catalog, IdScheme scheme, std::string_view id, std::string_view what,
              Finder<T> by_code, Finder<T> by_uid, std::string& problem) {
  const bool uid = scheme == IdScheme::kUid;
  if (id.empty()) {
    const bool vowel = what.find_first_of("aeiou") == 0;
    problem =
        std::string("empty; ") + (vowel ? "an " : "a ") + std::string(what) + (uid ? " uid" : " code") + " is required";
    return nullptr;
  }
  if (const T* found = (catalog.*(uid ? by_uid : by_code))(id)) return found;
  const T* other = (catalog.*(uid ? by_code : by_uid))(id);
  problem = "unknown " + std::string(what) + (uid ? " uid '" : " '") + std::string(id) + "'";
  if (other != nullptr && uid) problem += " (it is a code; the id scheme here is UID)";
  if (other != nullptr && !uid) problem += " (it is the uid of '" + other->code + "'; the id scheme here is CODE)";
  return nullptr;
}

}  // namespace

Dhis2ValueChecker::Dhis2ValueChecker(const core::CatalogIndex& catalog, std::vector<core::DataValue>& values,
                                     const IdSchemes& schemes)
    : catalog_(catalog),
      element_scheme_(schemes.Element()),
      org_unit_scheme_(schemes.OrgUnit()),
      combo_scheme_(schemes.Combo()),
      attribute_combo_scheme_(schemes.AttributeCombo()),
      collector_(values) {}

void Dhis2ValueChecker::Report(Dhis2ValueSite& site, Dhis2Field field, std::string_view what) {
  site.Report(field, what);
  ok_ = false;
}

std::optional<core::DataValue> Dhis2ValueChecker::Check(const Dhis2ValueText& text, Dhis2ValueSite& site) {
  using F = Dhis2Field;
  ok_ = true;
  const core::DataElement* element = Element(text[F::kElement], site);
  std::string period = PeriodId(text[F::kPeriod], site);
  const core::OrgUnit* org_unit = OrgUnit(text[F::kOrgUnit], site);
  const std::string_view combo = Combo(F::kCombo, combo_scheme_, text[F::kCombo], element, site);
  const std::string_view attribute_combo =
      Combo(F::kAttributeCombo, attribute_combo_scheme_, text[F::kAttributeCombo], element, site);
  double value = 0;
  if (element != nullptr) {
    auto parsed = ParseValue(element->value_type, text[F::kValue]);
    if (parsed) {
      value = *parsed;
    } else {
      Report(site, F::kValue, parsed.error().message());
    }
  }
  bool followup = false;
  if (const std::string_view flag = text[F::kFollowup]; !flag.empty()) {
    auto parsed = ParseBoolean(flag);
    if (parsed) {
      followup = *parsed;
    } else {
      Report(site, F::kFollowup, parsed.error().message());
    }
  }
  if (!ok_) return std::nullopt;

  core::DataValue out;
  out.element = element->code;
  out.period = std::move(period);
  out.org_unit = org_unit->code;
  out.combo = std::string(combo);
  out.attribute_combo = std::string(attribute_combo);
  out.value = value;
  out.provenance.stored_by = std::string(text[F::kStoredBy]);
  out.provenance.last_updated = std::string(text[F::kLastUpdated]);
  out.provenance.comment = std::string(text[F::kComment]);
  out.provenance.followup = followup;
  return out;
}

void Dhis2ValueChecker::Collect(core::DataValue&& value, int64_t position, Dhis2ValueSite& site) {
  if (const auto conflict = collector_.Insert(std::move(value), position)) {
    site.Report(Dhis2Field::kValue, ConflictMessage(*conflict, site.Earlier(conflict->earlier_position)));
  }
}

std::string Dhis2ValueChecker::PeriodId(std::string_view text, Dhis2ValueSite& site) {
  if (text.empty()) {
    Report(site, Dhis2Field::kPeriod, "empty; a period is required");
    return {};
  }
  if (text == last_period_text_) return last_period_id_;
  auto period = core::Period::Parse(text);
  if (!period) {
    Report(site, Dhis2Field::kPeriod, period.error().message());
    return {};
  }
  last_period_text_ = std::string(text);
  last_period_id_ = period->Id();
  return last_period_id_;
}

const core::DataElement* Dhis2ValueChecker::Element(std::string_view id, Dhis2ValueSite& site) {
  std::string problem;
  const core::DataElement* element =
      Find<core::DataElement>(catalog_, element_scheme_, id, "data element", &core::CatalogIndex::FindElement,
                              &core::CatalogIndex::FindElementByUid, problem);
  if (element == nullptr) Report(site, Dhis2Field::kElement, problem);
  return element;
}

const core::OrgUnit* Dhis2ValueChecker::OrgUnit(std::string_view id, Dhis2ValueSite& site) {
  std::string problem;
  const core::OrgUnit* unit =
      Find<core::OrgUnit>(catalog_, org_unit_scheme_, id, "org unit", &core::CatalogIndex::FindOrgUnit,
                          &core::CatalogIndex::FindOrgUnitByUid, problem);
  if (unit == nullptr) Report(site, Dhis2Field::kOrgUnit, problem);
  return unit;
}

// The code of the combo `id` names ("default" if empty), reporting one that is unknown or not among
// the element's.
std::string_view Dhis2ValueChecker::Combo(Dhis2Field field, IdScheme scheme, std::string_view id,
                                          const core::DataElement* element, Dhis2ValueSite& site) {
  const bool uid = scheme == IdScheme::kUid;
  if (id.empty() || id == (uid ? core::kDefaultComboUid : core::kDefaultCombo)) return core::kDefaultCombo;
  std::string problem;
  const core::CategoryOptionCombo* combo =
      Find<core::CategoryOptionCombo>(catalog_, scheme, id, "category option combo", &core::CatalogIndex::FindCombo,
                                      &core::CatalogIndex::FindComboByUid, problem);
  if (combo == nullptr) {
    Report(site, field, problem);
    return {};
  }
  if (combo->code == core::kDefaultCombo) return core::kDefaultCombo;  // a given uid of the default combo
  if (element != nullptr &&
      std::find(element->combos.begin(), element->combos.end(), combo->code) == element->combos.end()) {
    Report(site, field,
           "'" + std::string(id) + "'" + (uid ? " (" + combo->code + ")" : std::string()) +
               " is not a combo of data element '" + element->code + "' (allowed: " + AllowedCombos(*element) + ")");
  }
  return combo->code;
}

}  // namespace polyfon::io
