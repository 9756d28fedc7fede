#include "io/dhis2_value_checker.hpp"

#include <algorithm>

#include "core/period.hpp"
#include "io/number_parser.hpp"

namespace polyfon::io {

namespace {

std::string AllowedCombos(const core::DataElement& element) {
  std::string text(core::kDefaultCombo);
  for (const std::string& combo : element.combos) text += ", " + combo;
  return text;
}

}  // namespace

Dhis2ValueChecker::Dhis2ValueChecker(const core::CatalogIndex& catalog, std::vector<core::DataValue>& values)
    : catalog_(catalog), collector_(values) {}

void Dhis2ValueChecker::Report(Dhis2ValueSite& site, Dhis2Field field, std::string_view what) {
  site.Report(field, what);
  ok_ = false;
}

std::optional<core::DataValue> Dhis2ValueChecker::Check(const Dhis2ValueText& text, Dhis2ValueSite& site) {
  using F = Dhis2Field;
  ok_ = true;
  const core::DataElement* element = nullptr;
  if (const std::string_view code = text[F::kElement]; code.empty()) {
    Report(site, F::kElement, "empty; a data element code is required");
  } else if ((element = catalog_.FindElement(code)) == nullptr) {
    Report(site, F::kElement, "unknown data element '" + std::string(code) + "'");
  }
  std::string period = PeriodId(text[F::kPeriod], site);
  const std::string_view org_unit = text[F::kOrgUnit];
  if (org_unit.empty()) {
    Report(site, F::kOrgUnit, "empty; an org unit code is required");
  } else if (catalog_.FindOrgUnit(org_unit) == nullptr) {
    Report(site, F::kOrgUnit, "unknown org unit '" + std::string(org_unit) + "'");
  }
  const std::string_view combo = Combo(F::kCombo, text[F::kCombo], element, site);
  const std::string_view attribute_combo = Combo(F::kAttributeCombo, text[F::kAttributeCombo], element, site);
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
  out.org_unit = std::string(org_unit);
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

// The combo `code` ("default" if empty), reporting one that is unknown or not among the element's.
std::string_view Dhis2ValueChecker::Combo(Dhis2Field field, std::string_view code, const core::DataElement* element,
                                          Dhis2ValueSite& site) {
  if (code.empty() || code == core::kDefaultCombo) return core::kDefaultCombo;
  if (catalog_.FindCombo(code) == nullptr) {
    Report(site, field, "unknown category option combo '" + std::string(code) + "'");
  } else if (element != nullptr &&
             std::find(element->combos.begin(), element->combos.end(), code) == element->combos.end()) {
    Report(site, field,
           "'" + std::string(code) + "' is not a combo of data element '" + element->code +
               "' (allowed: " + AllowedCombos(*element) + ")");
  }
  return code;
}

}  // namespace polyfon::io
