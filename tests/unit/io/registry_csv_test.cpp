// ParseImport on the activities and plan items CSV files (docs/formats/registry.md).

#include <gtest/gtest.h>

#include <string>

#include "io/import_format.hpp"
#include "io/importer.hpp"
#include "test_catalog.hpp"

namespace polyfon::io {
namespace {

// The test catalog with two participants to organise and be responsible.
struct RegistryCsvTest : public ::testing::Test {
  core::Catalog catalog = [] {
    core::Catalog c = testing::MakeTestCatalog();
    for (const char* code : {"UIB-GAMUT", "HELSE-BERGEN"}) {
      core::Participant participant;
      participant.code = code;
      participant.name = code;
      c.participants.push_back(participant);
    }
    return c;
  }();
  core::CatalogIndex index{catalog};

  core::Result<ImportBatch> Parse(const std::string& content, ImportFormat format = ImportFormat::kAuto) const {
    return ParseImport("f.csv", content, index, testing::TestOptions(format));
  }
  std::string Error(const std::string& content, ImportFormat format = ImportFormat::kAuto) const {
    auto result = Parse(content, format);
    return result ? "(parsed)" : result.error().message();
  }
};

constexpr const char* kActivities = "code,kind,title,date,organiser,attendees,status,place,note\n";
constexpr const char* kPlanItems = "code,kind,plan,goal,title,responsible,due,status,note\n";

TEST_F(RegistryCsvTest, ParsesActivities) {
  auto batch = Parse(std::string(kActivities) +
                     "conf-2018,Conference,POLYFON-konferansen 2018,2018-11-22,UIB-GAMUT,,,"
                     "\"Auditoriet Egget, Studentsenteret\",attendance not published\n"
                     "web-1,webinar,Webinar,2024-02-01,,1 200,planned,,\n");
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->format, ImportFormat::kActivitiesCsv);
  EXPECT_EQ(batch->rows, 2);
  ASSERT_EQ(batch->registry.activities.size(), 2u);
  const core::Activity& conference = batch->registry.activities[0];
  EXPECT_EQ(conference,
            (core::Activity{"conf-2018", core::ActivityKind::kConference, "POLYFON-konferansen 2018",
                            core::Date{2018, 11, 22}, "UIB-GAMUT", std::nullopt, core::ActivityStatus::kHeld,
                            "Auditoriet Egget, Studentsenteret", "attendance not published"}));
  EXPECT_EQ(batch->registry.activities[1].attendees, 1200);
  EXPECT_EQ(batch->registry.activities[1].status, core::ActivityStatus::kPlanned);
  EXPECT_EQ(batch->registry.activities[1].organiser, "");
  EXPECT_TRUE(batch->participants.empty() && batch->values.empty());
}

TEST_F(RegistryCsvTest, ReadsActivitiesWithOnlyTheRequiredColumnsAndSemicolons) {
  auto batch = Parse("Code;Kind;Title;Date;Organizer\r\nc;concert;Konsert;2018-11-22;UIB-GAMUT\r\n");
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->registry.activities[0].status, core::ActivityStatus::kHeld);
  EXPECT_EQ(batch->registry.activities[0].organiser, "UIB-GAMUT");
}

TEST_F(RegistryCsvTest, NamesEachBadActivityCell) {
  EXPECT_EQ(Error(std::string(kActivities) + "a,talk,T,2018-11-22,,,,,\n"         // 2
                                             "b,webinar,,22.11.2018,NOPE,,,,\n"   // 3
                                             "c,webinar,T,2018,,-5,done,,\n"      // 4
                                             "d,webinar,T,2018-02-29,,12.5,,,\n"  // 5
                                             ",webinar,T,2018-01-01,,,,,\n"       // 6
                                             "e,webinar,T,2018-01-01,,,,\n"       // 7
                                             "b,webinar,T,2018-01-01,,,,,\n"),    // 8
            "f.csv:2: column 2 (kind): unknown kind 'talk' (expected webinar, conference, course, network_meeting, "
            "seed_grant, dissemination_grant or concert)\n"
            "f.csv:3: column 3 (title): empty; a value is required\n"
            "f.csv:3: column 4 (date): '22.11.2018' is not a date (YYYY-MM-DD)\n"
            "f.csv:3: column 5 (organiser): unknown participant 'NOPE' (not in the catalog; give its code)\n"
            "f.csv:4: column 4 (date): '2018' is not a date (YYYY-MM-DD)\n"
            "f.csv:4: column 6 (attendees): '-5' is not a whole number of 0 or more (leave it empty if unknown)\n"
            "f.csv:4: column 7 (status): unknown status 'done' (expected planned, held, cancelled or postponed)\n"
            "f.csv:5: column 4 (date): '2018-02-29' is not a date (YYYY-MM-DD)\n"
            "f.csv:5: column 6 (attendees): '12.5' is not a whole number of 0 or more (leave it empty if unknown)\n"
            "f.csv:6: column 1 (code): empty; a value is required\n"
            "... and 2 more problems");
  EXPECT_EQ(
      Error("code,kind,title,organiser,colour\n", ImportFormat::kActivitiesCsv),
      "f.csv:1: column 5 (colour): unknown column (expected code, kind, title, date, organiser, attendees, status, "
      "place, note)\n"
      "f.csv:1: missing column 'date'");
}

