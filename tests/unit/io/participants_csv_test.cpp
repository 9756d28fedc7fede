// ParseImport on the participants CSV (docs/formats/metadata_csv.md).

#include <gtest/gtest.h>

#include <string>

#include "io/importer.hpp"
#include "test_catalog.hpp"

namespace polyfon::io {
namespace {

using testing::CatalogHolder;

class ParticipantsCsvTest : public ::testing::Test, public CatalogHolder {};

constexpr const char* kHeader = "code,name,type,helix_category,health_region,org_unit,history,note\n";

TEST_F(ParticipantsCsvTest, ParsesParticipantsWithHistory) {
  auto batch = Parse(std::string(kHeader) +
                     "uib-gamut,\"Universitetet i Bergen, GAMUT\",university,academia,Helse Vest,,"
                     "observer:2015-01-01|full_member:2017-11|left:2022,coordinates the cluster\n"
                     "helse-bergen,Helse Bergen HF,health trust,Services,NO-HV,NO-HV,full_member:2015,\n");
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  ASSERT_EQ(batch->participants.size(), 2u);
  const core::Participant& uib = batch->participants[0];
  EXPECT_EQ(uib.code, "uib-gamut");
  EXPECT_EQ(uib.name, "Universitetet i Bergen, GAMUT");
  EXPECT_EQ(uib.type, "university");
  EXPECT_EQ(uib.helix, core::HelixCategory::kAcademia);
  EXPECT_EQ(uib.health_region, "NO-HV");  // matched by name
  EXPECT_EQ(uib.org_unit, "");
  EXPECT_EQ(uib.note, "coordinates the cluster");
  EXPECT_EQ(uib.history, (std::vector<core::MembershipEntry>{
                             {core::MembershipStatus::kObserver, core::Date{2015, 1, 1}},
                             {core::MembershipStatus::kFullMember, core::Date{2017, 11, 1}},
                             {core::MembershipStatus::kLeft, core::Date{2022, 1, 1}},
                         }));
  EXPECT_EQ(batch->participants[1].helix, core::HelixCategory::kServices);
  EXPECT_EQ(batch->participants[1].org_unit, "NO-HV");
}

TEST_F(ParticipantsCsvTest, NamesEachBadCell) {
  EXPECT_EQ(Error(std::string(kHeader) + "a,A,,academy,,,,\n"                                 // 2
                                         "b,B,,services,Helse Øst,NOPE,,\n"                   // 3
                                         "c,C,,services,,,full_member:2017|observer:2015,\n"  // 4
                                         "d,D,,services,,,member:2017,\n"                     // 5
                                         "e,E,,services,,,full_member:2017-13,\n"             // 6
                                         "f,F,,services,,,full_member,\n"                     // 7
                                         "a,A again,,services,,,,\n"),                        // 8
            "f.csv:2: column 4 (helix_category): unknown helix category 'academy' (expected government, "
            "civil_society, industry, services or academia)\n"
            "f.csv:3: column 5 (health_region): unknown org unit 'Helse Øst' (not in the catalog)\n"
            "f.csv:3: column 6 (org_unit): unknown org unit 'NOPE' (not in the catalog)\n"
            "f.csv:4: column 7 (history): entry 'observer:2015' is not after the entry before it (entries must be in "
            "date order)\n"
            "f.csv:5: column 7 (history): unknown status 'member' in entry 'member:2017' (expected observer, "
            "full_member or left)\n"
            "f.csv:6: column 7 (history): '2017-13' in entry 'full_member:2017-13' is not a date (YYYY, YYYY-MM or "
            "YYYY-MM-DD)\n"
            "f.csv:7: column 7 (history): entry 'full_member' must be STATUS:DATE, e.g. full_member:2017-11\n"
            "f.csv:8: column 1 (code): 'a' is already on line 2");
}

TEST_F(ParticipantsCsvTest, ReadsAnOptionalContactColumn) {
  auto batch = Parse(
      "code,name,helix_category,contact\n"
      "hb,Helse Bergen HF,services,\"Kari Nordmann, rådgjevar\"\n"
      "uib,UiB,academia,\n");
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->participants[0].contact, "Kari Nordmann, rådgjevar");
  EXPECT_EQ(batch->participants[1].contact, "");
  // Files without the column read as before.
  auto without = Parse(std::string(kHeader) + "hb,Helse Bergen HF,,services,,,,\n");
  ASSERT_TRUE(without.has_value()) << without.error().message();
  EXPECT_EQ(without->participants[0].contact, "");
}

TEST_F(ParticipantsCsvTest, RequiresTheRequiredColumns) {
  EXPECT_EQ(Error("code,name,type\nx,X,y\n", ImportFormat::kParticipantsCsv),
            "f.csv:1: missing column 'helix_category'");
}

}  // namespace
}  // namespace polyfon::io
