#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/status.hpp"

namespace polyfon::io {

// One worksheet of a spreadsheet to write: a bold header row, then rows of empty, number or text cells.
struct XlsxSheet {
  using Cell = std::variant<std::monostate, double, std::string>;
  std::string name = "Data";
  std::vector<std::string> header;
  std::vector<std::vector<Cell>> rows;
};

// The bytes of an .xlsx workbook holding `sheet` (libxlsxwriter, through a temporary file because
// this version cannot write to memory). Fails with kInternal if the file cannot be written.
core::Result<std::string> WriteXlsx(const XlsxSheet& sheet);

}  // namespace polyfon::io
