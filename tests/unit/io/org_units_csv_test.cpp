// ParseImport on the org units CSV (docs/formats/metadata_csv.md).

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "core/uid.hpp"
#include "io/importer.hpp"
#include "test_catalog.hpp"

namespace polyfon::io {
namespace {

using testing::CatalogHolder;
using ::testing::HasSubstr;

class OrgUnitsCsvTest : public ::testing::Test, public CatalogHolder {};

TEST_F(OrgUnitsCsvTest, ParsesUnitsWithDatedLinksToParentsDefinedLater) {
  auto batch = Parse(
      "code;name;kind;parent;valid_from;valid_to;aliases\n"
      "HF-BERGEN;Helse Bergen HF;health_trust;NO-HV;;;Haukeland|Helse Bergen\n"
      "DPS-X;Betanien DPS;Hospital;HF-OLD;2010;2016;\n"
      "DPS-X;Betanien DPS;hospital;HF-BERGEN;2017-01-01;;Betanien\n"
      "HF-OLD;Gamle HF;health_trust;NO-HV;;2016-12-31;\n"
      "DPS-X;Betanien DPS;hospital;;;;Betanien|Betanien sjukehus\n");
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->rows, 5);
  ASSERT_EQ(batch->org_units.size(), 3u);
  EXPECT_EQ(
      batch->org_units[0],
      (core::OrgUnit{"HF-BERGEN", "Helse Bergen HF", core::OrgUnitKind::kHealthTrust, {"Haukeland", "Helse Bergen"}}));
  EXPECT_EQ(batch->org_units[1],
            (core::OrgUnit{"DPS-X", "Betanien DPS", core::OrgUnitKind::kHospital, {"Betanien", "Betanien sjukehus"}}));
  EXPECT_EQ(batch->org_units[2].code, "HF-OLD");
  ASSERT_EQ(batch->links.size(), 4u);
  EXPECT_EQ(batch->links[0], (core::ParentLink{"HF-BERGEN", "NO-HV", {}, {}}));
  // A bare year ends on 31 December when it is valid_to: both bounds are inclusive.
  EXPECT_EQ(batch->links[1], (core::ParentLink{"DPS-X", "HF-OLD", core::Date{2010, 1, 1}, core::Date{2016, 12, 31}}));
  EXPECT_EQ(batch->links[2], (core::ParentLink{"DPS-X", "HF-BERGEN", core::Date{2017, 1, 1}, {}}));
  EXPECT_EQ(batch->links[3], (core::ParentLink{"HF-OLD", "NO-HV", {}, core::Date{2016, 12, 31}}));
}

TEST_F(OrgUnitsCsvTest, NamesEachBadCell) {
  EXPECT_EQ(Error("code,name,kind,parent,valid_from,valid_to\n"
                  "A,Unit A,hospitl,NO-HV,,\n"           // 2
                  "B,Unit B,clinic,,2015,\n"             // 3
                  "C,Unit C,clinic,NO-HV,2018,2017\n"    // 4
                  "D,Unit D,clinic,NO-HV,2018-13-01,\n"  // 5
                  "E,,clinic,E,,\n"),                    // 6
            "f.csv:2: column 3 (kind): unknown kind 'hospitl' (expected nation, health_region, health_trust, "
            "hospital, clinic, county, municipality, service, university, research_institute, user_organisation, "
            "catchment_area, other)\n"
            "f.csv:3: column 5 (valid_from): given without a parent\n"
            "f.csv:4: column 6 (valid_to): '2017' is before valid_from '2018'\n"
            "f.csv:5: column 5 (valid_from): '2018-13-01' is not a date (YYYY or YYYY-MM-DD)\n"
            "f.csv:6: column 2 (name): empty; a value is required\n"
            "f.csv:6: column 4 (parent): a unit cannot be its own parent");
}

// A unit's DHIS2 uid may be given (e.g. the one it has in a DHIS2 instance); else it is derived.
TEST_F(OrgUnitsCsvTest, KeepsAGivenUidFromAnyOfAUnitsRows) {
  auto batch = Parse(
      "code,name,kind,parent,valid_from,valid_to,uid\n"
      "HF-BERGEN,Helse Bergen HF,health_trust,NO-HV,,,\n"
      "DPS-X,Betanien DPS,hospital,NO-HV,2010,2016,\n"
      "DPS-X,Betanien DPS,hospital,HF-BERGEN,2017,,ImspTQPwCqd\n"
      "HF-OLD,Gamle HF,health_trust,NO-HV,,,O6uvpzGd5pu\n");
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  ASSERT_EQ(batch->org_units.size(), 3u);
  EXPECT_EQ(batch->org_units[0].uid, "");  // derived from the code: nothing to keep
  EXPECT_EQ(core::UidOf(batch->org_units[0]), core::DeriveUid("HF-BERGEN"));
  EXPECT_EQ(batch->org_units[1].uid, "ImspTQPwCqd");
  EXPECT_EQ(batch->org_units[2].uid, "O6uvpzGd5pu");
}

TEST_F(OrgUnitsCsvTest, RejectsMalformedDifferingAndSharedUids) {
  EXPECT_EQ(Error("code,name,kind,parent,uid\n"
                  "A,Unit A,clinic,NO-HV,ImspTQPwCq\n"   // 2: ten characters
                  "B,Unit B,clinic,NO-HV,9mspTQPwCqd\n"  // 3: a digit first
                  "C,Unit C,clinic,NO-HV,ImspTQPwCqd\n"  // 4
                  "C,Unit C,clinic,,O6uvpzGd5pu\n"),     // 5: another uid for C
            "f.csv:2: column 5 (uid): 'ImspTQPwCq' is not a DHIS2 uid: must be 11 characters, found 10\n"
            "f.csv:3: column 5 (uid): '9mspTQPwCqd' is not a DHIS2 uid: must start with a letter (a-z, A-Z), "
            "found '9'\n"
            "f.csv:5: column 5 (uid): 'O6uvpzGd5pu' differs from 'ImspTQPwCqd' given earlier (a unit has one uid)");
  EXPECT_EQ(Error("code,name,kind,uid\n"
                  "A,Unit A,clinic,ImspTQPwCqd\n"
                  "B,Unit B,clinic,ImspTQPwCqd\n"
                  "C,Unit C,clinic," +
                  core::DeriveUid("A2") +
                  "\n"
                  "A2,Unit A2,clinic,\n"),
            "f.csv:3: column 4 (uid): uid 'ImspTQPwCqd' is already the uid of 'A' on line 2 (uids must be unique)\n"
            "f.csv:5: column 4 (uid): uid '" +
                core::DeriveUid("A2") + "' is already the uid of 'C' on line 4 (uids must be unique)");
}

TEST_F(OrgUnitsCsvTest, RequiresOneNameAndKindPerUnit) {
  EXPECT_EQ(
      Error("code,name,kind\nA,Unit A,clinic\nA,Unit A2,hospital\n"),
      "f.csv:3: column 2 (name): 'Unit A2' differs from 'Unit A' on line 2 (a unit has one name on all its rows)\n"
      "f.csv:3: column 3 (kind): 'hospital' differs from 'clinic' on line 2 (a unit has one kind on all its "
      "rows)");
}

TEST_F(OrgUnitsCsvTest, RejectsUnknownParentsAndOverlappingLinks) {
  EXPECT_EQ(Error("code,name,kind,parent,valid_from,valid_to\n"
                  "A,Unit A,clinic,NOWHERE,,\n"
                  "B,Unit B,clinic,NO-HV,2015,2018\n"
                  "B,Unit B,clinic,NO-HN,2018-06-01,\n"),
            "f.csv:2: column 4 (parent): unknown org unit 'NOWHERE' (not in the catalog or this file)\n"
            "f.csv:4: column 4 (parent): the link to 'NO-HN' overlaps in time the link to 'NO-HV' on line 3 (a unit "
            "has one parent at a time)");
}

TEST_F(OrgUnitsCsvTest, RejectsCycles) {
  EXPECT_THAT(Error("code,name,kind,parent\nA,Unit A,clinic,B\nB,Unit B,clinic,A\n"),
              HasSubstr("f.csv: hierarchy: org unit 'A' is its own ancestor"));
}

}  // namespace
}  // namespace polyfon::io
