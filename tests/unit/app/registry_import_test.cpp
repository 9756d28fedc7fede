// Registry items (bodies, activities, goals, plan items) through ImportFiles: checked against the
// catalog and the stored registry, written in the import's one transaction, counted as metadata.

#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>

#include "app/import_files.hpp"
#include "app/load_demo.hpp"
#include "fault_injecting_store.hpp"
#include "io/registry_json.hpp"
#include "store/memory/memory_store.hpp"

namespace polyfon::app {
namespace {

using testing::FaultInjectingStore;

constexpr const char* kNow = "2026-12-02T00:00:00Z";

constexpr const char* kPlanItems = "code,kind,plan,goal,title,responsible,due,status,note\n";
constexpr const char* kActivities = "code,kind,title,date,organiser,attendees,status,place,note\n";

class RegistryImportTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(LoadDemo(*store_, kNow).has_value()); }

  core::Result<ImportReport> Import(std::vector<InputFile> files, bool dry_run = false) {
    ImportRequest request;
    request.files = std::move(files);
    request.options.now = kNow;
    request.dry_run = dry_run;
    return ImportFiles(*store_, request);
  }
  std::string Error(std::vector<InputFile> files) {
    auto report = Import(std::move(files));
    return report ? "(imported)" : report.error().message();
  }
  core::ClusterRegistry Registry() { return *store_->LoadRegistry(); }

  std::unique_ptr<core::Store> store_ = store::memory::NewMemoryStore();
};

TEST_F(RegistryImportTest, TheDemoLoadsTheBundledGoalsBodiesAndActivities) {
  const core::ClusterRegistry registry = Registry();
  ASSERT_EQ(registry.goals.size(), 6u);
  EXPECT_EQ(registry.bodies.size(), 3u);
  EXPECT_EQ(registry.activities.size(), 6u);
  EXPECT_TRUE(registry.plan_items.empty());
  const core::Goal* one = core::FindGoal(registry, "1");
  ASSERT_NE(one, nullptr);
  EXPECT_EQ(one->parent, "main");
  EXPECT_EQ(one->indicators.size(), 7u);
  for (const core::Activity& activity : registry.activities) {
    EXPECT_EQ(activity.attendees, std::nullopt) << activity.code;  // none published
  }
}

TEST_F(RegistryImportTest, ItemsMayReferToStoredGoalsAndAreCountedAsMetadata) {
  const std::string items = std::string(kPlanItems) + "m-1,milestone,2030,1,Milestone,HELSE-BERGEN,2030-12-31,,\n";
  auto report = Import({{"plan.csv", items}});
  ASSERT_TRUE(report.has_value()) << report.error().message();
  EXPECT_EQ(report->files[0].format, io::ImportFormat::kPlanItemsCsv);
  EXPECT_EQ(report->files[0].metadata.inserted, 1);
  ASSERT_EQ(Registry().plan_items.size(), 1u);
  EXPECT_EQ(Registry().plan_items[0].goal, "1");
  // Again: nothing changes.
  report = Import({{"plan.csv", items}});
  ASSERT_TRUE(report.has_value()) << report.error().message();
  EXPECT_EQ(report->files[0].metadata.unchanged, 1);
  EXPECT_EQ(report->files[0].metadata.changed(), 0);
}

TEST_F(RegistryImportTest, AGoalMayComeFromAnEarlierFileOfTheSameImport) {
  auto report = Import({{"goals.json", R"({"goals":[{"code":"5","parent":"main","title":{"nn":"Fem"}}]})"},
                        {"plan.csv", std::string(kPlanItems) + "a-1,action,2027,5,Action,,2027-06-30,,\n"}});
  ASSERT_TRUE(report.has_value()) << report.error().message();
  EXPECT_EQ(report->files[0].metadata.inserted, 1);
  EXPECT_EQ(report->files[1].metadata.inserted, 1);
  EXPECT_NE(core::FindGoal(Registry(), "5"), nullptr);
}

TEST_F(RegistryImportTest, NamesTheFileAndItemOfABadReference) {
  EXPECT_EQ(Error({{"plan.csv", std::string(kPlanItems) + "a-1,action,2027,9,Action,,2027-06-30,,\n"}}),
            "plan.csv: plan item 'a-1': goal: unknown goal '9'");
  EXPECT_EQ(Error({{"goals.json", R"({"goals":[{"code":"3c","parent":"3","title":{"nn":"x"}}]})"}}),
            "goals.json: goal '3c': parent: unknown goal '3'");
  EXPECT_EQ(Error({{"goals.json",
                    R"({"goals":[{"code":"5","parent":"main","title":{"nn":"x"},)"
                    R"("indicators":[{"measure":"indicator:nope@NO","dimension":"reach"}]}]})"}}),
            "goals.json: goal '5': measure indicator:nope@NO: unknown indicator 'nope'");
  EXPECT_EQ(Error({{"bodies.json", R"({"bodies":[{"code":"wg","name":"WG","kind":"working_group",)"
                                   R"("members":[{"person":"X","participant":"NOPE","from":"2024-01-01"}]}]})"}}),
            "bodies.json: body 'wg', member 'X': participant: unknown participant 'NOPE'");
  EXPECT_EQ(Error({{"a.csv", std::string(kActivities) + "bad code,webinar,W,2024-01-01,,,,,\n"}}),
            "a.csv: activity 'bad code': code may hold only letters, digits, '_', '-' and '.'");
  // Goals that make each other their ancestors, the second replacing a stored goal's parent.
  EXPECT_EQ(Error({{"goals.json", R"({"goals":[{"code":"5","parent":"4","title":{"nn":"x"}},)"
                                  R"({"code":"4","parent":"5","title":{"nn":"y"}}]})"}}),
            "goals.json: goal '4': its parents form a cycle (4 -> 5 -> 4)");
}