TEST_F(RegistryCsvTest, ParsesPlanItems) {
  auto batch = Parse(std::string(kPlanItems) +
                     "m-1,milestone,2030,1,Alle helseføretak har musikkterapi,HELSE-BERGEN,2030-12-31,In_Progress,n\n"
                     "a-1,action,2025,,Årsrapport,,2025-03-31,,\n");
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->format, ImportFormat::kPlanItemsCsv);
  ASSERT_EQ(batch->registry.plan_items.size(), 2u);
  EXPECT_EQ(batch->registry.plan_items[0],
            (core::PlanItem{"m-1", core::PlanItemKind::kMilestone, 2030, "1", "Alle helseføretak har musikkterapi",
                            "HELSE-BERGEN", core::Date{2030, 12, 31}, core::PlanItemStatus::kInProgress, "n"}));
  EXPECT_EQ(batch->registry.plan_items[1].status, core::PlanItemStatus::kPlanned);
  EXPECT_EQ(batch->registry.plan_items[1].goal, "");
}

TEST_F(RegistryCsvTest, NamesEachBadPlanItemCell) {
  // The goal is not checked here: it may be stored already, which only the importing use case knows.
  EXPECT_EQ(Error(std::string(kPlanItems) + "a,task,2030,nope,T,,2030-12-31,,\n"       // 2
                                            "b,action,30,1,T,NOPE,2030,late,\n"        // 3
                                            "c,action,,1,,,,,\n"                       // 4
                                            "a,action,2030,1,T,,2030-12-31,done,\n"),  // 5
            "f.csv:2: column 2 (kind): unknown kind 'task' (expected milestone or action)\n"
            "f.csv:3: column 3 (plan): '30' is not a year (YYYY)\n"
            "f.csv:3: column 6 (responsible): unknown participant 'NOPE' (not in the catalog; give its code)\n"
            "f.csv:3: column 7 (due): '2030' is not a date (YYYY-MM-DD)\n"
            "f.csv:3: column 8 (status): unknown status 'late' (expected planned, in_progress, done or cancelled)\n"
            "f.csv:4: column 3 (plan): empty; a value is required\n"
            "f.csv:4: column 5 (title): empty; a value is required\n"
            "f.csv:4: column 7 (due): empty; a value is required\n"
            "f.csv:5: column 1 (code): 'a' is already on line 2");
}

TEST_F(RegistryCsvTest, DetectsBothLayoutsByTheirHeader) {
  EXPECT_EQ(DetectImportFormat("f.csv", kActivities).value(), ImportFormat::kActivitiesCsv);
  EXPECT_EQ(DetectImportFormat("f.csv", "code;title;organiser\n").value(), ImportFormat::kActivitiesCsv);
  EXPECT_EQ(DetectImportFormat("f.csv", kPlanItems).value(), ImportFormat::kPlanItemsCsv);
  EXPECT_EQ(DetectImportFormat("f.csv", "Code,Title,Due\n").value(), ImportFormat::kPlanItemsCsv);
  // Participants keep their layout with the new contact column.
  EXPECT_EQ(DetectImportFormat("f.csv", "code,name,type,helix_category,health_region,org_unit,history,contact,note\n")
                .value(),
            ImportFormat::kParticipantsCsv);
}

}  // namespace
}  // namespace polyfon::io
