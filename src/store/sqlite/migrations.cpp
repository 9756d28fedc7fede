#include "store/sqlite/migrations.hpp"

#include <string>

namespace polyfon::store::sqlite {

using core::Result;
using core::Status;

namespace {

// The first schema. Codes are the stable keys callers use; integer ids keep the big data_value
// table narrow. References between metadata kinds that callers may put in any order (an element's
// combos, an indicator's data, a participant's units) stay codes, checked by core, not by SQL.
// data_value's key starts with the period: new figures mostly come for a new period, whose id is
// the newest, so an import appends to the B-tree instead of splitting pages all over it (25% faster
// on the import benchmark). KeyedRow sorts batches in this same order.
// data_value's ids carry no FOREIGN KEY clause: the value writer takes them from maps it loads
// inside the same transaction, so they are right by construction, and checking five parents per
// row cost about 40% of bulk-import speed (docs/storage_schema.md).
constexpr const char* kInitialSchema = R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('data_version', '0');

CREATE TABLE org_unit (
  id   INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE CHECK (code <> ''),
  name TEXT NOT NULL,
  kind TEXT NOT NULL
);
CREATE TABLE org_unit_alias (
  org_unit_id INTEGER NOT NULL REFERENCES org_unit (id),
  position    INTEGER NOT NULL,
  alias       TEXT NOT NULL,
  PRIMARY KEY (org_unit_id, position)
) WITHOUT ROWID;
CREATE TABLE org_unit_parent (
  id         INTEGER PRIMARY KEY,
  child_id   INTEGER NOT NULL REFERENCES org_unit (id),
  parent_id  INTEGER NOT NULL REFERENCES org_unit (id),
  valid_from TEXT,
  valid_to   TEXT
);
CREATE INDEX org_unit_parent_by_child ON org_unit_parent (child_id);

CREATE TABLE category_option_combo (
  id       INTEGER PRIMARY KEY,
  code     TEXT NOT NULL UNIQUE CHECK (code <> ''),
  name     TEXT NOT NULL,
  category TEXT NOT NULL
);
INSERT INTO category_option_combo (code, name, category) VALUES ('default', 'default', '');

CREATE TABLE data_element (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE CHECK (code <> ''),
  name        TEXT NOT NULL,
  value_type  TEXT NOT NULL,
  aggregation TEXT NOT NULL,
  description TEXT NOT NULL
);
CREATE TABLE data_element_combo (
  element_id INTEGER NOT NULL REFERENCES data_element (id),
  position   INTEGER NOT NULL,
  combo_code TEXT NOT NULL,
  PRIMARY KEY (element_id, position)
) WITHOUT ROWID;

CREATE TABLE indicator (
  id                  INTEGER PRIMARY KEY,
  code                TEXT NOT NULL UNIQUE CHECK (code <> ''),
  name                TEXT NOT NULL,
  numerator_element   TEXT NOT NULL,
  numerator_combo     TEXT NOT NULL,
  denominator_element TEXT,
  denominator_combo   TEXT,
  factor              REAL NOT NULL,
  poisson_interval    INTEGER NOT NULL,
  description         TEXT NOT NULL
);

CREATE TABLE participant (
  id            INTEGER PRIMARY KEY,
  code          TEXT NOT NULL UNIQUE CHECK (code <> ''),
  name          TEXT NOT NULL,
  type          TEXT NOT NULL,
  helix         TEXT NOT NULL,
  health_region TEXT NOT NULL,
  org_unit      TEXT NOT NULL,
  note          TEXT NOT NULL
);
CREATE TABLE participant_membership (
  participant_id INTEGER NOT NULL REFERENCES participant (id),
  position       INTEGER NOT NULL,
  status         TEXT NOT NULL,
  from_date      TEXT NOT NULL,
  PRIMARY KEY (participant_id, position)
) WITHOUT ROWID;

CREATE TABLE period (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE,
  type       TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date   TEXT NOT NULL
);

CREATE TABLE import_source (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL
);

CREATE TABLE data_value (
  element_id         INTEGER NOT NULL,
  period_id          INTEGER NOT NULL,
  org_unit_id        INTEGER NOT NULL,
  combo_id           INTEGER NOT NULL,
  attribute_combo_id INTEGER NOT NULL,
  value              REAL NOT NULL,
  stored_by          TEXT NOT NULL,
  last_updated       TEXT NOT NULL,
  comment            TEXT NOT NULL,
  followup           INTEGER NOT NULL,
  source_id          INTEGER,
  PRIMARY KEY (period_id, element_id, org_unit_id, combo_id, attribute_combo_id)
) WITHOUT ROWID;
)sql";

// The audit trail: every change to a value, kept for good. A value_change row holds the value's
// key (ids, as data_value does), the value and provenance before the change (NULL when it inserted
// the value) and after it (NULL when it deleted it), and the import that made it; who and when are
// that import's imported_by and imported_at. The old side is complete, so that undoing an import
// puts each value back exactly as it was. Like data_value, it has no FOREIGN KEY clauses (the
// writer takes every id from its own maps and rows) and no index on the key, which would cost bulk
// imports another B-tree: history by value is a scan from the newest change backwards. The index
// on source_id serves undo and the per-import counts.
// import_source.undoes links an undo to the import it undid; the unique index makes undoing an
// import twice impossible.
constexpr const char* kValueHistory = R"sql(
ALTER TABLE import_source ADD COLUMN undoes INTEGER REFERENCES import_source (id);
CREATE UNIQUE INDEX import_source_by_undoes ON import_source (undoes);

CREATE TABLE value_change (
  id                 INTEGER PRIMARY KEY,
  source_id          INTEGER NOT NULL,
  element_id         INTEGER NOT NULL,
  period_id          INTEGER NOT NULL,
  org_unit_id        INTEGER NOT NULL,
  combo_id           INTEGER NOT NULL,
  attribute_combo_id INTEGER NOT NULL,
  old_value          REAL,
  old_stored_by      TEXT,
  old_last_updated   TEXT,
  old_comment        TEXT,
  old_followup       INTEGER,
  old_source_id      INTEGER,
  new_value          REAL,
  new_stored_by      TEXT,
  new_comment        TEXT
);
CREATE INDEX value_change_by_source ON value_change (source_id);
)sql";

