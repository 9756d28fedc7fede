// Undoing an import as a whole, for every back end.
#include <gmock/gmock.h>

#include "history_contract_test.hpp"

namespace polyfon::store::testing {
namespace {

using core::ErrorCode;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

TEST_P(HistoryContractTest, UndoPutsBackWhatTheImportFound) {
  PutCatalog(SampleCatalog());
  core::DataValue commented = Value("population", "2018", "NO-HV", 1106295);
  commented.provenance.comment = "SSB";
  const std::vector<core::DataValue> a = {Value("mt_patients", "2016", "NO-HV", 214),
                                          Value("mt_patients", "2018", "NO-HV", 456), commented};
  PutValuesAndCommit(a, Source("a.csv"));
  core::DataValue revised = Value("population", "2018", "NO-HV", 1106300);
  revised.provenance = {.stored_by = "ssb", .last_updated = "2026-01-01T00:00:00Z", .comment = "", .followup = true};
  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 460), revised, Value("mt_patients", "2019", "NO-HV", 500),
                      Value("mt_patients", "2016", "NO-HV", 214)},
                     Source("b.csv"));
  const int64_t version = Version();

  const core::UndoCounts counts = Unwrap(Undo(2));
  EXPECT_EQ(counts.source_id, 3);
  EXPECT_EQ(counts.restored, 2);
  EXPECT_EQ(counts.deleted, 1);
  EXPECT_EQ(counts.unchanged, 0);
  EXPECT_GT(Version(), version);
  Reopen();
  EXPECT_EQ(Values(), (std::vector<core::DataValue>{a[0], a[1], a[2]}));  // provenance too

  const auto sources = Sources();
  ASSERT_EQ(sources.size(), 3u);
  EXPECT_EQ(sources[1].undone_by, 3);
  EXPECT_EQ(sources[2].undoes, 2);
  EXPECT_EQ(sources[2].source.name, "undo of import 2");
  EXPECT_EQ(sources[2].source.imported_by, "admin");
  EXPECT_EQ(sources[2].changes, 3);
  EXPECT_THAT(
      SortedSummaries(History(Changes().Source(3))),
      ElementsAre("mt_patients/2018/NO-HV/default: 460 -> 456 by 3", "mt_patients/2019/NO-HV/default: 500 -> - by 3",
                  "population/2018/NO-HV/default: 1106300 -> 1106295 by 3"));
  const auto restored = History(Changes().Elements({"population"}).Limit(1));
  ASSERT_EQ(restored.size(), 1u);
  EXPECT_EQ(restored[0].old_provenance, revised.provenance);
  EXPECT_EQ(restored[0].new_comment, "SSB");

  auto again = Undo(2);
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(again.error().message(), "import 2 (b.csv) was undone already, by import 3");
}

TEST_P(HistoryContractTest, UndoRefusesWhenALaterImportChangedTheSameValue) {
  PutCatalog(SampleCatalog());
  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 456), Value("mt_patients", "2017", "NO-HV", 400)},
                     Source("a.csv"));
  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 460)}, Source("b.csv"));
  const auto values = Values();
  const size_t changes = History().size();
  const int64_t version = Version();

  auto refused = Undo(1);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(refused.error().message(),
            "import 1 (a.csv) cannot be undone: data value (mt_patients, 2018, NO-HV, default, default) was changed "
            "again by import 2 (b.csv); undo import 2 first");
  EXPECT_EQ(Values(), values);
  EXPECT_EQ(History().size(), changes);
  EXPECT_EQ(Sources().size(), 2u);
  EXPECT_EQ(Version(), version);

  // Once the later import is undone, the earlier one may be.
  EXPECT_EQ(Unwrap(Undo(2)).restored, 1);
  const core::UndoCounts counts = Unwrap(Undo(1));
  EXPECT_EQ(counts.source_id, 4);
  EXPECT_EQ(counts.deleted, 2);
  EXPECT_THAT(Values(), IsEmpty());
}

TEST_P(HistoryContractTest, ARefusedUndoLeavesTheWriterUsable) {
  PutCatalog(SampleCatalog());
  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 456)}, Source("a.csv"));
  auto writer = Begin();
  auto missing = writer->UndoSource(7, At("undo of import 7", "2026-03-01T00:00:00Z"));
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(missing.error().message(), "import 7 does not exist");
  const std::vector<core::DataValue> more = {Value("mt_patients", "2019", "NO-HV", 1)};
  EXPECT_EQ(Unwrap(writer->PutValues(more, Source("b.csv"))).inserted, 1);
  ASSERT_OK(writer->Commit());
  EXPECT_EQ(Values().size(), 2u);
}

TEST_P(HistoryContractTest, AnUndoIsNotUndone) {
  PutCatalog(SampleCatalog());
  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 456)}, Source("a.csv"));
  Unwrap(Undo(1));
  auto refused = Undo(2);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_THAT(refused.error().message(), HasSubstr("import 2 (undo of import 1) is itself the undo of import 1"));
}

TEST_P(HistoryContractTest, AnUncommittedUndoChangesNothing) {
  PutCatalog(SampleCatalog());
  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 456)}, Source("a.csv"));
  EXPECT_EQ(Unwrap(Undo(1, /*commit=*/false)).deleted, 1);
  Reopen();
  EXPECT_EQ(Values().size(), 1u);
  EXPECT_EQ(Sources().size(), 1u);
  EXPECT_EQ(History().size(), 1u);
  EXPECT_EQ(Unwrap(Undo(1)).deleted, 1);
}

TEST_P(HistoryContractTest, AValueChangedAndChangedBackByOneImportIsLeftAlone) {
  PutCatalog(SampleCatalog());
  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 456)}, Source("a.csv"));
  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 1), Value("mt_patients", "2018", "NO-HV", 456),
                      Value("mt_patients", "2019", "NO-HV", 7)},
                     Source("b.csv"));
  EXPECT_EQ(Sources()[1].changes, 3);
  const core::UndoCounts counts = Unwrap(Undo(2));
  EXPECT_EQ(counts.unchanged, 1);
  EXPECT_EQ(counts.deleted, 1);
  EXPECT_THAT(Values(), ElementsAre(Value("mt_patients", "2018", "NO-HV", 456)));
}

TEST_P(HistoryContractTest, ChangesOfAnUndoneImportDoNotBlockAnEarlierUndo) {
  PutCatalog(SampleCatalog());
  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 1)}, Source("a.csv"));
  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 2)}, Source("b.csv"));
  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 3)}, Source("c.csv"));
  Unwrap(Undo(3));  // import 4
  Unwrap(Undo(2));  // import 5
  EXPECT_THAT(Values(), ElementsAre(Value("mt_patients", "2018", "NO-HV", 1)));
  EXPECT_EQ(Unwrap(Undo(1)).deleted, 1);
  EXPECT_THAT(Values(), IsEmpty());
  EXPECT_EQ(History().size(), 6u);
}

}  // namespace
}  // namespace polyfon::store::testing
