// Undoing an import through the use cases: import A, import B over some of A's values, undo B.
#include "app/undo_import.hpp"

#include <gtest/gtest.h>

#include "app/history_output.hpp"
#include "app/import_files.hpp"
#include "app/load_demo.hpp"
#include "app/value_history.hpp"
#include "store/memory/memory_store.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace polyfon::app {
namespace {

constexpr const char* kNow = "2026-01-01T00:00:00Z";
constexpr const char* kCsvHeader = "dataelement,period,orgunit,value,storedby,lastupdated,comment\n";

// The stores the use cases run on: the memory store of the tests and a throwaway SQLite file.
class UndoImportTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    if (GetParam()) {
      store_ = std::move(store::sqlite::OpenSqliteStore(":memory:", store::sqlite::OpenMode::kCreateIfMissing).value());
    } else {
      store_ = store::memory::NewMemoryStore();
    }
    ASSERT_TRUE(LoadDemo(*store_, kNow).has_value());
  }

  int64_t Import(const std::string& name, const std::string& rows) {
    ImportRequest request;
    request.files = {{name, kCsvHeader + rows}};
    request.options.now = kNow;
    request.options.stored_by = "tester";
    auto report = ImportFiles(*store_, request);
    EXPECT_TRUE(report.has_value()) << report.error().message();
    return store_->LoadSources()->back().id;
  }

  core::Result<UndoReport> Undo(int64_t id, bool dry_run = false) {
    return UndoImport(*store_, {.source_id = id, .now = "2026-02-01T00:00:00Z", .user = "admin", .dry_run = dry_run});
  }

  std::vector<core::DataValue> Values() { return store_->LoadValues({}).value(); }

  std::unique_ptr<core::Store> store_;
};

TEST_P(UndoImportTest, UndoingTheLaterImportGivesBackTheEarlierValues) {
  const int64_t a = Import("a.csv",
                           "mt_patients,2019,NO-HV,500,npr,2020-06-01T00:00:00Z,first count\n"
                           "mt_patients,2019,NO-HSO,600,npr,2020-06-01T00:00:00Z,\n");
  const std::vector<core::DataValue> after_a = Values();
  const int64_t b = Import("b.csv",
                           "mt_patients,2019,NO-HV,510,coordinator,2021-01-01T00:00:00Z,corrected\n"
                           "mt_patients,2019,NO-HSO,600,npr,2020-06-01T00:00:00Z,\n"
                           "mt_patients,2019,NO-HN,12,coordinator,2021-01-01T00:00:00Z,\n"
                           "mt_patients,2018,NO-HV,457,coordinator,2021-01-01T00:00:00Z,\n");
  ASSERT_EQ(b, a + 1);

  auto dry = Undo(b, /*dry_run=*/true);
  ASSERT_TRUE(dry.has_value()) << dry.error().message();
  EXPECT_FALSE(dry->committed);
  EXPECT_EQ(dry->counts.restored, 2);  // NO-HV 2019 and the demo's NO-HV 2018
  EXPECT_EQ(dry->counts.deleted, 1);
  EXPECT_EQ(store_->LoadSources()->size(), static_cast<size_t>(b));

  auto report = Undo(b);
  ASSERT_TRUE(report.has_value()) << report.error().message();
  EXPECT_TRUE(report->committed);
  EXPECT_EQ(report->undone.source.name, "b.csv");
  EXPECT_EQ(report->counts.source_id, b + 1);
  EXPECT_EQ(Values(), after_a);  // values and provenance

  const auto undo = store_->LoadSources()->back();
  EXPECT_EQ(undo.source.name, "undo of import " + std::to_string(b));
  EXPECT_EQ(undo.source.imported_by, "admin");
  EXPECT_EQ(undo.source.imported_at, "2026-02-01T00:00:00Z");
  EXPECT_EQ(undo.undoes, b);
}

TEST_P(UndoImportTest, UndoingTheEarlierImportIsAConflictWhileTheLaterStands) {
  const int64_t a = Import("a.csv", "mt_patients,2019,NO-HV,500,npr,2020-06-01T00:00:00Z,\n");
  const int64_t b = Import("b.csv", "mt_patients,2019,NO-HV,510,npr,2021-06-01T00:00:00Z,\n");
  const auto values = Values();
  const size_t sources = store_->LoadSources()->size();

  auto refused = Undo(a);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code(), core::ErrorCode::kConflict);
  EXPECT_NE(refused.error().message().find("(mt_patients, 2019, NO-HV, default, default) was changed again by import " +
                                           std::to_string(b) + " (b.csv)"),
            std::string::npos)
      << refused.error().message();
  EXPECT_EQ(Values(), values);
  EXPECT_EQ(store_->LoadSources()->size(), sources);

  ASSERT_TRUE(Undo(b).has_value());
  ASSERT_TRUE(Undo(a).has_value());
  auto twice = Undo(a);
  ASSERT_FALSE(twice.has_value());
  EXPECT_EQ(twice.error().code(), core::ErrorCode::kConflict);
  EXPECT_EQ(Undo(99).error().code(), core::ErrorCode::kNotFound);
}

TEST_P(UndoImportTest, ImportsRecordTheSha256OfTheirFiles) {
  ImportRequest request;
  request.files = {{"c.csv", "dataelement,period,orgunit,value\nmt_patients,2019,NO-HV,501\n"}};
  request.options.now = kNow;
  ASSERT_TRUE(ImportFiles(*store_, request).has_value());
  EXPECT_EQ(store_->LoadSources()->back().source.sha256,
            "38394c1a91f956a2cf9fc8541d34dab6c2c263a11008b8ad89b77fff49daee6f");  // sha256sum of the bytes
}

TEST_P(UndoImportTest, HistoryListsTheChangesWithSmallCountsHiddenOnlyForPublicOutput) {
  Import("b.csv", "mt_patients,2019,NO-HN,3,npr,2020-06-01T00:00:00Z,\n");
  HistorySpec spec;
  spec.elements = {"mt_patients"};
  spec.limit = 1;
  auto raw = LoadValueHistory(*store_, spec);
  ASSERT_TRUE(raw.has_value());
  ASSERT_EQ(raw->size(), 1u);
  EXPECT_FALSE(raw->front().suppressed);
  EXPECT_EQ(raw->front().change.new_value, 3);
  spec.public_output = true;
  EXPECT_TRUE(LoadValueHistory(*store_, spec)->front().suppressed);
  EXPECT_NE(RenderHistoryCsv(*LoadValueHistory(*store_, spec)).find(",NO-HN,default,default,,,npr,\n"),
            std::string::npos);

  spec.elements = {"nope"};
  EXPECT_EQ(LoadValueHistory(*store_, spec).error().code(), core::ErrorCode::kNotFound);
  spec.elements = {};
  spec.source_id = 42;
  EXPECT_EQ(LoadValueHistory(*store_, spec).error().code(), core::ErrorCode::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Stores, UndoImportTest, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& info) { return info.param ? "sqlite" : "memory"; });

}  // namespace
}  // namespace polyfon::app
