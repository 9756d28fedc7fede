#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"

namespace polyfon::io {

// The cells of a PX-Axis file's DATA, in the file's order.
struct PxCells {
  std::vector<std::optional<double>> values;  // nullopt where the file has a data symbol
  std::map<size_t, std::string> symbols;      // by cell index, the symbol without quotes: ".."
  int64_t end_line = 0;  // the line of the ';' that ends DATA, or of its last cell if the file ends first
};

// Reads the cells after "DATA=" (`data`, whose first line is `first_line`): numbers with an
// optional '-' and decimal point ("12", "-3", "99.6700"), and data symbols for a missing figure,
// quoted as the format asks or bare: "." to "......", "-" (DATASYMBOLNIL) and ":" (confidential).
// Cells are separated by spaces, tabs, line breaks or commas. DATA ends with ';' or, as some
// producers write it, with the end of the file. `expected` (the cell count of the variables) only
// sizes memory; the caller compares counts.
// Fails with kInvalidArgument listing the bad cells, e.g.
// "f.px:52: DATA: cell 7 is '12a', not a number or a data symbol".
core::Result<PxCells> ReadPxData(std::string_view file_name, std::string_view data, int64_t first_line,
                                 size_t expected);

}  // namespace polyfon::io
