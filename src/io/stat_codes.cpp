#include "io/stat_codes.hpp"

#include <algorithm>
#include <string_view>

#include "io/stat_period.hpp"

namespace polyfon::io {

namespace {

bool AllOf(std::string_view code, bool (*pred)(char)) {
  return !code.empty() && std::all_of(code.begin(), code.end(), pred);
}
bool IsZero(char c) { return c == '0'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "4601 (Bergen)", or "4601" where the label adds nothing.
std::string Named(const StatCategory& category) {
  return category.label.empty() || category.label == category.code ? category.code
                                                                   : category.code + " (" + category.label + ")";
}

const char* What(StatRole role) {
  switch (role) {
    case StatRole::kOrgUnit:
      return "org unit";
    case StatRole::kPeriod:
      return "period";
    case StatRole::kElement:
      return "data element";
    case StatRole::kCombo:
      return "category option combo";
    case StatRole::kAttribute:
      return "attribute option combo";
    case StatRole::kKeep:
      break;
  }
  return "category";
}

// The catalog code `code` names for `role`, or "" if the catalog has none such.
std::string InCatalog(StatRole role, const std::string& code, const core::CatalogIndex& catalog) {
  switch (role) {
    case StatRole::kOrgUnit:
      return catalog.FindOrgUnit(code) != nullptr ? code : "";
    case StatRole::kElement:
      return catalog.FindElement(code) != nullptr ? code : "";
    case StatRole::kCombo:
    case StatRole::kAttribute:
      return code == core::kDefaultCombo || catalog.FindCombo(code) != nullptr ? code : "";
    case StatRole::kPeriod:
    case StatRole::kKeep:
      break;
  }
  return "";
}

// SSB's conventions for region codes, and the catalog's names and aliases.
std::string OrgUnitByConvention(const std::string& code, const core::CatalogIndex& catalog) {
  if (AllOf(code, IsZero)) return catalog.FindOrgUnit("NO") != nullptr ? "NO" : "";  // "0": the whole country
  if (code.size() == 2 && AllOf(code, IsDigit) && catalog.FindOrgUnit("F-" + code) != nullptr) return "F-" + code;
  // SSB's summed municipalities ("K-4601", table 07459) are the municipality numbers aliases hold.
  const bool summed = code.size() == 6 && code.starts_with("K-") && AllOf(std::string_view(code).substr(2), IsDigit);
  const core::OrgUnit* unit = catalog.MatchOrgUnit(summed ? code.substr(2) : code);
  return unit != nullptr ? unit->code : "";
}

}  // namespace

StatCode MapStatCategory(StatRole role, const StatDimension& dimension, const StatCategory& category,
                         const StatMapping* mapping, const core::CatalogIndex& catalog) {
  if (mapping != nullptr) {
    const auto rule = mapping->codes.find({dimension.id, category.code});
    if (rule != mapping->codes.end()) {
      const std::string& target = rule->second.code;
      const std::string where = "the mapping (" + mapping->Where(rule->second.line) + ") gives ";
      if (role == StatRole::kPeriod) {
        auto period = StatPeriodId(target);
        if (!period) return {"", "period " + Named(category) + ": " + where + period.error().message()};
        return {*period, ""};
      }
      if (std::string code = InCatalog(role, target, catalog); !code.empty()) return {code, ""};
      return {"", std::string(What(role)) + " " + Named(category) + ": " + where + "'" + target +
                      "', which is not in the catalog"};
    }
  }
  if (role == StatRole::kPeriod) {
    auto period = StatPeriodId(category.code);
    if (!period) return {"", period.error().message()};
    return {*period, ""};
  }
  std::string code = InCatalog(role, category.code, catalog);
  if (code.empty() && role == StatRole::kOrgUnit) code = OrgUnitByConvention(category.code, catalog);
  if (!code.empty()) return {code, ""};
  return {"", std::string(What(role)) + " " + Named(category) + " is not in the catalog and not in the mapping"};
}

}  // namespace polyfon::io
