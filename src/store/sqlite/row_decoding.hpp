#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/status.hpp"
#include "store/sqlite/connection.hpp"

// What the metadata and registry readers share: one query shape, and turning stored text back
// into core enums and dates, with kCorruption naming the row when this build cannot read it.
namespace polyfon::store::sqlite {

// Builds "<select> [WHERE <key> = ?1] ORDER BY <order>" and runs it with `code` bound, calling
// `on_row` for each row (see Statement::ForEach).
inline core::Status Query(Connection& connection, const std::string& select, const char* key,
                          std::optional<std::string_view> code, const char* order, auto&& on_row) {
  const std::string sql = select + (code ? std::string(" WHERE ") + key + " = ?1" : "") + " ORDER BY " + order;
  POLYFON_ASSIGN_OR_RETURN(Statement * statement, connection.Cached(sql));
  if (code) statement->BindText(1, *code);
  return statement->ForEach(on_row);
}

// "database PATH: <what> of <row> is '<text>', which this build cannot read".
inline core::Status Unreadable(const Connection& connection, std::string_view what, std::string_view row,
                               std::string_view text) {
  return core::Status::Corruption("database " + connection.label() + ": " + std::string(what) + " of " +
                                  std::string(row) + " is '" + std::string(text) + "', which this build cannot read");
}

// Decodes a stored enum name or date with `parse` (a core Parse... function returning optional),
// or explains which row holds an unreadable one.
template <typename T, typename Parse>
core::Status Decode(const Connection& connection, Parse parse, std::string_view text, std::string_view what,
                    std::string_view row, T& out) {
  auto parsed = parse(text);
  if (!parsed) return Unreadable(connection, what, row, text);
  out = *parsed;
  return core::Status::Ok();
}

// A date column that may be NULL (an open end).
inline core::Status DecodeDate(const Connection& connection, const Statement& row, int column, std::string_view what,
                               std::string_view owner, std::optional<core::Date>& out) {
  if (row.IsNull(column)) {
    out.reset();
    return core::Status::Ok();
  }
  core::Date date;
  POLYFON_RETURN_IF_ERROR(Decode(connection, core::ParseDate, row.TextView(column), what, owner, date));
  out = date;
  return core::Status::Ok();
}

// Rows of a table with a child list (aliases, memberships, members): the main rows first, then
// the children appended to their owner, found by its key (an id or a code).
template <typename T, typename Key = int64_t>
class WithChildren {
 public:
  core::Status AddMain(Key key, T item) {
    index_.emplace(std::move(key), items_.size());
    items_.push_back(std::move(item));
    return core::Status::Ok();
  }
  // nullptr when no main row has `key` (a child row of an owner the query did not select).
  T* Owner(const Key& key) {
    auto it = index_.find(key);
    return it == index_.end() ? nullptr : &items_[it->second];
  }
  std::vector<T> Take() { return std::move(items_); }

 private:
  std::vector<T> items_;
  std::unordered_map<Key, size_t> index_;
};

}  // namespace polyfon::store::sqlite
