#include "app/import_files.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <set>

#include "app/load_demo.hpp"
#include "app/query_data.hpp"
#include "core/uid.hpp"
#include "fault_injecting_store.hpp"
#include "store/memory/memory_store.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace polyfon::app {
namespace {

using testing::FaultInjectingStore;

constexpr const char* kNow = "2026-01-01T00:00:00Z";

// 60 000 positions (200 years × 12 months × 25 units): more than one write chunk, all valid.
InputFile ManyPopulationValues() {
  std::string csv = "dataelement,period,orgunit,value\n";
  for (int year = 1900; year < 2100; ++year) {
    for (int month = 1; month <= 12; ++month) {
      char period[32];
      std::snprintf(period, sizeof period, "%04d%02d", year, month);
      for (const char* ou : {"HV-BERGEN", "HV-FORDE", "HV-FONNA", "HV-STAVANGER", "K-BERGEN", "K-FREDRIKSTAD",
                             "HSO-SSHF", "HSO-TYRILI", "HV-BETANIEN", "HV-OLAVIKEN", "HV-HARALDSPLASS",
                             "HV-BERGEN-PHV", "HV-BERGEN-AFR", "HV-BERGEN-PK", "K-BERGEN-BF", "K-BERGEN-RUS",
                             "K-BERGEN-PH", "K-BERGEN-KULTUR", "K-FREDRIKSTAD-RPH", "HV-BERGENSKLINIKKENE",
                             "HV-BERGENSKLINIKKENE-HJ", "HV-BETANIEN-DPS", "F-12", "F-14", "F-01"}) {
        csv += std::string("mt_positions,") + period + "," + ou + "," + std::to_string(year % 7) + "\n";
      }
    }
  }
  return {"many.csv", csv};
}

analytics::QuerySpec Spec(const char* item, const char* ou, const char* pe) {
  analytics::QuerySpec spec;
  spec.items = {item};
  spec.org_units = {ou};
  spec.periods = {*core::Period::Parse(pe)};
  return spec;
}

class ImportFilesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(LoadDemo(*store_, kNow).has_value()); }

  int64_t Version() { return *store_->DataVersion(); }
  size_t ValueCount() { return store_->LoadValues({})->size(); }

  std::unique_ptr<core::Store> store_ = store::memory::NewMemoryStore();
};

TEST_F(ImportFilesTest, DemoIsIdempotent) {
  const int64_t version = Version();
  const size_t count = ValueCount();
  auto again = LoadDemo(*store_, "2027-01-01T00:00:00Z");
  ASSERT_TRUE(again.has_value());
  for (const FileReport& file : again->files) {
    EXPECT_EQ(file.values.changed(), 0) << file.name;
    EXPECT_EQ(file.metadata.changed(), 0) << file.name;
  }
  EXPECT_EQ(Version(), version);
  EXPECT_EQ(ValueCount(), count);
}

TEST_F(ImportFilesTest, AFailureWhileWritingLeavesTheStoreAsItWas) {
  const int64_t version = Version();
  const size_t count = ValueCount();
  for (auto fault : {FaultInjectingStore::Fault::kPutValues, FaultInjectingStore::Fault::kCommit}) {
    FaultInjectingStore faulty(*store_);
    faulty.FailAt(fault, 2);  // the second chunk of values, after the first was written
    ImportRequest request;
    request.files = {ManyPopulationValues()};
    request.options.now = kNow;
    auto report = ImportFiles(faulty, request);
    ASSERT_FALSE(report.has_value());
    EXPECT_NE(report.error().message().find("injected fault"), std::string::npos);
    EXPECT_EQ(Version(), version);
    EXPECT_EQ(ValueCount(), count);
  }
}

TEST_F(ImportFilesTest, OneBadFileRejectsTheWholeImport) {
  ImportRequest request;
  request.files = {{"good.csv", "dataelement,period,orgunit,value\nmt_patients,2019,NO-HV,500\n"},
                   {"bad.csv", "dataelement,period,orgunit,value\nmt_patients,2019,NO-HN,-1\n"}};
  request.options.now = kNow;
  auto report = ImportFiles(*store_, request);
  ASSERT_FALSE(report.has_value());
  EXPECT_EQ(report.error().code(), core::ErrorCode::kInvalidArgument);
  EXPECT_NE(report.error().message().find("bad.csv:2:"), std::string::npos) << report.error().message();
  EXPECT_EQ(QueryData(*store_, Spec("mt_patients", "NO-HV", "2019"))->front().status, analytics::RowStatus::kMissing);
}

TEST_F(ImportFilesTest, DryRunReportsChangesAndWritesNothing) {
  const int64_t version = Version();
  ImportRequest request;
  request.files = {{"new.csv", "dataelement,period,orgunit,value\nmt_patients,2019,NO-HV,500\nmt_patients,2018,NO-HV,457\n"}};
  request.options.now = kNow;
  request.dry_run = true;
  auto report = ImportFiles(*store_, request);
  ASSERT_TRUE(report.has_value()) << report.error().message();
  EXPECT_FALSE(report->committed);
  EXPECT_EQ(report->files[0].values.inserted, 1);
  EXPECT_EQ(report->files[0].values.updated, 1);
  EXPECT_EQ(Version(), version);
}

