#include "core/validation_rule.hpp"

#include <algorithm>
#include <cmath>

#include "core/enum_names.hpp"

namespace polyfon::core {
namespace {

constexpr EnumNameTable<RuleOperator, 6> kOperators{{
    {RuleOperator::kEqual, "=="},
    {RuleOperator::kNotEqual, "!="},
    {RuleOperator::kLess, "<"},
    {RuleOperator::kLessOrEqual, "<="},
    {RuleOperator::kGreater, ">"},
    {RuleOperator::kGreaterOrEqual, ">="},
}};

constexpr EnumNameTable<RuleImportance, 3> kImportances{{
    {RuleImportance::kLow, "low"},
    {RuleImportance::kMedium, "medium"},
    {RuleImportance::kHigh, "high"},
}};

}  // namespace

const char* RuleOperatorSymbol(RuleOperator op) { return EnumName(kOperators, op); }
std::optional<RuleOperator> ParseRuleOperator(std::string_view symbol) { return EnumFromName(kOperators, symbol); }
const char* RuleImportanceName(RuleImportance importance) { return EnumName(kImportances, importance); }
std::optional<RuleImportance> ParseRuleImportance(std::string_view name) { return EnumFromName(kImportances, name); }

bool ValidationRule::Holds(double l, double r) const {
  const bool equal = std::fabs(l - r) <= 1e-9 * std::max({1.0, std::fabs(l), std::fabs(r)});
  switch (op) {
    case RuleOperator::kEqual: return equal;
    case RuleOperator::kNotEqual: return !equal;
    case RuleOperator::kLess: return l < r && !equal;
    case RuleOperator::kLessOrEqual: return l <= r || equal;
    case RuleOperator::kGreater: return l > r && !equal;
    case RuleOperator::kGreaterOrEqual: return l >= r || equal;
  }
  return false;
}

}  // namespace polyfon::core
