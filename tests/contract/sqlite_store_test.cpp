// What only the SQLite store has: files, migrations, locking across connections. The shared
// behaviour is in the contract suite.
#include "store/sqlite/sqlite_store.hpp"

#include <gmock/gmock.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "core/uid.hpp"
#include "store/sqlite/migrations.hpp"
#include "store_contract_test.hpp"

namespace polyfon::store::sqlite {
namespace {

using core::ErrorCode;
using ::testing::HasSubstr;
using testing::SampleCatalog;
using testing::Source;
using testing::Unwrap;
using testing::Value;

// Runs `body` in a child process that then ends with _exit, skipping every destructor and close
// as a crash would; returns its exit code (`body` returns the code to exit with).
int RunInChildAndDie(const std::function<int()>& body) {
  const pid_t pid = fork();
  if (pid == 0) _exit(body());
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = testing::MakeScratchFolder();
    path_ = folder_ + "/polyfon.db";
  }
  void TearDown() override {
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
  }

  std::unique_ptr<core::Store> Open(OpenMode mode = OpenMode::kCreateIfMissing) {
    return Unwrap(OpenSqliteStore(path_, mode, {.busy_timeout_ms = 100}));
  }

  // Runs `sql` on a connection of our own, as another process would, and returns the first
  // column of the last row as text.
  std::string Sql(const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    std::string result;
    char* error = nullptr;
    const int rc = sqlite3_exec(
        db, sql.c_str(),
        [](void* out, int, char** values, char**) {
          *static_cast<std::string*>(out) = values[0] ? values[0] : "NULL";
          return 0;
        },
        &result, &error);
    EXPECT_EQ(rc, SQLITE_OK) << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    return result;
  }

