// The value history: every change recorded with its import, the filters of LoadHistory and the
// import records of LoadSources, for every back end (undo: undo_contract_test.cpp).
#include "history_contract_test.hpp"

#include <gmock/gmock.h>

namespace polyfon::store::testing {
namespace {

using core::Date;
using core::ErrorCode;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST_P(HistoryContractTest, EveryInsertAndUpdateIsRecordedWithItsImport) {
  PutCatalog(SampleCatalog());
  const core::ImportSource a = At("a.csv", "2026-01-01T00:00:00Z", "alice");
  const core::ImportSource b = At("b.csv", "2026-02-01T00:00:00Z", "bob");
  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 456), Value("population", "2018", "NO-HV", 1106295)}, a);
  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 457), Value("population", "2018", "NO-HV", 1106295)}, b);
  Reopen();
  const auto history = History();
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(Summaries(history).front(), "mt_patients/2018/NO-HV/default: 456 -> 457 by 2");
  EXPECT_THAT(
      SortedSummaries({history[1], history[2]}),
      ElementsAre("mt_patients/2018/NO-HV/default: - -> 456 by 1", "population/2018/NO-HV/default: - -> 1106295 by 1"));
  EXPECT_GT(history[0].id, history[1].id);
  EXPECT_EQ(history[0].source.name, "b.csv");
  EXPECT_EQ(history[0].source.imported_by, "bob");
  EXPECT_EQ(history[0].source.imported_at, "2026-02-01T00:00:00Z");
  EXPECT_EQ(history[0].source.sha256, std::string(64, 'a'));

  const auto sources = Sources();
  ASSERT_EQ(sources.size(), 2u);
  EXPECT_EQ(sources[0], (core::RecordedSource{.id = 1, .source = a, .changes = 2, .undoes = {}, .undone_by = {}}));
  EXPECT_EQ(sources[1], (core::RecordedSource{.id = 2, .source = b, .changes = 1, .undoes = {}, .undone_by = {}}));
}

TEST_P(HistoryContractTest, ChangesKeepTheOldProvenanceAndTheNewAuthor) {
  PutCatalog(SampleCatalog());
  core::DataValue first = Value("mt_patients", "2018", "NO-HV", 456);
  first.provenance = {
      .stored_by = "npr", .last_updated = "2019-05-01T12:00:00Z", .comment = "annual", .followup = true};
  PutValuesAndCommit({first}, Source("a.csv"));
  core::DataValue bare = Value("mt_patients", "2018", "NO-HV", 460);
  bare.provenance = {.stored_by = "", .last_updated = "", .comment = "corrected", .followup = false};
  PutValuesAndCommit({bare}, At("b.csv", "2026-02-01T00:00:00Z", "coordinator"));
  const auto history = History();
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].old_value, 456);
  EXPECT_EQ(history[0].old_provenance, first.provenance);
  EXPECT_EQ(history[0].new_value, 460);
  EXPECT_EQ(history[0].new_stored_by, "coordinator");  // none given: the importer
  EXPECT_EQ(history[0].new_comment, "corrected");
  EXPECT_FALSE(history[1].old_value.has_value());
  EXPECT_EQ(history[1].old_provenance, core::Provenance{});
  EXPECT_EQ(history[1].new_stored_by, "npr");
}

TEST_P(HistoryContractTest, UnchangedPutsAndRolledBackWritesLeaveNoHistory) {
  PutCatalog(SampleCatalog());
  const std::vector<core::DataValue> values = {Value("mt_patients", "2018", "NO-HV", 456)};
  PutValuesAndCommit(values, Source("a.csv"));
  PutValuesAndCommit(values, Source("again.csv"));
  {
    auto writer = Begin();
    const std::vector<core::DataValue> other = {Value("mt_patients", "2018", "NO-HV", 999)};
    Unwrap(writer->PutValues(other, Source("discarded.csv")));
  }
  Reopen();
  EXPECT_EQ(History().size(), 1u);
  ASSERT_EQ(Sources().size(), 1u);
  EXPECT_EQ(Sources()[0].source.name, "a.csv");
}

TEST_P(HistoryContractTest, OneImportRecordPerSourceAndTransaction) {
  PutCatalog(SampleCatalog());
  {
    auto writer = Begin();
    const std::vector<core::DataValue> first = {Value("mt_patients", "2018", "NO-HV", 1)};
    const std::vector<core::DataValue> second = {Value("mt_patients", "2019", "NO-HV", 2)};
    Unwrap(writer->PutValues(first, Source("a.csv")));
    Unwrap(writer->PutValues(second, Source("a.csv")));
    ASSERT_OK(writer->Commit());
  }
  PutValuesAndCommit({Value("mt_patients", "2020", "NO-HV", 3)}, Source("a.csv"));  // equal, but a new import
  const auto sources = Sources();
  ASSERT_EQ(sources.size(), 2u);
  EXPECT_EQ(sources[0].changes, 2);
  EXPECT_EQ(sources[1].changes, 1);
}

TEST_P(HistoryContractTest, LoadHistoryFilters) {
  PutCatalog(SampleCatalog());
  PutValuesAndCommit({Value("mt_patients", "2016", "NO-HV", 1), Value("mt_patients", "2018", "NO-HSO", 2)},
                     Source("a.csv"));
  PutValuesAndCommit({Value("population", "2018", "NO-HV", 3), Value("mt_patients", "201803", "NO-HV", 4)},
                     Source("b.csv"));
  PutValuesAndCommit({Value("mt_patients", "2016", "NO-HV", 5)}, Source("c.csv"));

  EXPECT_EQ(History().size(), 5u);
  EXPECT_THAT(Summaries(History(Changes().Limit(1))), ElementsAre("mt_patients/2016/NO-HV/default: 1 -> 5 by 3"));
  EXPECT_THAT(
      SortedSummaries(History(Changes().Source(2))),
      ElementsAre("mt_patients/201803/NO-HV/default: - -> 4 by 2", "population/2018/NO-HV/default: - -> 3 by 2"));
  EXPECT_THAT(SortedSummaries(History(Changes().Elements({"population", "unknown"}))),
              ElementsAre("population/2018/NO-HV/default: - -> 3 by 2"));
  EXPECT_THAT(Summaries(History(Changes().OrgUnits({"NO-HSO"}))),
              ElementsAre("mt_patients/2018/NO-HSO/default: - -> 2 by 1"));
  // Periods overlapping the dates: the year 2018 and its March.
  EXPECT_THAT(
      SortedSummaries(History(Changes().Elements({"mt_patients"}).From(Date{2018, 3, 1}).To(Date{2018, 3, 31}))),
      ElementsAre("mt_patients/2018/NO-HSO/default: - -> 2 by 1", "mt_patients/201803/NO-HV/default: - -> 4 by 2"));
  EXPECT_THAT(
      Summaries(History(Changes().Elements({"mt_patients"}).OrgUnits({"NO-HV"}).To(Date{2017, 1, 1}))),
      ElementsAre("mt_patients/2016/NO-HV/default: 1 -> 5 by 3", "mt_patients/2016/NO-HV/default: - -> 1 by 1"));
  EXPECT_THAT(History(Changes().OrgUnits({"NO-XX"})), IsEmpty());
  EXPECT_THAT(History(Changes().Source(9)), IsEmpty());
}

INSTANTIATE_TEST_SUITE_P(AllBackends, HistoryContractTest, ::testing::ValuesIn(StoreBackends()),
                         [](const ::testing::TestParamInfo<StoreBackend>& info) { return info.param.name; });

}  // namespace
}  // namespace polyfon::store::testing
