#pragma once

// Reads the cells of an Office Open XML workbook (.xlsx) from its bytes in memory: the values a
// person sees, not formats, styles or formulas. Spreadsheets come from outside, so every size is
// bounded and every malformed part is an error naming it, never a crash.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"

namespace polyfon::io {

// One non-empty cell. Rows and columns are 0-based: "C7" is row 6, column 2.
struct XlsxCell {
  enum class Type {
    kNumber,   // `number`; dates and times are numbers too (days since 1900)
    kText,     // a shared, inline or formula string in `text`
    kBoolean,  // `number` is 1 or 0; `text` is "TRUE" or "FALSE"
    kError,    // a formula's error, as written: "#DIV/0!", "#N/A"
  };
  uint32_t row = 0;
  uint32_t column = 0;
  Type type = Type::kText;
  double number = 0;
  std::string text;  // for kNumber, the number as the file wrote it ("1.5", "1E-3")
};

// The cell name of a 0-based row and column: (6, 2) is "C7".
std::string XlsxCellName(uint32_t row, uint32_t column);
// The 0-based row and column of a cell name ("C7", "$C$7"), or nullopt if it is none (rows up to
// 1048576, columns up to XFD).
std::optional<std::pair<uint32_t, uint32_t>> ParseXlsxCellName(std::string_view name);

// One worksheet: its name as the workbook lists it, and its non-empty cells sorted by row, then
// column (a cell given twice keeps its last value).
struct XlsxWorksheet {
  std::string name;
  std::vector<XlsxCell> cells;

  // The cell at a 0-based row and column, or nullptr if it is empty.
  const XlsxCell* Find(uint32_t row, uint32_t column) const;
};

// The worksheets of a workbook in the workbook's order (chart sheets and dialogs are left out).
struct XlsxWorkbook {
  std::vector<XlsxWorksheet> sheets;

  // The worksheet named `name` (exactly, as Excel shows it), or nullptr.
  const XlsxWorksheet* Find(std::string_view name) const;
};

// What ReadXlsx reads at most. A zip can hold a small archive that inflates to gigabytes (a zip
// bomb), and a sheet a million cells; both are refused before they can exhaust memory.
struct XlsxLimits {
  size_t max_part_bytes = size_t{64} << 20;    // uncompressed, per part (sheet, shared strings, ...)
  size_t max_total_bytes = size_t{256} << 20;  // uncompressed, all parts read together
  size_t max_cells = 2'000'000;                // non-empty cells, all sheets together
  size_t max_sheets = 256;
};

// The worksheets of the .xlsx file `file_name` whose bytes are `content`: sheet names from
// xl/workbook.xml and its relationships, cells from each sheet with shared strings, inline strings,
// numbers, booleans, errors and formulas' cached values (a formula without one is left out).
// Fails with kInvalidArgument and a message that starts with the file name and names the part:
//   FILE: not an XLSX workbook (not a zip archive: ...)
//   FILE: xl/worksheets/sheet1.xml: malformed XML at offset 120: ...
//   FILE: xl/worksheets/sheet1.xml: more than 64 MiB uncompressed; not read
//   FILE: sheet Rapport, cell A0: not a cell reference
core::Result<XlsxWorkbook> ReadXlsx(std::string_view file_name, std::string_view content,
                                    const XlsxLimits& limits = {});

}  // namespace polyfon::io
