#pragma once

#include <memory>
#include <string>

#include "core/store.hpp"

namespace polyfon::store::sqlite {

enum class OpenMode {
  kCreateIfMissing,  // `polyfon init`, `demo`, `import`: create an empty database when there is none
  kMustExist,        // everything that only reads: a missing file is the user's mistake
};

struct SqliteOptions {
  // How long a writer (or a schema upgrade) waits for another writer before giving up.
  int busy_timeout_ms = 5000;
};

// Opens the SQLite database at `path` (one file, plus -wal and -shm beside it while in use),
// creating it if `mode` allows, and applies the schema migrations it lacks. ":memory:" gives a
// private, throwaway database (a temporary file removed when the store is destroyed, so that it
// has the same WAL semantics as a real one).
//
// On success the store is thread-safe: reads are serialised on one connection and see the last
// commit; each BeginWrite() opens its own connection and holds SQLite's write lock until the writer
// commits or is destroyed, so there is one writer at a time across processes; a second one waits up
// to `busy_timeout_ms`, then fails with kUnavailable. REQUIRES: the store outlives its writers.
//
// Fails with kNotFound "database PATH does not exist; run 'polyfon init' or 'polyfon demo' first"
// for kMustExist on a missing file; kUnavailable when the file cannot be opened or is locked;
// kCorruption when it is not a SQLite database, belongs to another application, or has a newer
// schema than this build knows.
core::Result<std::unique_ptr<core::Store>> OpenSqliteStore(const std::string& path, OpenMode mode,
                                                           const SqliteOptions& options = {});

}  // namespace polyfon::store::sqlite
