#pragma once

#include <span>

#include "core/status.hpp"
#include "store/sqlite/connection.hpp"

namespace polyfon::store::sqlite {

// One step of the schema's history. Versions start at 1 and have no gaps; a released migration is
// never edited, only followed by a new one (docs/storage_schema.md).
struct Migration {
  int version;
  const char* description;
  const char* sql;
};

// Every migration this build knows, oldest first.
std::span<const Migration> Migrations();
// The schema version this build creates: the last migration's.
int LatestSchemaVersion();

// Brings the database behind `connection` up to LatestSchemaVersion(), applying the missing
// migrations in one transaction recorded in schema_migrations (all or none). Does not take the
// write lock when nothing is missing, so opening a current database never waits for an import.
// Fails with kCorruption if the database is newer than this build or is some other application's
// SQLite file, and with the connection's errors (e.g. kUnavailable when locked).
core::Status Migrate(Connection& connection);

}  // namespace polyfon::store::sqlite