// Every object of the bundled catalog goes by a distinct, well-formed uid derived from its code.
TEST_F(ImportFilesTest, TheBundledCatalogHasDistinctDerivedUids) {
  const core::Catalog catalog = *store_->LoadCatalog();
  EXPECT_TRUE(core::ValidateUids(catalog).ok()) << core::ValidateUids(catalog).message();
  std::set<std::string> uids;
  size_t objects = 0;
  const auto add = [&](const auto& items) {
    for (const auto& item : items) {
      EXPECT_EQ(item.uid, "") << item.code;  // none given in data/: all derived
      const std::string uid = core::UidOf(item);
      EXPECT_EQ(core::UidProblem(uid), "") << item.code << " -> " << uid;
      uids.insert(uid);
      ++objects;
    }
  };
  add(catalog.org_units);
  add(catalog.elements);
  add(catalog.combos);
  EXPECT_GT(objects, 50u);
  EXPECT_EQ(uids.size(), objects);
  EXPECT_TRUE(uids.contains("HllvX50cXC0"));  // the default combo, as in DHIS2
}

// A metadata file may give a uid that another object already goes by: caught across files, before
// anything is written.
TEST_F(ImportFilesTest, RejectsAUidThatAnotherObjectAlreadyHas) {
  const int64_t version = Version();
  ImportRequest request;
  request.options.now = kNow;
  request.files = {
      {"units.csv", "code,name,kind,uid\nNEW-UNIT,New unit,clinic," + core::DeriveUid("mt_patients") + "\n"}};
  auto report = ImportFiles(*store_, request);
  ASSERT_FALSE(report.has_value());
  EXPECT_EQ(report.error().code(), core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(report.error().message(), "units.csv: uid '" + core::DeriveUid("mt_patients") +
                                          "' of data element 'mt_patients' is also the uid of org unit 'NEW-UNIT' "
                                          "(uids must be unique)");
  EXPECT_EQ(Version(), version);
  // With a uid of its own the unit imports, and values may then name it by that uid.
  request.files = {{"units.csv", "code,name,kind,uid\nNEW-UNIT,New unit,clinic,ImspTQPwCqd\n"}};
  report = ImportFiles(*store_, request);
  ASSERT_TRUE(report.has_value()) << report.error().message();
  request.files = {{"values.csv", "dataelement,period,orgunit,value\nmt_positions,2024,ImspTQPwCqd,1\n"}};
  request.options.id_schemes.org_unit = io::IdScheme::kUid;
  report = ImportFiles(*store_, request);
  ASSERT_TRUE(report.has_value()) << report.error().message();
  EXPECT_EQ(report->files[0].values.inserted, 1);
  bool stored = false;
  const std::vector<core::DataValue> values = *store_->LoadValues({});
  for (const core::DataValue& value : values) stored |= value.org_unit == "NEW-UNIT";
  EXPECT_TRUE(stored);
}

TEST_F(ImportFilesTest, LaterFilesMayUseMetadataFromEarlierOnes) {
  ImportRequest request;
  request.files = {{"units.csv", "code,name,kind,parent\nHV-BERGEN-BUP,Helse Bergen – BUP,clinic,HV-BERGEN\n"},
                   {"values.csv", "dataelement,period,orgunit,value\nmt_positions,2022,HV-BERGEN-BUP,2\n"}};
  request.options.now = kNow;
  auto report = ImportFiles(*store_, request);
  ASSERT_TRUE(report.has_value()) << report.error().message();
  auto rows = QueryData(*store_, Spec("mt_positions", "HV-BERGEN", "2022"));
  ASSERT_TRUE(rows.has_value());
  EXPECT_EQ(rows->front().value, 2);
}

// A process killed in the middle of an import leaves the SQLite file exactly as it was.
TEST(SqliteCrashTest, AKilledImportLeavesTheDatabaseAsItWas) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("polyfon-crash-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const std::string db = (dir / "crash.db").string();
  {
    auto store = store::sqlite::OpenSqliteStore(db, store::sqlite::OpenMode::kCreateIfMissing);
    ASSERT_TRUE(store.has_value());
    ASSERT_TRUE(LoadDemo(**store, kNow).has_value());
  }
  auto before_store = store::sqlite::OpenSqliteStore(db, store::sqlite::OpenMode::kMustExist);
  const auto before = *(*before_store)->LoadValues({});
  const int64_t version = *(*before_store)->DataVersion();
  before_store->reset();

  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto store = store::sqlite::OpenSqliteStore(db, store::sqlite::OpenMode::kMustExist);
    ImportRequest request;
    request.files = {ManyPopulationValues()};
    request.options.now = kNow;
    int calls = 0;
    // Dies after the second chunk is written, before the commit: no destructor, no rollback.
    request.progress = [&calls](const ImportProgress&) {
      if (++calls == 2) _exit(0);
    };
    (void)ImportFiles(**store, request);
    _exit(1);
  }
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  ASSERT_EQ(WEXITSTATUS(status), 0) << "the child did not reach the crash point";

  auto after = store::sqlite::OpenSqliteStore(db, store::sqlite::OpenMode::kMustExist);
  ASSERT_TRUE(after.has_value()) << after.error().message();
  EXPECT_EQ(*(*after)->LoadValues({}), before);
  EXPECT_EQ(*(*after)->DataVersion(), version);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace polyfon::app
