// Write transactions: isolation, rollback, commit and data_version, for every back end.
#include <gmock/gmock.h>

#include "store_contract_test.hpp"

namespace polyfon::store::testing {
namespace {

using core::ErrorCode;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST_P(StoreContractTest, NothingIsVisibleBeforeCommit) {
  const core::Catalog sample = SampleCatalog();
  PutCatalog({.org_units = {sample.org_units[1]},
              .links = {},
              .elements = {sample.elements[0]},
              .combos = {},
              .indicators = {},
              .participants = {}});
  const int64_t version = Version();
  auto writer = Begin();
  Unwrap(writer->PutOrgUnit(sample.org_units[0]));
  const std::vector<core::DataValue> values = {Value("mt_patients", "2018", "NO-HV", 456)};
  Unwrap(writer->PutValues(values, Source("x")));

  EXPECT_EQ(Catalog().org_units.size(), 1u);  // readers still see the last commit
  EXPECT_THAT(Values(), IsEmpty());
  EXPECT_EQ(Version(), version);

  ASSERT_OK(writer->Commit());
  EXPECT_EQ(Catalog().org_units.size(), 2u);
  EXPECT_EQ(Values(), values);
  EXPECT_GT(Version(), version);
}

TEST_P(StoreContractTest, DestroyingAnUncommittedWriterRollsBack) {
  PutCatalog(SampleCatalog());
  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 456)});
  const int64_t version = Version();
  {
    auto writer = Begin();
    Unwrap(writer->PutOrgUnit(
        {.code = "NO-HN", .name = "Helse Nord", .kind = core::OrgUnitKind::kHealthRegion, .aliases = {}}));
    Unwrap(writer->ReplaceParentLinks("NO-HB", {}));
    const std::vector<core::DataValue> values = {Value("mt_patients", "2018", "NO-HV", 999),
                                                 Value("mt_patients", "2019", "NO-HV", 1)};
    EXPECT_EQ(Unwrap(writer->PutValues(values, Source("x"))).changed(), 2);
  }
  Reopen();
  const core::Catalog catalog = Catalog();
  EXPECT_EQ(catalog.org_units, SampleCatalog().org_units);
  EXPECT_EQ(catalog.links, SampleCatalog().links);
  EXPECT_THAT(Values(), ElementsAre(Value("mt_patients", "2018", "NO-HV", 456)));
  EXPECT_EQ(Version(), version);

  auto writer = Begin();  // the lock was released
  ASSERT_OK(writer->Commit());
}

TEST_P(StoreContractTest, DataVersionGrowsOnlyWithAChangingCommit) {
  const int64_t empty = Version();
  PutCatalog(SampleCatalog());
  const int64_t after_catalog = Version();
  EXPECT_GT(after_catalog, empty);

  auto writer = Begin();
  ASSERT_OK(writer->Commit());
  EXPECT_EQ(Version(), after_catalog);

  PutCatalog(SampleCatalog());  // identical again
  EXPECT_EQ(Version(), after_catalog);

  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 456)});
  const int64_t after_values = Version();
  EXPECT_GT(after_values, after_catalog);
  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 457)});
  EXPECT_GT(Version(), after_values);
  Reopen();
  EXPECT_GT(Version(), after_values);
}

TEST_P(StoreContractTest, OneWriterAtATime) {
  PutCatalog(SampleCatalog());
  auto first = Begin();
  const std::vector<core::DataValue> values = {Value("mt_patients", "2018", "NO-HV", 456)};
  Unwrap(first->PutValues(values, Source("first")));

  auto second = store().BeginWrite();
  ASSERT_FALSE(second.has_value());
  EXPECT_EQ(second.error().code(), ErrorCode::kUnavailable);

  ASSERT_OK(first->Commit());
  EXPECT_EQ(Values(), values);
  first.reset();
  auto third = Begin();
  ASSERT_OK(third->Commit());
}

TEST_P(StoreContractTest, AWriterEndsWithItsCommit) {
  PutCatalog(SampleCatalog());
  auto writer = Begin();
  ASSERT_OK(writer->Commit());
  EXPECT_FALSE(writer->Commit().ok());
  EXPECT_FALSE(writer->PutOrgUnit(SampleCatalog().org_units[0]).has_value());
  const std::vector<core::DataValue> values = {Value("mt_patients", "2018", "NO-HV", 456)};
  EXPECT_FALSE(writer->PutValues(values, Source("late")).has_value());
  writer.reset();
  EXPECT_THAT(Values(), IsEmpty());
}

}  // namespace
}  // namespace polyfon::store::testing
