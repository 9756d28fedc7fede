// Data values: upsert results, provenance, validation and the LoadValues filters, for every back end.
#include <gmock/gmock.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "store_contract_test.hpp"

namespace polyfon::store::testing {
namespace {

using core::Date;
using core::ErrorCode;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

std::vector<std::string> Periods(const std::vector<core::DataValue>& values) {
  std::vector<std::string> out;
  for (const auto& value : values) out.push_back(value.period);
  std::sort(out.begin(), out.end());
  return out;
}

core::ValueFilter Between(std::optional<Date> from, std::optional<Date> to) {
  return {.elements = {}, .from = from, .to = to};
}

TEST_P(StoreContractTest, ValuesRoundTripWithProvenanceAndCombos) {
  PutCatalog(SampleCatalog());
  core::DataValue attributed = Value("mt_patients", "2018", "NO-HV", 300, "IBBE10");
  attributed.attribute_combo = "IBBE20";  // any combo may serve as attribute combo
  attributed.provenance = {.stored_by = "coordinator",
                           .last_updated = "2019-06-01T08:30:00Z",
                           .comment = "from the annual report, «revised»",
                           .followup = true};
  const std::vector<core::DataValue> values = {
      Value("mt_patients", "2018", "NO-HV", 456),  Value("mt_patients", "2018", "NO-HV", 400, "IBBE10"), attributed,
      Value("mt_positions", "2021", "NO-HB", 0.2), Value("population", "2018", "NO-HV", 1106295),
  };
  const core::WriteCounts counts = PutValuesAndCommit(values, Source("npr.csv"));
  EXPECT_EQ(counts.inserted, 5);
  Reopen();
  // Sorted by element, period, org unit, combo, attribute combo, in byte order ("IBBE20" < "default").
  EXPECT_THAT(Values(), ElementsAre(values[2], values[1], values[0], values[3], values[4]));
}

TEST_P(StoreContractTest, ValuesWithoutProvenanceGetTheImportSources) {
  PutCatalog(SampleCatalog());
  core::ImportSource source = Source("npr.csv");
  source.imported_by = "coordinator";
  source.imported_at = "2026-03-01T10:00:00Z";
  core::DataValue bare = Value("mt_patients", "2018", "NO-HV", 456);
  bare.provenance = {};
  PutValuesAndCommit({bare}, source);
  Reopen();
  const std::vector<core::DataValue> stored = Values();
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].provenance.stored_by, "coordinator");
  EXPECT_EQ(stored[0].provenance.last_updated, "2026-03-01T10:00:00Z");
}

TEST_P(StoreContractTest, PutValuesReportsInsertedUnchangedAndUpdated) {
  PutCatalog(SampleCatalog());
  const std::vector<core::DataValue> first = {Value("mt_patients", "2016", "NO-HV", 214),
                                              Value("mt_patients", "2018", "NO-HV", 456),
                                              Value("mt_patients", "2016", "NO-HSO", 261)};
  core::WriteCounts counts = PutValuesAndCommit(first);
  EXPECT_EQ(counts.inserted, 3);
  EXPECT_EQ(counts.updated + counts.unchanged, 0);

  counts = PutValuesAndCommit(first);
  EXPECT_EQ(counts.unchanged, 3);
  EXPECT_EQ(counts.changed(), 0);

  counts = PutValuesAndCommit({Value("mt_patients", "2016", "NO-HV", 215), Value("mt_patients", "2018", "NO-HSO", 310),
                               Value("mt_patients", "2018", "NO-HV", 456)});
  EXPECT_EQ(counts.inserted, 1);
  EXPECT_EQ(counts.updated, 1);
  EXPECT_EQ(counts.unchanged, 1);
  EXPECT_EQ(Values().size(), 4u);
}

TEST_P(StoreContractTest, ReputtingIdenticalValuesKeepsProvenanceAndDataVersion) {
  PutCatalog(SampleCatalog());
  const std::vector<core::DataValue> original = {Value("mt_patients", "2018", "NO-HV", 456),
                                                 Value("population", "2018", "NO-HV", 1106295)};
  PutValuesAndCommit(original, Source("first.csv"));
  const int64_t version = Version();

  std::vector<core::DataValue> again = original;
  for (auto& value : again)
    value.provenance = {
        .stored_by = "someone else", .last_updated = "2030-01-01T00:00:00Z", .comment = "re-import", .followup = true};
  const core::WriteCounts counts = PutValuesAndCommit(again, Source("second.csv"));
  EXPECT_EQ(counts.unchanged, 2);
  EXPECT_EQ(Version(), version);
  Reopen();
  EXPECT_EQ(Values(), original);
}

TEST_P(StoreContractTest, ChangedValueTakesTheNewProvenance) {
  PutCatalog(SampleCatalog());
  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 456)});
  core::DataValue corrected = Value("mt_patients", "2018", "NO-HV", 457);
  corrected.provenance = {
      .stored_by = "coordinator", .last_updated = "2020-02-02T00:00:00Z", .comment = "corrected", .followup = false};
  EXPECT_EQ(PutValuesAndCommit({corrected}).updated, 1);
  EXPECT_THAT(Values(), ElementsAre(corrected));
}

TEST_P(StoreContractTest, LaterDuplicateInOneBatchWins) {
  PutCatalog(SampleCatalog());
  const core::WriteCounts counts =
      PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 1), Value("mt_patients", "2018", "NO-HV", 2),
                          Value("mt_patients", "2018", "NO-HV", 2)});
  EXPECT_EQ(counts.inserted, 1);
  EXPECT_EQ(counts.updated, 1);
  EXPECT_EQ(counts.unchanged, 1);
  EXPECT_THAT(Values(), ElementsAre(Value("mt_patients", "2018", "NO-HV", 2)));
}

