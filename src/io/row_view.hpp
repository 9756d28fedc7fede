#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "io/column_map.hpp"
#include "io/csv_reader.hpp"
#include "io/problem_list.hpp"

namespace polyfon::io {

// One data row of a metadata file, read by column spec, with problems reported at the cell they
// concern. Remembers whether any was reported, so a row is kept only if it is entirely valid.
class RowView {
 public:
  RowView(const CsvRecord& record, const ColumnMap& columns, ProblemList& problems)
      : record_(record), columns_(columns), problems_(problems) {}

  int64_t line() const { return record_.line; }
  bool ok() const { return ok_; }
  // The trimmed cell, "" if the file has no such column.
  std::string_view Get(size_t spec) const { return columns_.Get(record_, spec); }
  // The trimmed cell; reports it if empty.
  std::string_view Required(size_t spec) {
    const std::string_view cell = Get(spec);
    if (cell.empty()) Report(spec, "empty; a value is required");
    return cell;
  }
  // Reports a problem with the cell of specs[spec].
  // REQUIRES: the file has that column.
  void Report(size_t spec, std::string_view what) {
    const size_t column = columns_.Index(spec);
    problems_.Add(record_.line, column, columns_.Name(column), what);
    ok_ = false;
  }

 private:
  const CsvRecord& record_;
  const ColumnMap& columns_;
  ProblemList& problems_;
  bool ok_ = true;
};

// Splits a `|`-separated list ("Helse Vest|Helse Vest RHF"), trimming items and dropping empty ones.
std::vector<std::string_view> SplitList(std::string_view text);

// ASCII lower case, for matching enum names as people type them ("Health_Region").
std::string AsciiLower(std::string_view text);

}  // namespace polyfon::io
