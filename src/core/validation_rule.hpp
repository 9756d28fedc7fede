#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/expression.hpp"
#include "core/org_unit.hpp"

namespace polyfon::core {

enum class RuleOperator { kEqual, kNotEqual, kLess, kLessOrEqual, kGreater, kGreaterOrEqual };
enum class RuleImportance { kLow, kMedium, kHigh };

// "==", "!=", "<", "<=", ">", ">=" and back.
const char* RuleOperatorSymbol(RuleOperator op);
std::optional<RuleOperator> ParseRuleOperator(std::string_view symbol);
// "low", "medium", "high" and back.
const char* RuleImportanceName(RuleImportance importance);
std::optional<RuleImportance> ParseRuleImportance(std::string_view name);

// A check on recorded data, as DHIS2 writes validation rules: left side, operator, right side,
// evaluated for each unit of one kind and each period. "The four regions add up to the nation":
//   left  #{population}   operator ==   right children(#{population})   org_unit_kind nation
struct ValidationRule {
  std::string code;
  std::string name;
  Expression left;
  RuleOperator op = RuleOperator::kEqual;
  Expression right;
  std::optional<OrgUnitKind> org_unit_kind;  // the units checked; nullopt = every unit ("any")
  RuleImportance importance = RuleImportance::kMedium;
  // When false (DHIS2's "skip if any value is missing"), a side with a missing operand is not
  // checked; when true, missing operands count as 0.
  bool missing_as_zero = false;

  // Whether `left op right` holds. Equality allows a relative difference of 1e-9 (values pass
  // through decimal text and back).
  bool Holds(double left_value, double right_value) const;
};

}  // namespace polyfon::core
