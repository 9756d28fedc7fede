#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "io/column_map.hpp"
#include "io/problem_list.hpp"
#include "io/row_view.hpp"

namespace polyfon::io {

// The optional `uid` column of the metadata files for org units, data elements and combos
// (docs/formats/metadata_csv.md): reads and checks the DHIS2 uids given, and finds two objects of
// one file that would go by the same uid (given, or derived from the code by core::DeriveUid).
// Uniqueness against the rest of the catalog is checked once the file is merged into it
// (core::ValidateUids). Not thread-safe.
class UidColumn {
 public:
  // `uid_spec` and `code_spec` index the layout's specs; `columns` and `problems` must outlive this.
  UidColumn(const ColumnMap& columns, size_t uid_spec, size_t code_spec, ProblemList& problems)
      : columns_(columns), uid_spec_(uid_spec), code_spec_(code_spec), problems_(problems) {}

  // The uid given in `row`, or "" when the cell is empty or the file has no uid column. A
  // malformed uid is reported at its cell ("'x1' is not a DHIS2 uid: must be 11 characters, ...")
  // and "" returned.
  std::string Read(RowView& row) const;

  // Records that `code`, first read on `line`, goes by `uid`, reporting it if an earlier code of the
  // file goes by the same: at the uid column if the file has one, else at the code column.
  void Claim(int64_t line, std::string_view code, const std::string& uid);

 private:
  struct Owner {
    std::string code;
    int64_t line;
  };

  const ColumnMap& columns_;
  size_t uid_spec_;
  size_t code_spec_;
  ProblemList& problems_;
  std::unordered_map<std::string, Owner> owners_;
};

}  // namespace polyfon::io
