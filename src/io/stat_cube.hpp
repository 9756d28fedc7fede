#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace polyfon::io {

// A statistics office's table as a file brings it (JSON-stat 2.0, PX-Axis), before it is mapped
// onto the catalog: dimensions with their categories, and one cell per combination of categories.
// Both readers produce this, so both share one mapping (stat_mapping) onto org unit, period, data
// element and combo.

// What a dimension holds, as far as the file says (JSON-stat `role`, PX `TIMEVAL`/`CONTVAR`).
enum class DimensionRole { kOther, kTime, kGeo, kMetric };

struct StatCategory {
  std::string code;   // the id in the file: "0301", "2020", "Folkemengde"
  std::string label;  // its text in the language read; equal to code when the file has none
};

struct StatDimension {
  std::string id;     // "Region", "Tid", "ContentsCode"; PX: the variable's code, else its name
  std::string label;  // the variable's text in the language read
  DimensionRole role = DimensionRole::kOther;
  std::vector<StatCategory> categories;  // in the file's order
  // How a kTime dimension's codes count time, where the codes alone do not tell: PX TIMEVAL's
  // TLIST scale ("A1", "H1", "Q1", "M1", "W1"), since "20061" is a quarter under Q1 and a half-year
  // under H1. Empty otherwise. (Initialized so that aggregate initializations without it stay
  // free of -Wmissing-field-initializers.)
  std::string time_scale = {};
};

struct StatCube {
  std::string title;
  std::vector<StatDimension> dimensions;  // row-major: the last dimension varies fastest
  // One entry per cell: the product of every dimension's category count. A cell without a number
  // (JSON-stat null, a PX data symbol such as ".." or "-") is nullopt.
  std::vector<std::optional<double>> values;
  // Status symbols by cell index, only where the file gives one (JSON-stat `status`, the PX data
  // symbol that stood in the cell): ".." not available, ":" confidential, "." not applicable, ...
  std::map<size_t, std::string> symbols;

  size_t CellCount() const {
    size_t count = 1;
    for (const StatDimension& dimension : dimensions) count *= dimension.categories.size();
    return dimensions.empty() ? 0 : count;
  }
};

}  // namespace polyfon::io
