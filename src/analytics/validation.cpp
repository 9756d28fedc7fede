#include "analytics/validation.hpp"

#include <optional>

namespace polyfon::analytics {
namespace {

// The value recorded for the operand's element and combo at exactly (unit, period).
std::optional<double> Recorded(const ValueCube& cube, const core::Operand& operand, const std::string& unit,
                               const core::Period& period) {
  const std::vector<CellEntry>* entries = cube.Find(operand.element, unit, period);
  if (entries == nullptr) return std::nullopt;
  std::optional<double> sum;
  for (const CellEntry& entry : *entries) {
    if (entry.combo == operand.combo) sum = sum.value_or(0) + entry.value;
  }
  return sum;
}

}  // namespace

ValidationResult RunValidationRules(std::span<const core::ValidationRule> rules, const core::CatalogIndex& index,
                                    const ValueCube& cube, std::span<const core::Period> periods) {
  ValidationResult result;
  for (const core::ValidationRule& rule : rules) {
    for (const core::OrgUnit& unit : index.catalog().org_units) {
      if (rule.org_unit_kind && unit.kind != *rule.org_unit_kind) continue;
      for (const core::Period& period : periods) {
        const std::vector<std::string> children = index.ChildrenOn(unit.code, period.Start());
        bool any_recorded = false;
        auto resolve = [&](const core::Operand& operand) -> std::optional<double> {
          if (!operand.children) {
            std::optional<double> value = Recorded(cube, operand, unit.code, period);
            any_recorded |= value.has_value();
            return value;
          }
          if (children.empty()) return std::nullopt;
          double sum = 0;
          bool complete = true;
          size_t matched = 0;
          for (const std::string& child : children) {
            if (!operand.children_kind.empty()) {
              const core::OrgUnit* child_unit = index.FindOrgUnit(child);
              if (child_unit == nullptr || operand.children_kind != core::OrgUnitKindName(child_unit->kind)) continue;
            }
            ++matched;
            std::optional<double> value = Recorded(cube, operand, child, period);
            any_recorded |= value.has_value();
            complete &= value.has_value();
            sum += value.value_or(0);
          }
          if (matched == 0 || (!complete && !rule.missing_as_zero)) return std::nullopt;
          return sum;
        };
        const std::optional<double> left = rule.left.Evaluate(resolve, rule.missing_as_zero);
        const std::optional<double> right = rule.right.Evaluate(resolve, rule.missing_as_zero);
        if (!any_recorded) continue;  // nothing reported here: nothing to check
        if (!left || !right) {
          ++result.skipped;
          continue;
        }
        ++result.checked;
        if (!rule.Holds(*left, *right)) result.violations.push_back({rule, unit.code, period.Id(), *left, *right});
      }
    }
  }
  return result;
}

}  // namespace polyfon::analytics
