#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "analytics/value_cube.hpp"
#include "core/catalog.hpp"
#include "core/period.hpp"
#include "core/validation_rule.hpp"

namespace polyfon::analytics {

// A rule that does not hold for one unit and period, with both sides' values.
struct RuleViolation {
  core::ValidationRule rule;  // a copy: cheap (expressions share their trees)
  std::string org_unit;
  std::string period;
  double left = 0;
  double right = 0;
};

struct ValidationResult {
  std::vector<RuleViolation> violations;  // by rule, then unit (catalog order), then period
  int64_t checked = 0;  // (rule, unit, period) combinations with both sides known
  int64_t skipped = 0;  // combinations with some operands recorded but others missing
};

// Checks every rule for every unit of the rule's kind (every unit for "any") and every period in `periods`, on the values
// recorded for exactly that unit and period (nothing is aggregated: a rule compares what was
// reported). `#{e.c}` sums the entries of combo c over attribute combos; `children(...)` sums each
// operand over the unit's children (of the given kind, if any) in the hierarchy valid on the
// period's first day, and is missing
// when a child lacks a value (or counts it as 0 with missing_as_zero) or the unit has no children.
// Combinations where no operand has any value recorded are not counted at all.
ValidationResult RunValidationRules(std::span<const core::ValidationRule> rules, const core::CatalogIndex& index,
                                    const ValueCube& cube, std::span<const core::Period> periods);

}  // namespace polyfon::analytics