TEST_F(RegistryImportTest, AllOrNothingWithTheOtherFiles) {
  const core::ClusterRegistry before = Registry();
  const std::string activity = std::string(kActivities) + "w-1,webinar,W,2024-01-01,,,,,\n";
  EXPECT_NE(Error({{"a.csv", activity}, {"bad.csv", "dataelement,period,orgunit,value\nmt_patients,2019,NO,-1\n"}}),
            "(imported)");
  EXPECT_EQ(Registry(), before);
  // A store failure while the items are written rolls back what was already put.
  FaultInjectingStore faulty(*store_);
  faulty.FailAt(FaultInjectingStore::Fault::kPutRegistry, 2);
  ImportRequest request;
  request.files = {{"a.csv", activity + "w-2,webinar,W2,2024-02-01,,,,,\n"}};
  request.options.now = kNow;
  auto report = ImportFiles(faulty, request);
  ASSERT_FALSE(report.has_value());
  EXPECT_NE(report.error().message().find("injected fault"), std::string::npos);
  EXPECT_EQ(Registry(), before);
  // A dry run says what would change and writes nothing.
  auto dry = Import({{"a.csv", activity}}, true);
  ASSERT_TRUE(dry.has_value()) << dry.error().message();
  EXPECT_EQ(dry->files[0].metadata.inserted, 1);
  EXPECT_EQ(Registry(), before);
}

TEST_F(RegistryImportTest, TheBundledDocumentRoundTripsThroughTheStore) {
  const core::ClusterRegistry registry = Registry();
  auto report = Import({{"registry.json", io::RenderRegistryJson(registry)}});
  ASSERT_TRUE(report.has_value()) << report.error().message();
  EXPECT_EQ(report->files[0].format, io::ImportFormat::kRegistryJson);
  EXPECT_EQ(report->files[0].metadata.changed(), 0);
  EXPECT_EQ(io::RenderRegistryJson(Registry()), io::RenderRegistryJson(registry));
}

// HELSE-BERGEN's org unit is HV-BERGEN; UIB-GAMUT has none.
TEST_F(RegistryImportTest, AReporterImportsActivitiesAndPlanItemsOfItsOwnParticipantsOnly) {
  ImportRequest request;
  request.options.now = kNow;
  request.writable_org_units = std::set<std::string>{"HV-BERGEN"};
  const auto import = [&](const std::string& name, const std::string& content) {
    request.files = {{name, content}};
    return ImportFiles(*store_, request);
  };
  auto own = import("a.csv", std::string(kActivities) + "hb-1,course,Kurs,2025-03-01,HELSE-BERGEN,12,,,\n");
  ASSERT_TRUE(own.has_value()) << own.error().message();
  auto plan = import("p.csv", std::string(kPlanItems) + "hb-a,action,2025,1,Tiltak,HELSE-BERGEN,2025-12-31,,\n");
  ASSERT_TRUE(plan.has_value()) << plan.error().message();

  auto other = import("a.csv", std::string(kActivities) + "u-1,course,Kurs,2025-03-01,UIB-GAMUT,,,,\n");
  ASSERT_FALSE(other.has_value());
  EXPECT_EQ(other.error().code(), core::ErrorCode::kPermissionDenied);
  EXPECT_EQ(other.error().message(),
            "a.csv: activity 'u-1': organiser 'UIB-GAMUT' is not a participant of your own org units; with this "
            "role activities and plan items may be written for your own participants only, and nothing was written");
  // Taking over a stored activity of another participant (the bundled 2018 conference is UIB-GAMUT's).
  auto takeover = import("a.csv", std::string(kActivities) +
                                      "conference-2018,conference,Mine,2018-11-22,HELSE-BERGEN,,,,\n");
  ASSERT_FALSE(takeover.has_value());
  EXPECT_EQ(takeover.error().message(),
            "a.csv: activity 'conference-2018' is stored for 'UIB-GAMUT', not one of your own participants; "
            "nothing was written");
  auto goal = import("g.json", R"({"goals":[{"code":"5","parent":"main","title":{"nn":"x"}}]})");
  ASSERT_FALSE(goal.has_value());
  EXPECT_EQ(goal.error().code(), core::ErrorCode::kPermissionDenied);
  EXPECT_EQ(goal.error().message(),
            "g.json: with this role governance bodies and goals may not be written; nothing was written");
  EXPECT_EQ(Registry().activities.size(), 7u);  // the bundled six and the reporter's own
}

}  // namespace
}  // namespace polyfon::app
