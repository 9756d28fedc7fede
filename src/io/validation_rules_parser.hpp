#pragma once

#include <string_view>
#include <vector>

#include "core/catalog.hpp"
#include "core/min_max_bound.hpp"
#include "core/status.hpp"
#include "core/validation_rule.hpp"

namespace polyfon::io {

// Reads validation rules from CSV (docs/formats/validation_rules.md):
//   code,name,left,operator,right,org_unit_kind,importance,missing_as_zero
// Every expression must parse and every #{element.combo} must name a data element and one of its
// combos in `catalog`. All-or-nothing: fails with kInvalidArgument listing up to 10 problems as
// FILE:LINE: column N (NAME): what is wrong.
// With `skip_unknown_elements`, a rule naming a data element the catalog lacks is left out instead
// (rules that ship with Polyfon apply only to databases that hold their elements).
core::Result<std::vector<core::ValidationRule>> ParseValidationRules(std::string_view file_name,
                                                                     std::string_view content,
                                                                     const core::CatalogIndex& catalog,
                                                                     bool skip_unknown_elements = false);

// Reads min-max bounds from CSV: element,combo,org_unit,min,max (combo empty = "default", org_unit
// empty = every unit, min or max may be empty). Element, combo and unit must be in `catalog`; min
// must not exceed max. All-or-nothing, with the same messages as above.
core::Result<std::vector<core::MinMaxBound>> ParseMinMaxBounds(std::string_view file_name, std::string_view content,
                                                               const core::CatalogIndex& catalog);

}  // namespace polyfon::io