// DHIS2 uids of org units, data elements and combos, as given in a metadata file. '' means none was
// given and the uid is derived from the code (core/uid.hpp): rows from before this migration keep
// the uid they always had, and nothing derived is stored, so the derivation stays the one authority.
// No UNIQUE index: a uid must be unique across all three tables and against the derived ones, which
// SQL cannot see; the catalog check (core::ValidateUids) runs before every import writes.
constexpr const char* kUids = R"sql(
ALTER TABLE org_unit ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE data_element ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE category_option_combo ADD COLUMN uid TEXT NOT NULL DEFAULT '';
)sql";

// Users, their API tokens and the account log, beside the data in the same file so that one backup
// holds everything. Names are the keys people type, so app_user is keyed by name; a reporter's org
// units are codes, checked against the catalog by the use case (as an element's combos are), not
// by SQL, because an org unit may be renamed or reimported without touching the users. Only hashes
// are stored: argon2id for passwords, SHA-256 for tokens (UNIQUE, it is how a token is found).
// revoked_at is NULL while a token is valid. account_event is append-only, like value_change.
// None of these tables counts as data: writing them leaves meta.data_version alone.
constexpr const char* kAccounts = R"sql(
CREATE TABLE app_user (
  name          TEXT PRIMARY KEY CHECK (name <> ''),
  role          TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled      INTEGER NOT NULL,
  created_at    TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE app_user_org_unit (
  user_name     TEXT NOT NULL REFERENCES app_user (name),
  position      INTEGER NOT NULL,
  org_unit_code TEXT NOT NULL,
  PRIMARY KEY (user_name, position)
) WITHOUT ROWID;

CREATE TABLE api_token (
  id         INTEGER PRIMARY KEY,
  user_name  TEXT NOT NULL REFERENCES app_user (name),
  label      TEXT NOT NULL,
  hash       TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX api_token_by_user ON api_token (user_name);

CREATE TABLE account_event (
  id      INTEGER PRIMARY KEY,
  at      TEXT NOT NULL,
  actor   TEXT NOT NULL,
  action  TEXT NOT NULL,
  subject TEXT NOT NULL,
  detail  TEXT NOT NULL
);
)sql";

// How the cluster runs itself (core/cluster_registry.hpp): governance bodies and their members'
// terms, activities, goals with their indicators and yearly targets, and plan items, each keyed by
// its code, as people write it in the registry files. Child rows keep their list order in
// `position` and go with their owner (ON DELETE CASCADE), since a put replaces an item as a whole.
// Codes that name other things (a member's participant, a goal's parent, a plan item's goal) are
// checked by core, not by SQL, because callers may put items in any order. A measure is stored in
// its text form (core::MeasureText); enums by their core names; dates as YYYY-MM-DD; an open term
// (to_date) and unreported attendance are NULL. participant.contact joins the participant's row.
constexpr const char* kRegistry = R"sql(
ALTER TABLE participant ADD COLUMN contact TEXT NOT NULL DEFAULT '';

CREATE TABLE governance_body (
  code TEXT PRIMARY KEY CHECK (code <> ''),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  note TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE body_member (
  body        TEXT NOT NULL REFERENCES governance_body (code) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  person      TEXT NOT NULL,
  participant TEXT NOT NULL,
  role        TEXT NOT NULL,
  from_date   TEXT NOT NULL,
  to_date     TEXT,
  PRIMARY KEY (body, position)
) WITHOUT ROWID;

CREATE TABLE activity (
  code      TEXT PRIMARY KEY CHECK (code <> ''),
  kind      TEXT NOT NULL,
  title     TEXT NOT NULL,
  date      TEXT NOT NULL,
  organiser TEXT NOT NULL,
  attendees INTEGER,
  status    TEXT NOT NULL,
  place     TEXT NOT NULL,
  note      TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE goal (
  code     TEXT PRIMARY KEY CHECK (code <> ''),
  parent   TEXT NOT NULL,
  title_nn TEXT NOT NULL,
  title_nb TEXT NOT NULL,
  title_en TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE goal_indicator (
  goal             TEXT NOT NULL REFERENCES goal (code) ON DELETE CASCADE,
  position         INTEGER NOT NULL,
  measure          TEXT NOT NULL,
  label_nn         TEXT NOT NULL,
  label_nb         TEXT NOT NULL,
  label_en         TEXT NOT NULL,
  dimension        TEXT NOT NULL,
  higher_is_better INTEGER NOT NULL,
  PRIMARY KEY (goal, position)
) WITHOUT ROWID;
CREATE TABLE goal_target (
  goal     TEXT NOT NULL,
  position INTEGER NOT NULL,
  year     INTEGER NOT NULL,
  value    REAL NOT NULL,
  PRIMARY KEY (goal, position, year),
  FOREIGN KEY (goal, position) REFERENCES goal_indicator (goal, position) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE plan_item (
  code        TEXT PRIMARY KEY CHECK (code <> ''),
  kind        TEXT NOT NULL,
  plan        INTEGER NOT NULL,
  goal        TEXT NOT NULL,
  title       TEXT NOT NULL,
  responsible TEXT NOT NULL,
  due         TEXT NOT NULL,
  status      TEXT NOT NULL,
  note        TEXT NOT NULL
) WITHOUT ROWID;
)sql";

constexpr Migration kMigrations[] = {
    {1, "initial schema", kInitialSchema},
    {2, "value history", kValueHistory},
    {3, "dhis2 uids", kUids},
    {4, "accounts", kAccounts},
    {5, "cluster registry", kRegistry},
};

Status RunQuery(Connection& connection, const char* sql, int64_t& out) {
  POLYFON_ASSIGN_OR_RETURN(Statement * statement, connection.Cached(sql));
  return statement->ForEach([&](Statement& row) { out = row.Int(0); });
}

// The version recorded in the file: 0 for an empty database. A database with tables but no
// schema_migrations belongs to some other application, and we refuse to add ours beside them.
Result<int64_t> CurrentVersion(Connection& connection) {
  int64_t has_table = 0;
  POLYFON_RETURN_IF_ERROR(RunQuery(
      connection, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'", has_table));
  if (has_table == 0) {
    int64_t other_tables = 0;
    POLYFON_RETURN_IF_ERROR(
        RunQuery(connection, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%'",
                 other_tables));
    if (other_tables > 0) {
      return Status::Corruption("database " + connection.label() +
                                " is a SQLite file of some other application (it has tables but no "
                                "schema_migrations); refusing to change it");
    }
    return 0;
  }
  int64_t version = 0;
  POLYFON_RETURN_IF_ERROR(RunQuery(connection, "SELECT coalesce(max(version), 0) FROM schema_migrations", version));
  if (version > LatestSchemaVersion()) {
    return Status::Corruption("database " + connection.label() + " has schema version " + std::to_string(version) +
                              ", newer than the " + std::to_string(LatestSchemaVersion()) +
                              " this build of polyfon knows; use a newer polyfon");
  }
  return version;
}

Status ApplyMissing(Connection& connection) {
  POLYFON_RETURN_IF_ERROR(connection.Exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"));
  // Re-read under the write lock: another process may have migrated meanwhile.
  POLYFON_ASSIGN_OR_RETURN(const int64_t current, CurrentVersion(connection));
  POLYFON_ASSIGN_OR_RETURN(Statement * record, connection.Cached("INSERT INTO schema_migrations (version, applied_at) "
                                                                 "VALUES (?1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"));
  for (const Migration& migration : Migrations()) {
    if (migration.version <= current) continue;
    Status status = connection.Exec(migration.sql);
    if (!status.ok()) {
      return Status(status.code(), "schema migration " + std::to_string(migration.version) + " (" +
                                       migration.description + ") failed: " + status.message());
    }
    record->BindInt(1, migration.version);
    POLYFON_RETURN_IF_ERROR(record->Run());
  }
  return Status::Ok();
}

}  // namespace

std::span<const Migration> Migrations() { return kMigrations; }

int LatestSchemaVersion() { return kMigrations[std::size(kMigrations) - 1].version; }

Status Migrate(Connection& connection) {
  POLYFON_ASSIGN_OR_RETURN(const int64_t version, CurrentVersion(connection));
  if (version == LatestSchemaVersion()) return Status::Ok();
  POLYFON_RETURN_IF_ERROR(connection.Exec("BEGIN IMMEDIATE"));
  Status status = ApplyMissing(connection);
  if (status.ok()) status = connection.Exec("COMMIT");
  if (!status.ok()) (void)connection.Exec("ROLLBACK");
  return status;
}

}  // namespace polyfon::store::sqlite
