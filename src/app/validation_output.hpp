#pragma once

#include <string>

#include "app/validate.hpp"

namespace polyfon::app {

// One violation in a sentence: "validation rule CODE (importance) does not hold for NO-HV 2018:
// 456 < 400 (NAME)".
std::string DescribeViolation(const analytics::RuleViolation& violation);

// A validation report for a terminal: one line per violation (rule, importance, unit, period,
// left operator right), then outliers, then a summary line.
std::string RenderValidationTable(const ValidateReport& report);

// The same as JSON:
//   {"checked":N,"skipped":N,"violations":[{"rule","name","importance","ou","pe","left","operator","right"}],
//    "outliers":[{"dx","co","ou","pe","value","method","score","min","max"}]}
std::string RenderValidationJson(const ValidateReport& report);

}  // namespace polyfon::app
