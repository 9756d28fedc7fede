#include "io/uid_column.hpp"

#include "core/uid.hpp"

namespace polyfon::io {

std::string UidColumn::Read(RowView& row) const {
  if (!columns_.Has(uid_spec_)) return {};
  const std::string_view uid = row.Get(uid_spec_);
  if (uid.empty()) return {};
  if (const std::string problem = core::UidProblem(uid); !problem.empty()) {
    row.Report(uid_spec_, "'" + std::string(uid) + "' is not a DHIS2 uid: " + problem);
    return {};
  }
  return std::string(uid);
}

void UidColumn::Claim(int64_t line, std::string_view code, const std::string& uid) {
  const auto [it, inserted] = owners_.emplace(uid, Owner{std::string(code), line});
  if (inserted || it->second.code == code) return;
  const size_t column = columns_.Index(columns_.Has(uid_spec_) ? uid_spec_ : code_spec_);
  problems_.Add(line, column, columns_.Name(column),
                "uid '" + uid + "' is already the uid of '" + it->second.code + "' on line " +
                    std::to_string(it->second.line) + " (uids must be unique)");
}

}  // namespace polyfon::io