  std::string folder_;
  std::string path_;
};

TEST_F(SqliteStoreTest, MustExistOnAMissingFileIsNotFoundAndCreatesNothing) {
  auto store = OpenSqliteStore(path_, OpenMode::kMustExist);
  ASSERT_FALSE(store.has_value());
  EXPECT_EQ(store.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(store.error().message(),
            "database " + path_ + " does not exist; run 'polyfon init' or 'polyfon demo' first");
  EXPECT_FALSE(std::filesystem::exists(path_));
}

TEST_F(SqliteStoreTest, CreatesTheLatestSchemaInWalMode) {
  Open().reset();
  EXPECT_EQ(Sql("SELECT max(version) FROM schema_migrations"), std::to_string(LatestSchemaVersion()));
  EXPECT_EQ(Sql("SELECT count(*) FROM schema_migrations"), std::to_string(Migrations().size()));
  EXPECT_EQ(Sql("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(Sql("SELECT code FROM category_option_combo"), "default");
  EXPECT_EQ(Sql("SELECT value FROM meta WHERE key = 'data_version'"), "0");
  EXPECT_EQ(Sql("PRAGMA integrity_check"), "ok");
}

TEST_F(SqliteStoreTest, ReopeningAppliesNoMigrationTwice) {
  Open().reset();
  const std::string applied = Sql("SELECT group_concat(version || '@' || applied_at) FROM schema_migrations");
  Open(OpenMode::kMustExist).reset();
  Open(OpenMode::kCreateIfMissing).reset();
  EXPECT_EQ(Sql("SELECT group_concat(version || '@' || applied_at) FROM schema_migrations"), applied);
}

TEST_F(SqliteStoreTest, MigrationsAreNumberedFromOneWithoutGaps) {
  int expected = 1;
  for (const Migration& migration : Migrations()) EXPECT_EQ(migration.version, expected++);
}

TEST_F(SqliteStoreTest, ANewerSchemaIsRejected) {
  Open().reset();
  const int newer = LatestSchemaVersion() + 1;
  Sql("INSERT INTO schema_migrations (version, applied_at) VALUES (" + std::to_string(newer) + ", 'later')");
  auto store = OpenSqliteStore(path_, OpenMode::kMustExist);
  ASSERT_FALSE(store.has_value());
  EXPECT_EQ(store.error().code(), ErrorCode::kCorruption);
  EXPECT_THAT(store.error().message(), HasSubstr("schema version " + std::to_string(newer)));
  EXPECT_THAT(store.error().message(), HasSubstr("newer polyfon"));
}

TEST_F(SqliteStoreTest, AnotherApplicationsDatabaseIsLeftAlone) {
  Sql("CREATE TABLE invoices (id INTEGER)");
  auto store = OpenSqliteStore(path_, OpenMode::kMustExist);
  ASSERT_FALSE(store.has_value());
  EXPECT_EQ(store.error().code(), ErrorCode::kCorruption);
  EXPECT_THAT(store.error().message(), HasSubstr("some other application"));
  EXPECT_EQ(Sql("SELECT count(*) FROM sqlite_schema WHERE name = 'schema_migrations'"), "0");
}

TEST_F(SqliteStoreTest, AFileThatIsNotADatabaseIsCorruption) {
  std::ofstream(path_) << "year;region;patients\n2018;Helse Vest;456\n" << std::string(200, 'x');
  auto store = OpenSqliteStore(path_, OpenMode::kMustExist);
  ASSERT_FALSE(store.has_value());
  EXPECT_EQ(store.error().code(), ErrorCode::kCorruption);
  EXPECT_THAT(store.error().message(), HasSubstr(path_));
}

TEST_F(SqliteStoreTest, AMissingFolderIsUnavailable) {
  auto store = OpenSqliteStore(folder_ + "/no/such/folder/polyfon.db", OpenMode::kCreateIfMissing);
  ASSERT_FALSE(store.has_value());
  EXPECT_EQ(store.error().code(), ErrorCode::kUnavailable);
  EXPECT_THAT(store.error().message(), HasSubstr("no/such/folder/polyfon.db"));
}

TEST_F(SqliteStoreTest, ASecondWriterOnAnotherConnectionGetsAClearErrorAndCorruptsNothing) {
  auto store = Open();
  auto other = Open();  // as another process would
  {
    auto writer = Unwrap(store->BeginWrite());
    for (const auto& unit : SampleCatalog().org_units) Unwrap(writer->PutOrgUnit(unit));
    auto second = other->BeginWrite();
    ASSERT_FALSE(second.has_value());
    EXPECT_EQ(second.error().code(), ErrorCode::kUnavailable);
    EXPECT_THAT(second.error().message(), HasSubstr("database " + path_ + " is locked by another writer"));
    EXPECT_TRUE(Unwrap(other->LoadCatalog()).org_units.empty());  // readers are not blocked
    ASSERT_TRUE(writer->Commit().ok());
  }
  EXPECT_EQ(Unwrap(other->LoadCatalog()).org_units, SampleCatalog().org_units);
  auto writer = Unwrap(other->BeginWrite());
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_EQ(Sql("PRAGMA integrity_check"), "ok");
}

TEST_F(SqliteStoreTest, ACommitSurvivesTheProcessDyingRightAfterIt) {
  Open().reset();
  const int code = RunInChildAndDie([&] {
    auto store = OpenSqliteStore(path_, OpenMode::kMustExist);
    if (!store) return 2;
    auto writer = (*store)->BeginWrite();
    if (!writer) return 3;
    for (const auto& unit : SampleCatalog().org_units) {
      if (!(*writer)->PutOrgUnit(unit)) return 4;
    }
    return (*writer)->Commit().ok() ? 0 : 5;
  });
  ASSERT_EQ(code, 0);
  EXPECT_EQ(Unwrap(Open(OpenMode::kMustExist)->LoadCatalog()).org_units, SampleCatalog().org_units);
  EXPECT_EQ(Sql("PRAGMA integrity_check"), "ok");
}

TEST_F(SqliteStoreTest, AProcessDyingBeforeCommitLeavesNothingAndNoDamage) {
  {
    auto store = Open();
    auto writer = Unwrap(store->BeginWrite());
    Unwrap(writer->PutOrgUnit(SampleCatalog().org_units[0]));
    Unwrap(writer->PutElement(SampleCatalog().elements[0]));
    ASSERT_TRUE(writer->Commit().ok());
  }
  const int code = RunInChildAndDie([&] {
    auto store = OpenSqliteStore(path_, OpenMode::kMustExist);
    if (!store) return 2;
    auto writer = (*store)->BeginWrite();
    if (!writer) return 3;
    std::vector<core::DataValue> values;
    for (int year = 1900; year < 2100; ++year) values.push_back(Value("mt_patients", std::to_string(year), "NO", year));
    return (*writer)->PutValues(values, Source("crash.csv")) ? 0 : 4;  // and die holding the write lock
  });
  ASSERT_EQ(code, 0);
  auto store = Open(OpenMode::kMustExist);
  EXPECT_TRUE(Unwrap(store->LoadValues({})).empty());
  EXPECT_EQ(Unwrap(store->DataVersion()), 1);
  auto writer = Unwrap(store->BeginWrite());  // the dead process's lock is gone
  const std::vector<core::DataValue> values = {Value("mt_patients", "2018", "NO", 1)};
  EXPECT_EQ(Unwrap(writer->PutValues(values, Source("after.csv"))).inserted, 1);
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_EQ(Sql("PRAGMA integrity_check"), "ok");
}

TEST_F(SqliteStoreTest, AnImportSourceIsRecordedOnlyWhenSomethingChanged) {
  auto store = Open();
  {
    auto writer = Unwrap(store->BeginWrite());
    const auto catalog = SampleCatalog();
    for (const auto& unit : catalog.org_units) Unwrap(writer->PutOrgUnit(unit));
    for (const auto& element : catalog.elements) Unwrap(writer->PutElement(element));
    ASSERT_TRUE(writer->Commit().ok());
  }
  const std::vector<core::DataValue> values = {Value("mt_patients", "2018", "NO-HV", 456)};
  for (int i = 0; i < 2; ++i) {
    auto writer = Unwrap(store->BeginWrite());
    Unwrap(writer->PutValues(values, Source("npr.csv")));
    Unwrap(writer->PutValues(values, Source("npr.csv")));
    ASSERT_TRUE(writer->Commit().ok());
  }
  EXPECT_EQ(Sql("SELECT count(*) FROM import_source"), "1");
  EXPECT_EQ(Sql("SELECT s.name FROM data_value v JOIN import_source s ON s.id = v.source_id"), "npr.csv");
  EXPECT_EQ(Sql("SELECT start_date || '/' || end_date || '/' || type FROM period"), "2018-01-01/2018-12-31/yearly");
}

TEST_F(SqliteStoreTest, ManyValuesInOneBatch) {
  auto store = Open();
  auto writer = Unwrap(store->BeginWrite());
  Unwrap(writer->PutElement(SampleCatalog().elements[0]));
  std::vector<core::DataValue> values;
  for (int unit = 0; unit < 50; ++unit) {
    Unwrap(writer->PutOrgUnit(
        {.code = "U" + std::to_string(unit), .name = "Unit", .kind = core::OrgUnitKind::kOther, .aliases = {}}));
    for (int month = 1; month <= 12; ++month) {
      for (int year = 2000; year < 2020; ++year) {
        values.push_back(Value("mt_patients", std::to_string(year) + (month < 10 ? "0" : "") + std::to_string(month),
                               "U" + std::to_string(unit), year * month));
      }
    }
  }
  EXPECT_EQ(Unwrap(writer->PutValues(values, Source("big"))).inserted, static_cast<int64_t>(values.size()));
  values[7].value = -1;
  const auto counts = Unwrap(writer->PutValues(values, Source("big, again")));
  EXPECT_EQ(counts.updated, 1);
  EXPECT_EQ(counts.unchanged, static_cast<int64_t>(values.size()) - 1);
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_EQ(Unwrap(store->LoadValues({})).size(), values.size());
  EXPECT_EQ(Sql("SELECT count(*) FROM period"), "240");
  // One history row per insert (the bulk path) and one for the update, with the old value.
  EXPECT_EQ(Sql("SELECT count(*) FROM value_change"), std::to_string(values.size() + 1));
  EXPECT_EQ(Sql("SELECT old_value || ' -> ' || new_value FROM value_change WHERE old_value IS NOT NULL"),
            "2007.0 -> -1.0");  // values[7]: year 2007, month 1
}

TEST_F(SqliteStoreTest, ASchemaOneDatabaseGainsTheHistoryButItsOldImportsCannotBeUndone) {
  Sql(std::string("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);") +
      Migrations()[0].sql +
      "INSERT INTO schema_migrations VALUES (1, '2026-01-01T00:00:00Z');"
      "INSERT INTO org_unit (code, name, kind) VALUES ('NO-HV', 'Helse Vest', 'health_region');"
      "INSERT INTO data_element (code, name, value_type, aggregation, description) "
      "VALUES ('mt_patients', 'Patients', 'non_negative_integer', 'distinct', '');"
      "INSERT INTO period (code, type, start_date, end_date) VALUES ('2018', 'yearly', '2018-01-01', '2018-12-31');"
      "INSERT INTO import_source (name, sha256, imported_at, imported_by) VALUES ('old.csv', '', 'then', 'someone');"
      "INSERT INTO data_value VALUES (1, 1, 1, 1, 1, 456, 'npr', 'then', '', 0, 1);");
  auto store = Open(OpenMode::kMustExist);
  EXPECT_EQ(Sql("SELECT max(version) FROM schema_migrations"), std::to_string(LatestSchemaVersion()));
  EXPECT_EQ(Unwrap(store->LoadValues({})).size(), 1u);
  const auto sources = Unwrap(store->LoadSources());
  ASSERT_EQ(sources.size(), 1u);
  EXPECT_EQ(sources[0].changes, 0);

  auto writer = Unwrap(store->BeginWrite());
  auto undo = writer->UndoSource(1, Source("undo of import 1"));
  ASSERT_FALSE(undo.has_value());
  EXPECT_EQ(undo.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_THAT(undo.error().message(), HasSubstr("import 1 (old.csv) has no recorded value changes"));
  const std::vector<core::DataValue> values = {Value("mt_patients", "2018", "NO-HV", 460)};
  EXPECT_EQ(Unwrap(writer->PutValues(values, Source("new.csv"))).updated, 1);
  ASSERT_TRUE(writer->Commit().ok());
  writer.reset();
  const auto history = Unwrap(store->LoadHistory({}));
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history[0].old_value, 456);
  EXPECT_EQ(history[0].old_provenance.stored_by, "npr");
  // The change made after the upgrade can be undone: back to the value from before the history.
  writer = Unwrap(store->BeginWrite());
  EXPECT_EQ(Unwrap(writer->UndoSource(2, Source("undo of import 2"))).restored, 1);
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_EQ(Sql("SELECT value || ' ' || stored_by || ' ' || source_id FROM data_value"), "456.0 npr 1");
  EXPECT_EQ(Sql("PRAGMA foreign_key_check"), "");
  EXPECT_EQ(Sql("PRAGMA integrity_check"), "ok");
}

// Migration 3 adds the uid columns; rows from before keep the uid they always had, derived from
// their code, so exports with uids name them the same before and after the upgrade.
TEST_F(SqliteStoreTest, ASchemaTwoDatabaseGainsUidColumnsThatKeepDerivedUids) {
  Sql(std::string("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);") +
      Migrations()[0].sql + Migrations()[1].sql +
      "INSERT INTO schema_migrations VALUES (1, '2026-01-01T00:00:00Z'), (2, '2026-01-01T00:00:00Z');"
      "INSERT INTO org_unit (code, name, kind) VALUES ('NO-HV', 'Helse Vest', 'health_region');"
      "INSERT INTO data_element (code, name, value_type, aggregation, description) "
      "VALUES ('mt_patients', 'Patients', 'non_negative_integer', 'distinct', '');");
  auto store = Open(OpenMode::kMustExist);
  EXPECT_EQ(Sql("SELECT max(version) FROM schema_migrations"), std::to_string(LatestSchemaVersion()));
  const core::Catalog catalog = Unwrap(store->LoadCatalog());
  ASSERT_EQ(catalog.org_units.size(), 1u);
  EXPECT_EQ(catalog.org_units[0].uid, "");
  EXPECT_EQ(core::UidOf(catalog.org_units[0]), core::DeriveUid("NO-HV"));
  EXPECT_EQ(catalog.elements[0].uid, "");
  EXPECT_EQ(core::UidOf(catalog.combos[0]), "HllvX50cXC0");
  // A uid given afterwards is stored in the new column.
  core::OrgUnit unit = catalog.org_units[0];
  unit.uid = "ImspTQPwCqd";
  auto writer = Unwrap(store->BeginWrite());
  EXPECT_EQ(Unwrap(writer->PutOrgUnit(unit)), core::Change::kUpdated);
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_EQ(Sql("SELECT code || ' ' || uid FROM org_unit"), "NO-HV ImspTQPwCqd");
  EXPECT_EQ(Sql("PRAGMA integrity_check"), "ok");
}

core::AccountEvent AccountEvent(std::string action, std::string subject) {
  return {.id = 0,
          .at = "2026-01-01T00:00:00Z",
          .actor = "cli",
          .action = std::move(action),
          .subject = std::move(subject),
          .detail = ""};
}

core::User AccountUser(std::string name) {
  return {.name = std::move(name),
          .role = core::Role::kReporter,
          .org_units = {"NO-HV", "NO-HN"},
          .password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA",
          .disabled = false,
          .created_at = "2026-01-01T00:00:00Z"};
}

TEST_F(SqliteStoreTest, AccountsPersistAcrossReopenInTheirOwnTablesAndLeaveTheDataVersion) {
  {
    auto store = Open();
    EXPECT_TRUE(Unwrap(store->Accounts().PutUser(AccountUser("alice"), AccountEvent("user_added", "alice"))));
    EXPECT_EQ(Unwrap(store->Accounts().AddToken({.id = 0,
                                                 .user = "alice",
                                                 .label = "nightly",
                                                 .hash = std::string(64, 'f'),
                                                 .created_at = "2026-01-02T00:00:00Z",
                                                 .revoked_at = ""},
                                                AccountEvent("token_added", "alice"))),
              1);
  }
  auto store = Open(OpenMode::kMustExist);
  const auto user = Unwrap(store->Accounts().FindUser("alice"));
  ASSERT_TRUE(user.has_value());
  EXPECT_EQ(user->password_hash, AccountUser("alice").password_hash);
  EXPECT_EQ(user->org_units, AccountUser("alice").org_units);
  EXPECT_EQ(Unwrap(store->Accounts().LoadTokens("alice")).size(), 1u);
  EXPECT_EQ(Unwrap(store->Accounts().LoadEvents(0)).size(), 2u);
  EXPECT_EQ(Sql("SELECT name || ' ' || role || ' ' || disabled FROM app_user"), "alice reporter 0");
  EXPECT_EQ(Sql("SELECT group_concat(org_unit_code) FROM app_user_org_unit ORDER BY position"), "NO-HV,NO-HN");
  EXPECT_EQ(Sql("SELECT coalesce(revoked_at, 'NULL') FROM api_token"), "NULL");
  EXPECT_EQ(Sql("SELECT value FROM meta WHERE key = 'data_version'"), "0");
  EXPECT_EQ(Sql("PRAGMA foreign_key_check"), "");
  EXPECT_EQ(Sql("PRAGMA integrity_check"), "ok");
}

TEST_F(SqliteStoreTest, AnAccountWriteWaitsForAnImportsLockAndThenGivesUp) {
  auto store = Open();
  auto writer = Unwrap(store->BeginWrite());
  const core::Status locked =
      store->Accounts().PutUser(AccountUser("alice"), AccountEvent("user_added", "alice")).status();
  EXPECT_EQ(locked.code(), ErrorCode::kUnavailable);
  EXPECT_THAT(locked.message(), HasSubstr("is locked by another writer"));
  ASSERT_TRUE(writer->Commit().ok());
  writer.reset();
  EXPECT_TRUE(Unwrap(store->Accounts().PutUser(AccountUser("alice"), AccountEvent("user_added", "alice"))));
  EXPECT_EQ(Unwrap(store->Accounts().LoadEvents(0)).size(), 1u);  // the refused write left no event
}

// Migration 4 adds the account tables to a database that has data: nothing else changes.
TEST_F(SqliteStoreTest, ASchemaThreeDatabaseGainsTheAccountTables) {
  Sql(std::string("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);") +
      Migrations()[0].sql + Migrations()[1].sql + Migrations()[2].sql +
      "INSERT INTO schema_migrations VALUES (1, '2026-01-01T00:00:00Z'), (2, '2026-01-01T00:00:00Z'), "
      "(3, '2026-01-01T00:00:00Z');"
      "INSERT INTO org_unit (code, name, kind) VALUES ('NO-HV', 'Helse Vest', 'health_region');"
      "UPDATE meta SET value = '7' WHERE key = 'data_version';");
  auto store = Open(OpenMode::kMustExist);
  EXPECT_EQ(Sql("SELECT max(version) FROM schema_migrations"), std::to_string(LatestSchemaVersion()));
  EXPECT_EQ(Unwrap(store->LoadCatalog()).org_units.size(), 1u);
  EXPECT_TRUE(Unwrap(store->Accounts().LoadUsers()).empty());
  EXPECT_TRUE(Unwrap(store->Accounts().PutUser(AccountUser("alice"), AccountEvent("user_added", "alice"))));
  EXPECT_EQ(Unwrap(store->DataVersion()), 7);
  EXPECT_EQ(Sql("PRAGMA integrity_check"), "ok");
}

// Migration 5 adds the registry tables and participant.contact to a database that has data: the
// participants it has get an empty contact, and the registry starts empty.
TEST_F(SqliteStoreTest, ASchemaFourDatabaseGainsTheRegistryAndParticipantContacts) {
  Sql(std::string("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);") +
      Migrations()[0].sql + Migrations()[1].sql + Migrations()[2].sql + Migrations()[3].sql +
      "INSERT INTO schema_migrations VALUES (1, '2026-01-01T00:00:00Z'), (2, '2026-01-01T00:00:00Z'), "
      "(3, '2026-01-01T00:00:00Z'), (4, '2026-01-01T00:00:00Z');"
      "INSERT INTO participant (code, name, type, helix, health_region, org_unit, note) "
      "VALUES ('uib', 'Universitetet i Bergen', 'university', 'academia', '', '', 'partner');"
      "UPDATE meta SET value = '7' WHERE key = 'data_version';");
  auto store = Open(OpenMode::kMustExist);
  EXPECT_EQ(Sql("SELECT max(version) FROM schema_migrations"), "5");
  const auto participants = Unwrap(store->LoadCatalog()).participants;
  ASSERT_EQ(participants.size(), 1u);
  EXPECT_EQ(participants[0].contact, "");
  EXPECT_EQ(participants[0].note, "partner");
  EXPECT_EQ(Unwrap(store->LoadRegistry()), core::ClusterRegistry{});
  EXPECT_EQ(Unwrap(store->DataVersion()), 7);

  core::Participant changed = participants[0];
  changed.contact = "Kari Nordmann";
  core::Goal goal{.code = "main", .parent = "", .title = {.nn = "Mål", .nb = "", .en = "Goal"}, .indicators = {}};
  goal.indicators.push_back({.measure = {.kind = core::MeasureKind::kMembers, .code = "academia", .org_unit = ""},
                             .label = {},
                             .dimension = core::Dimension::kPenetration,
                             .targets = {{2030, 40}},
                             .higher_is_better = true});
  auto writer = Unwrap(store->BeginWrite());
  EXPECT_EQ(Unwrap(writer->PutParticipant(changed)), core::Change::kUpdated);
  EXPECT_EQ(Unwrap(writer->PutGoal(goal)), core::Change::kInserted);
  ASSERT_TRUE(writer->Commit().ok());
  writer.reset();
  // Typed columns, enums by their core names.
  EXPECT_EQ(Sql("SELECT contact FROM participant"), "Kari Nordmann");
  EXPECT_EQ(Sql("SELECT measure || ' ' || dimension || ' ' || higher_is_better FROM goal_indicator"),
            "members:academia penetration 1");
  EXPECT_EQ(Sql("SELECT year || ' ' || value FROM goal_target"), "2030 40.0");
  // Deleting a goal takes its indicators and targets with it.
  writer = Unwrap(store->BeginWrite());
  ASSERT_TRUE(writer->DeleteRegistryItem(core::RegistryKind::kGoal, "main").ok());
  ASSERT_TRUE(writer->Commit().ok());
  writer.reset();
  EXPECT_EQ(Sql("SELECT count(*) FROM goal_indicator"), "0");
  EXPECT_EQ(Sql("SELECT count(*) FROM goal_target"), "0");
  EXPECT_EQ(Sql("PRAGMA foreign_key_check"), "");
  EXPECT_EQ(Sql("PRAGMA integrity_check"), "ok");
}

TEST_F(SqliteStoreTest, MemoryDatabasesArePrivateAndLeaveNoFile) {
  auto first = Unwrap(OpenSqliteStore(":memory:", OpenMode::kMustExist));
  auto second = Unwrap(OpenSqliteStore(":memory:", OpenMode::kMustExist));
  auto writer = Unwrap(first->BeginWrite());
  Unwrap(writer->PutOrgUnit(SampleCatalog().org_units[0]));
  ASSERT_TRUE(writer->Commit().ok());
  writer.reset();
  EXPECT_EQ(Unwrap(first->LoadCatalog()).org_units.size(), 1u);
  EXPECT_TRUE(Unwrap(second->LoadCatalog()).org_units.empty());
  EXPECT_FALSE(std::filesystem::exists(":memory:"));
}

}  // namespace
}  // namespace polyfon::store::sqlite
