#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "core/status.hpp"

namespace polyfon::store::sqlite {

class Connection;

// A prepared statement, finalized on destruction. Binding and column access are thin inline
// wrappers because the bulk value path calls them millions of times. Parameters and columns use
// SQLite's numbering: parameters from 1, columns from 0.
class Statement {
 public:
  Statement(Connection* connection, sqlite3_stmt* stmt) : connection_(connection), stmt_(stmt) {}
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(Statement&& other) noexcept : connection_(other.connection_), stmt_(std::exchange(other.stmt_, nullptr)) {}
  Statement& operator=(Statement&& other) noexcept {
    std::swap(connection_, other.connection_);
    std::swap(stmt_, other.stmt_);
    return *this;
  }

  void BindInt(int index, int64_t value) { sqlite3_bind_int64(stmt_, index, value); }
  void BindReal(int index, double value) { sqlite3_bind_double(stmt_, index, value); }
  void BindNull(int index) { sqlite3_bind_null(stmt_, index); }
  // REQUIRES: `text` stays alive and unchanged until the statement is reset (no copy is made).
  void BindText(int index, std::string_view text) {
    // A null data pointer would bind SQL NULL; an empty string must stay an empty string.
    sqlite3_bind_text(stmt_, index, text.data() ? text.data() : "", static_cast<int>(text.size()), SQLITE_STATIC);
  }

  // Steps once and returns SQLite's code (SQLITE_ROW, SQLITE_DONE or an error): the bulk path
  // uses this to avoid building a Status per row.
  int StepRaw() { return sqlite3_step(stmt_); }
  // Steps once: true with a row, false when done. On error the statement is reset.
  core::Result<bool> Step();
  // Runs a statement that returns no rows, then resets it.
  core::Status Run();
  // Calls `on_row(*this)` for each result row, then resets the statement (also on failure).
  // `on_row` returns void or a Status; a failed Status stops the loop and is returned.
  template <typename F>
  core::Status ForEach(F&& on_row);
  // Ends the current execution so the statement can be bound and run again and holds no read
  // snapshot open. Bindings are kept.
  void Reset() { sqlite3_reset(stmt_); }

  bool IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  int64_t Int(int column) const { return sqlite3_column_int64(stmt_, column); }
  double Real(int column) const { return sqlite3_column_double(stmt_, column); }
  std::string_view TextView(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return text ? std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(stmt_, column))) : std::string_view();
  }
  std::string Text(int column) const { return std::string(TextView(column)); }

  // A Status for a failing code from this statement, quoting the start of its SQL.
  core::Status Error(int rc) const;

 private:
  Connection* connection_;
  sqlite3_stmt* stmt_;
};

template <typename F>
core::Status Statement::ForEach(F&& on_row) {
  for (;;) {
    const int rc = StepRaw();
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) {
      core::Status status = Error(rc);
      Reset();
      return status;
    }
    if constexpr (std::is_void_v<std::invoke_result_t<F&, Statement&>>) {
      on_row(*this);
    } else {
      core::Status status = on_row(*this);
      if (!status.ok()) {
        Reset();
        return status;
      }
    }
  }
  Reset();
  return core::Status::Ok();
}

}  // namespace polyfon::store::sqlite
