#include "io/column_map.hpp"

#include "core/text.hpp"

namespace polyfon::io {

bool SameColumnName(std::string_view cell, std::string_view name) { return core::NameKey(cell) == core::NameKey(name); }

ColumnMap::ColumnMap(const CsvRecord& header, std::span<const ColumnSpec> specs, ProblemList& problems)
    : index_(specs.size(), kAbsent) {
  std::string expected;
  for (const ColumnSpec& spec : specs) {
    if (!expected.empty()) expected += ", ";
    expected.append(spec.name);
  }
  for (size_t column = 0; column < header.size(); ++column) {
    const std::string_view name = core::Trim(header[column]);
    names_.emplace_back(name);
    if (name.empty()) {
      problems.AddLine(header.line, "column " + std::to_string(column + 1) + " has no name");
      ok_ = false;
      continue;
    }
    size_t match = kAbsent;
    for (size_t s = 0; s < specs.size() && match == kAbsent; ++s) {
      if (SameColumnName(name, specs[s].name) || (!specs[s].alias.empty() && SameColumnName(name, specs[s].alias))) {
        match = s;
      }
    }
    if (match == kAbsent) {
      problems.Add(header.line, column, name, "unknown column (expected " + expected + ")");
      ok_ = false;
    } else if (index_[match] != kAbsent) {
      problems.Add(header.line, column, name, "repeats column " + std::to_string(index_[match] + 1));
      ok_ = false;
    } else {
      index_[match] = column;
    }
  }
  for (size_t s = 0; s < specs.size(); ++s) {
    if (specs[s].required && index_[s] == kAbsent) {
      problems.AddLine(header.line, "missing column '" + std::string(specs[s].name) + "'");
      ok_ = false;
    }
  }
}

std::string_view ColumnMap::Get(const CsvRecord& record, size_t spec) const {
  const size_t column = index_[spec];
  if (column == kAbsent || column >= record.size()) return {};
  return core::Trim(record[column]);
}

}  // namespace polyfon::io
