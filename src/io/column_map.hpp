#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "io/csv_reader.hpp"
#include "io/problem_list.hpp"

namespace polyfon::io {

// A column a layout knows. Names are matched as core::NameKey does it: ignoring case, surrounding
// spaces, and the difference between ' ', '-' and '_'.
struct ColumnSpec {
  std::string_view name;
  bool required = false;
  std::string_view alias = {};  // another name the same column goes by in real files
};

// Which header column holds which known column of a layout. Layouts index their specs with an
// enum, so rows are read by meaning rather than position.
class ColumnMap {
 public:
  static constexpr size_t kAbsent = static_cast<size_t>(-1);

  // Matches `header` against `specs`. Reports an unknown, unnamed or repeated column, or a missing
  // required one, to `problems`; ok() tells whether there were any. Copies what it needs, so the
  // header may be invalidated afterwards.
  ColumnMap(const CsvRecord& header, std::span<const ColumnSpec> specs, ProblemList& problems);

  bool ok() const { return ok_; }
  size_t width() const { return names_.size(); }
  // The header column of specs[spec], or kAbsent.
  size_t Index(size_t spec) const { return index_[spec]; }
  bool Has(size_t spec) const { return index_[spec] != kAbsent; }
  // The header text of `column` as written (trimmed), for messages.
  std::string_view Name(size_t column) const { return names_[column]; }
  // The trimmed cell of specs[spec] in `record`, or "" if the file has no such column.
  std::string_view Get(const CsvRecord& record, size_t spec) const;

 private:
  std::vector<std::string> names_;
  std::vector<size_t> index_;
  bool ok_ = true;
};

// True if the header cell `cell` names the column `name` (see ColumnSpec).
bool SameColumnName(std::string_view cell, std::string_view name);

}  // namespace polyfon::io