TEST_P(StoreContractTest, PeriodsAreStoredUnderTheirCanonicalId) {
  PutCatalog(SampleCatalog());
  EXPECT_EQ(PutValuesAndCommit({Value("mt_patients", "2018W5", "NO-HV", 7)}).inserted, 1);
  EXPECT_EQ(PutValuesAndCommit({Value("mt_patients", "2018W05", "NO-HV", 7)}).unchanged, 1);
  EXPECT_EQ(PutValuesAndCommit({Value("mt_patients", "2018W5", "NO-HV", 7)}).unchanged, 1);
  // Two spellings of one new period in one batch are one key.
  const core::WriteCounts counts =
      PutValuesAndCommit({Value("mt_patients", "2019W3", "NO-HV", 1), Value("mt_patients", "2019W03", "NO-HV", 2)});
  EXPECT_EQ(counts.inserted, 1);
  EXPECT_EQ(counts.updated, 1);
  EXPECT_THAT(Periods(Values()), ElementsAre("2018W05", "2019W03"));
}

TEST_P(StoreContractTest, ValuesMayUseMetadataPutInTheSameTransaction) {
  const core::Catalog sample = SampleCatalog();
  auto writer = Begin();
  Unwrap(writer->PutOrgUnit(sample.org_units[1]));
  Unwrap(writer->PutCombo(sample.combos[1]));
  Unwrap(writer->PutElement(sample.elements[0]));
  const std::vector<core::DataValue> values = {Value("mt_patients", "2018", "NO-HV", 400, "IBBE10")};
  EXPECT_EQ(Unwrap(writer->PutValues(values, Source("x"))).inserted, 1);
  ASSERT_OK(writer->Commit());
  EXPECT_EQ(Values(), values);
}

TEST_P(StoreContractTest, UnknownCodesRejectTheWholeBatch) {
  PutCatalog(SampleCatalog());
  struct Case {
    core::DataValue bad;
    std::string named;
  };
  core::DataValue bad_attribute = Value("mt_patients", "2018", "NO-HV", 1);
  bad_attribute.attribute_combo = "NOPE";
  const std::vector<Case> cases = {
      {Value("no_such_element", "2018", "NO-HV", 1), "'no_such_element'"},
      {Value("mt_patients", "2018", "NO-XX", 1), "'NO-XX'"},
      {Value("mt_patients", "2018", "NO-HV", 1, "IBBE99"), "'IBBE99'"},
      {bad_attribute, "'NOPE'"},
      {Value("mt_patients", "2018Q5", "NO-HV", 1), "2018Q5"},
      {Value("mt_patients", "2018", "NO-HV", std::numeric_limits<double>::quiet_NaN()), "finite"},
      {Value("mt_patients", "2018", "NO-HV", std::numeric_limits<double>::infinity()), "finite"},
  };
  auto writer = Begin();
  for (const Case& c : cases) {
    const std::vector<core::DataValue> batch = {Value("mt_patients", "2017", "NO-HV", 1), c.bad};
    auto result = writer->PutValues(batch, Source("bad.csv"));
    ASSERT_FALSE(result.has_value()) << c.named;
    EXPECT_EQ(result.error().code(), ErrorCode::kInvalidArgument);
    EXPECT_THAT(result.error().message(), HasSubstr(c.named));
  }
  ASSERT_OK(writer->Commit());
  EXPECT_THAT(Values(), IsEmpty());
  EXPECT_EQ(Version(), 1);  // only the catalog's commit
}

TEST_P(StoreContractTest, LoadValuesFiltersByElement) {
  PutCatalog(SampleCatalog());
  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 456), Value("population", "2018", "NO-HV", 1106295),
                      Value("mt_positions", "2018", "NO-HB", 7)});
  const auto values = Values({.elements = {"population", "mt_positions", "unknown"}, .from = {}, .to = {}});
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0].element, "mt_positions");
  EXPECT_EQ(values[1].element, "population");
}

TEST_P(StoreContractTest, LoadValuesKeepsPeriodsOverlappingTheDates) {
  PutCatalog(SampleCatalog());
  std::vector<core::DataValue> values;
  // 2018W22 is 28 May - 3 June, 2018W27 is 2-8 July; 2018W01 starts on 1 January.
  for (const char* period :
       {"2017", "2018", "2019", "2018Q2", "2018Q3", "201805", "201806", "201807", "2018W22", "2018W27", "2018W01"}) {
    values.push_back(Value("mt_patients", period, "NO-HV", 1));
  }
  PutValuesAndCommit(values);
  EXPECT_THAT(Periods(Values(Between(Date{2018, 6, 1}, Date{2018, 6, 30}))),
              ElementsAre("2018", "201806", "2018Q2", "2018W22"));
  // Both ends are inclusive: May ends on the 31st, June starts on the 1st.
  EXPECT_THAT(Periods(Values(Between(Date{2018, 5, 31}, Date{2018, 5, 31}))),
              ElementsAre("2018", "201805", "2018Q2", "2018W22"));
  EXPECT_THAT(Periods(Values(Between(Date{2019, 1, 1}, std::nullopt))), ElementsAre("2019"));
  EXPECT_THAT(Periods(Values(Between(std::nullopt, Date{2017, 12, 31}))), ElementsAre("2017"));
  EXPECT_THAT(Periods(Values(Between(std::nullopt, Date{2018, 1, 1}))), ElementsAre("2017", "2018", "2018W01"));
  EXPECT_EQ(Values(Between(std::nullopt, std::nullopt)).size(), values.size());
  EXPECT_THAT(Values({.elements = {"population"}, .from = Date{2018, 1, 1}, .to = Date{2018, 12, 31}}), IsEmpty());
}

}  // namespace
}  // namespace polyfon::store::testing
