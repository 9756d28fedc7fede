#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.hpp"

namespace polyfon::io {

// What a dimension of a statistics table (io/stat_cube.hpp) stands for in Polyfon.
enum class StatRole {
  kOrgUnit,    // its categories are org units
  kPeriod,     // periods
  kElement,    // data elements
  kCombo,      // category option combos (a category may map to "default", the total)
  kAttribute,  // attribute option combos
  kKeep,       // not mapped: only the cells of one category are read, the others skipped
};

// A mapping file: how the dimensions and codes of statistics tables map onto the catalog, where
// the file's own roles, SSB's conventions and the catalog's codes and aliases are not enough. The
// same file serves JSON-stat and PX. Syntax (docs/formats/json_stat.md#mapping-file), one rule a
// line, '#' starts a comment, "double quotes" around names with spaces:
//   dimension Region = orgunit        (also period, element, combo, attribute)
//   dimension Kjonn = keep 0          (read only the cells of category 0; may join a role)
//   orgunit = NO                      (also period, element: fixed when no dimension gives one)
//   code Region 46 = F-46             (a category's code -> a catalog code or a period)
struct StatMapping {
  std::string file_name;  // for messages naming a rule: "FILE:LINE"

  struct DimensionRule {
    std::string dimension;
    StatRole role = StatRole::kKeep;
    std::string keep;  // the category kept, with kKeep
    int64_t line = 0;
  };
  // In file order; a dimension has at most one role and one kept category.
  std::vector<DimensionRule> dimensions;

  // A code given for every cell, when no dimension gives the org unit, period or data element.
  struct Fixed {
    std::string code;  // empty: not given
    int64_t line = 0;
  };
  Fixed org_unit;
  Fixed period;
  Fixed element;

  struct Target {
    std::string code;
    int64_t line = 0;
  };
  // (dimension, category code in the table) -> what it stands for. A rule for a dimension or code
  // that a table lacks is not used, so one file can serve several tables.
  std::map<std::pair<std::string, std::string>, Target> codes;

  // "FILE:LINE" of a rule.
  std::string Where(int64_t line) const { return file_name + ":" + std::to_string(line); }
};

// Reads a mapping file. UTF-8 with or without BOM, LF or CRLF. Fails with kInvalidArgument listing
// up to 10 problems as "FILE:LINE: what is wrong" (an unknown keyword or role, a missing '=', an
// unterminated quote, a dimension or code given twice with different meanings).
core::Result<StatMapping> ParseStatMapping(std::string_view file_name, std::string_view content);

}  // namespace polyfon::io
