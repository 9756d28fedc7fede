// Metadata: round trips, upsert results and dated parent links, for every back end.
#include <gmock/gmock.h>

#include "store_contract_test.hpp"

namespace polyfon::store::testing {
namespace {

using core::Change;
using core::Date;
using core::ErrorCode;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

TEST_P(StoreContractTest, EmptyStoreHoldsOnlyTheDefaultCombo) {
  const core::Catalog catalog = Catalog();
  EXPECT_THAT(catalog.org_units, IsEmpty());
  EXPECT_THAT(catalog.links, IsEmpty());
  EXPECT_THAT(catalog.elements, IsEmpty());
  EXPECT_THAT(catalog.combos, ElementsAre(DefaultCombo()));
  EXPECT_THAT(catalog.indicators, IsEmpty());
  EXPECT_THAT(catalog.participants, IsEmpty());
  EXPECT_THAT(Values(), IsEmpty());
  EXPECT_EQ(Version(), 0);
}

TEST_P(StoreContractTest, EveryMetadataKindRoundTrips) {
  const core::Catalog sample = SampleCatalog();
  PutCatalog(sample);
  Reopen();
  const core::Catalog loaded = Catalog();
  EXPECT_EQ(loaded.org_units, sample.org_units);
  EXPECT_EQ(loaded.links, sample.links);
  EXPECT_EQ(loaded.elements, sample.elements);
  EXPECT_EQ(loaded.combos, sample.combos);
  EXPECT_EQ(loaded.indicators, sample.indicators);
  EXPECT_EQ(loaded.participants, sample.participants);
}

TEST_P(StoreContractTest, FirstPutsInsertAndIdenticalPutsChangeNothing) {
  const core::Catalog sample = SampleCatalog();
  auto writer = Begin();
  EXPECT_EQ(Unwrap(writer->PutOrgUnit(sample.org_units[0])), Change::kInserted);
  EXPECT_EQ(Unwrap(writer->PutOrgUnit(sample.org_units[0])), Change::kUnchanged);  // within the transaction
  EXPECT_EQ(Unwrap(writer->PutCombo(sample.combos[1])), Change::kInserted);
  EXPECT_EQ(Unwrap(writer->PutCombo(DefaultCombo())), Change::kUnchanged);  // present from the start
  EXPECT_EQ(Unwrap(writer->PutElement(sample.elements[0])), Change::kInserted);
  EXPECT_EQ(Unwrap(writer->PutIndicator(sample.indicators[0])), Change::kInserted);
  EXPECT_EQ(Unwrap(writer->PutParticipant(sample.participants[0])), Change::kInserted);
  ASSERT_OK(writer->Commit());
  const int64_t version = Version();

  writer = Begin();
  EXPECT_EQ(Unwrap(writer->PutOrgUnit(sample.org_units[0])), Change::kUnchanged);
  EXPECT_EQ(Unwrap(writer->PutCombo(sample.combos[1])), Change::kUnchanged);
  EXPECT_EQ(Unwrap(writer->PutElement(sample.elements[0])), Change::kUnchanged);
  EXPECT_EQ(Unwrap(writer->PutIndicator(sample.indicators[0])), Change::kUnchanged);
  EXPECT_EQ(Unwrap(writer->PutParticipant(sample.participants[0])), Change::kUnchanged);
  ASSERT_OK(writer->Commit());
  EXPECT_EQ(Version(), version);
}

TEST_P(StoreContractTest, ChangedMetadataIsUpdatedInPlace) {
  core::Catalog sample = SampleCatalog();
  PutCatalog(sample);
  core::OrgUnit& hv = sample.org_units[1];
  hv.name = "Helse Vest RHF";
  hv.aliases = {"Helse Vest", "HV"};
  core::DataElement& patients = sample.elements[0];
  patients.combos = {"IBBE20"};
  patients.value_type = core::ValueType::kInteger;
  core::Indicator& rate = sample.indicators[0];
  rate.denominator.reset();
  rate.factor = 1000;
  core::Participant& bergen = sample.participants[0];
  bergen.history.push_back({.status = core::MembershipStatus::kLeft, .from = Date{2023, 1, 1}});
  bergen.helix = core::HelixCategory::kGovernment;
  core::CategoryOptionCombo& ibbe10 = sample.combos[1];
  ibbe10.name = "IBBE10 individual";

  auto writer = Begin();
  EXPECT_EQ(Unwrap(writer->PutOrgUnit(hv)), Change::kUpdated);
  EXPECT_EQ(Unwrap(writer->PutElement(patients)), Change::kUpdated);
  EXPECT_EQ(Unwrap(writer->PutIndicator(rate)), Change::kUpdated);
  EXPECT_EQ(Unwrap(writer->PutParticipant(bergen)), Change::kUpdated);
  EXPECT_EQ(Unwrap(writer->PutCombo(ibbe10)), Change::kUpdated);
  ASSERT_OK(writer->Commit());
  Reopen();
  const core::Catalog loaded = Catalog();  // updated rows keep their place
  EXPECT_EQ(loaded.org_units, sample.org_units);
  EXPECT_EQ(loaded.elements, sample.elements);
  EXPECT_EQ(loaded.indicators, sample.indicators);
  EXPECT_EQ(loaded.participants, sample.participants);
  EXPECT_EQ(loaded.combos, sample.combos);
}

// A uid given in a metadata file is kept, and changing or dropping it (back to the derived one) is
// an update like any other field's.
TEST_P(StoreContractTest, GivenUidsRoundTripAndChangeLikeOtherFields) {
  core::Catalog sample = SampleCatalog();
  PutCatalog(sample);
  Reopen();
  core::Catalog loaded = Catalog();
  EXPECT_EQ(loaded.org_units[1].uid, "ImspTQPwCqd");
  EXPECT_EQ(loaded.org_units[0].uid, "");  // derived, so nothing stored
  EXPECT_EQ(loaded.elements[1].uid, "WUg3MYWQ7pt");
  EXPECT_EQ(loaded.combos[2].uid, "Prlt0C1RF0s");

  sample.org_units[1].uid = "";
  sample.org_units[0].uid = "O6uvpzGd5pu";
  sample.elements[1].uid = "fbfJHSPpUQD";
  sample.combos[2].uid = "";
  auto writer = Begin();
  EXPECT_EQ(Unwrap(writer->PutOrgUnit(sample.org_units[1])), Change::kUpdated);
  EXPECT_EQ(Unwrap(writer->PutOrgUnit(sample.org_units[0])), Change::kUpdated);
  EXPECT_EQ(Unwrap(writer->PutElement(sample.elements[1])), Change::kUpdated);
  EXPECT_EQ(Unwrap(writer->PutCombo(sample.combos[2])), Change::kUpdated);
  EXPECT_EQ(Unwrap(writer->PutCombo(sample.combos[2])), Change::kUnchanged);
  ASSERT_OK(writer->Commit());
  Reopen();
  loaded = Catalog();
  EXPECT_EQ(loaded.org_units, sample.org_units);
  EXPECT_EQ(loaded.elements, sample.elements);
  EXPECT_EQ(loaded.combos, sample.combos);
}

TEST_P(StoreContractTest, MalformedUidsAreRejectedBeforeAnythingIsWritten) {
  core::Catalog sample = SampleCatalog();
  sample.org_units[0].uid = "not-a-uid";
  sample.elements[0].uid = "1bfJHSPpUQD";
  sample.combos[1].uid = "short";
  auto writer = Begin();
  auto unit = writer->PutOrgUnit(sample.org_units[0]);
  ASSERT_FALSE(unit.has_value());
  EXPECT_EQ(unit.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(unit.error().message(), "org unit 'NO' has uid 'not-a-uid', which must be 11 characters, found 9");
  auto element = writer->PutElement(sample.elements[0]);
  ASSERT_FALSE(element.has_value());
  EXPECT_THAT(element.error().message(), HasSubstr("must start with a letter"));
  EXPECT_FALSE(writer->PutCombo(sample.combos[1]).has_value());
  ASSERT_OK(writer->Commit());  // rejected puts wrote nothing, so the writer is still usable
  EXPECT_THAT(Catalog().org_units, IsEmpty());
}

TEST_P(StoreContractTest, DatedParentLinksAreReplacedPerChild) {
  PutCatalog(SampleCatalog());
  const std::vector<core::ParentLink> moved = {
      {.child = "NO-HB", .parent = "NO-HV", .valid_from = std::nullopt, .valid_to = std::nullopt}};
  auto writer = Begin();
  EXPECT_EQ(Unwrap(writer->ReplaceParentLinks("NO-HB", moved)), Change::kUpdated);
  EXPECT_EQ(Unwrap(writer->ReplaceParentLinks("NO-HB", moved)), Change::kUnchanged);
  ASSERT_OK(writer->Commit());
  Reopen();
  std::vector<core::ParentLink> expected = SampleCatalog().links;
  expected.resize(2);  // NO-HV and NO-HSO keep theirs
  expected.push_back(moved[0]);
  EXPECT_EQ(Catalog().links, expected);

  writer = Begin();
  EXPECT_EQ(Unwrap(writer->ReplaceParentLinks("NO-HB", {})), Change::kUpdated);
  EXPECT_EQ(Unwrap(writer->ReplaceParentLinks("NO-HB", {})), Change::kUnchanged);
  EXPECT_EQ(Unwrap(writer->ReplaceParentLinks("NO-HB", moved)), Change::kInserted);
  ASSERT_OK(writer->Commit());
  EXPECT_EQ(Catalog().links, expected);
}

TEST_P(StoreContractTest, ParentLinksMustNameKnownUnitsOfTheGivenChild) {
  PutCatalog(SampleCatalog());
  const core::ParentLink to_unknown{.child = "NO-HB", .parent = "NO-XX", .valid_from = {}, .valid_to = {}};
  const core::ParentLink of_unknown{.child = "NO-XX", .parent = "NO", .valid_from = {}, .valid_to = {}};
  const core::ParentLink of_other{.child = "NO-HV", .parent = "NO", .valid_from = {}, .valid_to = {}};
  auto writer = Begin();
  auto result = writer->ReplaceParentLinks("NO-HB", std::vector{to_unknown});
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_THAT(result.error().message(), HasSubstr("'NO-XX'"));
  result = writer->ReplaceParentLinks("NO-XX", std::vector{of_unknown});
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code(), ErrorCode::kInvalidArgument);
  result = writer->ReplaceParentLinks("NO-HB", std::vector{of_other});
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code(), ErrorCode::kInvalidArgument);
  ASSERT_OK(writer->Commit());  // a rejected put wrote nothing, so the writer is still usable
  EXPECT_EQ(Catalog().links, SampleCatalog().links);
}

TEST_P(StoreContractTest, LinksMayNameUnitsPutInTheSameTransaction) {
  const core::Catalog sample = SampleCatalog();
  auto writer = Begin();
  Unwrap(writer->PutOrgUnit(sample.org_units[0]));
  Unwrap(writer->PutOrgUnit(sample.org_units[1]));
  EXPECT_EQ(Unwrap(writer->ReplaceParentLinks("NO-HV", std::vector{sample.links[0]})), Change::kInserted);
  ASSERT_OK(writer->Commit());
  EXPECT_THAT(Catalog().links, ElementsAre(sample.links[0]));
}

TEST_P(StoreContractTest, EmptyCodesAreRejected) {
  auto writer = Begin();
  EXPECT_EQ(writer->PutOrgUnit({}).error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(writer->PutElement({}).error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(writer->PutCombo({}).error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(writer->PutIndicator({}).error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(writer->PutParticipant({}).error().code(), ErrorCode::kInvalidArgument);
  ASSERT_OK(writer->Commit());
  EXPECT_EQ(Version(), 0);
}

TEST_P(StoreContractTest, MetadataIsUnicodeSafe) {
  core::OrgUnit unit{.code = "NO-HMN",
                     .name = "Helse Midt-Noreg «RHF» 'x' \"y\"",
                     .kind = core::OrgUnitKind::kHealthRegion,
                     .aliases = {"Helse Midt-Norge", "", "a|b,c;d"}};
  auto writer = Begin();
  Unwrap(writer->PutOrgUnit(unit));
  ASSERT_OK(writer->Commit());
  Reopen();
  EXPECT_THAT(Catalog().org_units, ElementsAre(unit));
}

}  // namespace
}  // namespace polyfon::store::testing
