#include "store/sqlite/connection.hpp"

#include <sqlite3.h>

namespace polyfon::store::sqlite {

using core::Result;
using core::Status;

Result<std::unique_ptr<Connection>> Connection::Open(const std::string& file, const std::string& label,
                                                     const ConnectionOptions& options) {
  // NOMUTEX: every connection is used by one thread at a time (the store serialises its reader,
  // a writer is single-threaded), and SQLite's per-call mutex would cost the bulk path dearly.
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (options.create ? SQLITE_OPEN_CREATE : 0);
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(file.c_str(), &db, flags, nullptr);
  // The handle owns the error message, so wrap it before anything can fail.
  std::unique_ptr<Connection> connection(new Connection(db, label, options.busy_timeout_ms));
  if (rc != SQLITE_OK) return connection->Error(rc, "opening it");
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  // WAL lets readers go on while an import writes; synchronous=FULL makes a commit durable
  // before it returns, so an import reported as done survives a power cut.
  POLYFON_RETURN_IF_ERROR(connection->Exec("PRAGMA journal_mode = WAL"));
  POLYFON_RETURN_IF_ERROR(connection->Exec(options.durable ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = OFF"));
  POLYFON_RETURN_IF_ERROR(connection->Exec("PRAGMA foreign_keys = ON"));
  return connection;
}

Connection::~Connection() {
  cache_.clear();  // statements must be finalized before the connection closes
  sqlite3_close(db_);
}

Status Connection::Exec(const char* sql) {
  const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return Error(rc, std::string("running ") + sql);
  return Status::Ok();
}

Result<Statement> Connection::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc =
      sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return Error(rc, "preparing " + std::string(sql.substr(0, 80)));
  }
  return Statement(this, stmt);
}

Result<Statement*> Connection::Cached(std::string_view sql) {
  auto it = cache_.find(std::string(sql));
  if (it != cache_.end()) return it->second.get();
  POLYFON_ASSIGN_OR_RETURN(Statement statement, Prepare(sql));
  auto [inserted, _] = cache_.emplace(std::string(sql), std::make_unique<Statement>(std::move(statement)));
  return inserted->second.get();
}

int Connection::Changes() const { return sqlite3_changes(db_); }

Status Connection::Error(int rc, std::string_view action) const {
  const std::string detail = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
  const std::string where = "database " + label_;
  const std::string while_doing = " (while " + std::string(action) + ")";
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::Unavailable(where + " is locked by another writer (another process, or a second open write " +
                                 "transaction); gave up after " + std::to_string(busy_timeout_ms_) + " ms" +
                                 while_doing);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Status::Corruption(where + " is damaged or is not a SQLite database: " + detail + while_doing);
    case SQLITE_CANTOPEN:
      return Status::Unavailable("cannot open " + where + ": " + detail +
                                 " (does its folder exist, and may this user write there?)");
    case SQLITE_FULL:
      return Status::Unavailable("disk full while writing " + where + while_doing);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return Status::Unavailable(where + " is read-only or not accessible: " + detail + while_doing);
    case SQLITE_IOERR:
      return Status::Unavailable("I/O error on " + where + ": " + detail + while_doing);
    case SQLITE_CONSTRAINT:
      return Status::InvalidArgument(where + " rejected a row: " + detail + while_doing);
    default:
      return Status::Internal(where + ": " + detail + while_doing);
  }
}

}  // namespace polyfon::store::sqlite
