#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/status.hpp"
#include "store/sqlite/statement.hpp"

struct sqlite3;

namespace polyfon::store::sqlite {

// How a connection is opened and tuned. The PRAGMAs are per connection, so every connection a
// store opens gets the same ones.
struct ConnectionOptions {
  bool create = false;         // create the file if it is missing
  int busy_timeout_ms = 5000;  // how long to wait for another writer before failing
  bool durable = true;         // synchronous=FULL; off only for throwaway databases
};

// One open SQLite connection (journal_mode=WAL, foreign_keys=ON), closed on destruction together
// with the statements it prepared. Not thread-safe: it is opened without SQLite's own mutex, so
// callers use it from one thread at a time. Not movable, because statements point back at it.
class Connection {
 public:
  // Opens `file`. `label` is how error messages name the database: the path the user gave, or
  // ":memory:". Fails with a Status naming the database (see Error()).
  static core::Result<std::unique_ptr<Connection>> Open(const std::string& file, const std::string& label,
                                                        const ConnectionOptions& options);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs SQL without parameters or result rows (several statements allowed).
  core::Status Exec(const char* sql);
  // A new statement owned by the caller.
  core::Result<Statement> Prepare(std::string_view sql);
  // A statement prepared once per connection and kept for reuse, keyed by its text. The pointer
  // stays valid as long as the connection. Reset it (ForEach/Run do) before the next use.
  core::Result<Statement*> Cached(std::string_view sql);

  // Rows changed by the last INSERT/UPDATE/DELETE.
  int Changes() const;
  // Converts a failing SQLite result code into a Status that names the database and says what
  // was being done; no SQLite code escapes this layer.
  core::Status Error(int rc, std::string_view action) const;

  const std::string& label() const { return label_; }
  int busy_timeout_ms() const { return busy_timeout_ms_; }

 private:
  Connection(sqlite3* db, std::string label, int busy_timeout_ms)
      : db_(db), label_(std::move(label)), busy_timeout_ms_(busy_timeout_ms) {}

  sqlite3* db_;
  std::string label_;
  int busy_timeout_ms_;
  std::unordered_map<std::string, std::unique_ptr<Statement>> cache_;
};

}  // namespace polyfon::store::sqlite
