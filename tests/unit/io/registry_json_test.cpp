// The registry JSON document (docs/formats/registry.md): rendering, parsing, detection.

#include "io/registry_json.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "io/format_detection.hpp"
#include "io/import_format.hpp"
#include "io/importer.hpp"
#include "test_catalog.hpp"

namespace polyfon::io {
namespace {

// A registry that sets every field to something other than its default.
core::ClusterRegistry FullRegistry() {
  core::ClusterRegistry registry;
  core::GovernanceBody body;
  body.code = "steering";
  body.name = "Styringsgruppa";
  body.kind = core::BodyKind::kSteeringGroup;
  body.note = "a \"quoted\" note, æøå";
  body.members = {{"Geir Lien", "HELSE-BERGEN", "chair", core::Date{2017, 1, 1}, core::Date{2020, 12, 31}},
                  {"Randi-Luise Møgster", "", "chair", core::Date{2023, 11, 1}, std::nullopt}};
  registry.bodies.push_back(body);

  core::Activity activity;
  activity.code = "conf-2018";
  activity.kind = core::ActivityKind::kConference;
  activity.title = "POLYFON-konferansen 2018";
  activity.date = core::Date{2018, 11, 22};
  activity.organiser = "UIB-GAMUT";
  activity.attendees = 250;
  activity.status = core::ActivityStatus::kPostponed;
  activity.place = "Egget";
  activity.note = "source";
  registry.activities.push_back(activity);
  activity.code = "conf-2019";
  activity.attendees = std::nullopt;
  activity.status = core::ActivityStatus::kHeld;
  registry.activities.push_back(activity);

  core::Goal main;
  main.code = "main";
  main.title = {"Musikkterapi for alle", "Musikkterapi for alle", "Music therapy for everyone"};
  core::Goal one;
  one.code = "1";
  one.parent = "main";
  one.title = {"Eitt", "", ""};
  core::GoalIndicator indicator;
  indicator.measure = {core::MeasureKind::kIndicator, "mt_patients_per_100k", "NO"};
  indicator.label = {"Pasientar", "Pasienter", "Patients"};
  indicator.dimension = core::Dimension::kPenetration;
  indicator.targets = {{2018, 500}, {2030, 12.75}};
  indicator.higher_is_better = false;
  one.indicators.push_back(indicator);
  one.indicators.push_back({{core::MeasureKind::kMembers, "", ""}, {}, core::Dimension::kAdoption, {}, true});
  registry.goals = {main, one};

  core::PlanItem item;
  item.code = "m-2030";
  item.kind = core::PlanItemKind::kMilestone;
  item.plan = 2030;
  item.goal = "1";
  item.title = "Alle helseføretak";
  item.responsible = "HELSE-BERGEN";
  item.due = core::Date{2030, 12, 31};
  item.status = core::PlanItemStatus::kInProgress;
  item.note = "n";
  registry.plan_items.push_back(item);
  return registry;
}

std::string ParseError(const std::string& content) {
  auto result = ParseRegistryJson("r.json", content);
  return result ? "(parsed)" : result.error().message();
}

std::string ItemError(const std::string& content, core::RegistryKind kind) {
  auto result = ParseRegistryItemJson("r.json", content, kind);
  return result ? "(parsed)" : result.error().message();
}

TEST(RegistryJsonTest, RoundTripsEveryField) {
  const core::ClusterRegistry registry = FullRegistry();
  const std::string text = RenderRegistryJson(registry);
  auto parsed = ParseRegistryJson("r.json", text);
  ASSERT_TRUE(parsed.has_value()) << parsed.error().message();
  EXPECT_EQ(*parsed, registry);
  EXPECT_EQ(RenderRegistryJson(*parsed), text);
}

TEST(RegistryJsonTest, RendersTheSpecsShapeInTheSpecsOrder) {
  const core::ClusterRegistry registry = FullRegistry();
  EXPECT_EQ(RenderBodyJson(registry.bodies[0]),
            R"({"code":"steering","name":"Styringsgruppa","kind":"steering_group","note":"a \"quoted\" note, æøå",)"
            R"("members":[{"person":"Geir Lien","participant":"HELSE-BERGEN","role":"chair","from":"2017-01-01",)"
            R"("to":"2020-12-31"},{"person":"Randi-Luise Møgster","participant":"","role":"chair",)"
            R"("from":"2023-11-01","to":null}]})");
  EXPECT_EQ(RenderActivityJson(registry.activities[1]),
            R"({"code":"conf-2019","kind":"conference","title":"POLYFON-konferansen 2018","date":"2018-11-22",)"
            R"("organiser":"UIB-GAMUT","attendees":null,"status":"held","place":"Egget","note":"source"})");
  EXPECT_EQ(RenderGoalJson(registry.goals[1]),
            R"({"code":"1","parent":"main","title":{"nn":"Eitt","nb":"","en":""},"indicators":[)"
            R"({"measure":"indicator:mt_patients_per_100k@NO","dimension":"penetration",)"
            R"("label":{"nn":"Pasientar","nb":"Pasienter","en":"Patients"},"targets":{"2018":500,"2030":12.75},)"
            R"("direction":"lower"},{"measure":"members","dimension":"adoption","label":{"nn":"","nb":"","en":""},)"
            R"("targets":{},"direction":"higher"}]})");
  EXPECT_EQ(RenderPlanItemJson(registry.plan_items[0]),
            R"({"code":"m-2030","kind":"milestone","plan":2030,"goal":"1","title":"Alle helseføretak",)"
            R"("responsible":"HELSE-BERGEN","due":"2030-12-31","status":"in_progress","note":"n"})");
  EXPECT_EQ(RenderRegistryJson({}), R"({"bodies":[],"activities":[],"goals":[],"planItems":[]})");
}

TEST(RegistryJsonTest, RendersTheSameDocumentWhateverTheOrderOfTheLists) {
  core::ClusterRegistry registry = FullRegistry();
  core::Goal two = registry.goals[1];
  two.code = "10";
  core::Goal three = registry.goals[1];
  three.code = "3a";
  registry.goals.push_back(two);
  registry.goals.push_back(three);
  const std::string text = RenderRegistryJson(registry);
  std::reverse(registry.goals.begin(), registry.goals.end());
  std::reverse(registry.activities.begin(), registry.activities.end());
  EXPECT_EQ(RenderRegistryJson(registry), text);
  // Goals as people number them.
  EXPECT_LT(text.find(R"("code":"main")"), text.find(R"("code":"1")"));
  EXPECT_LT(text.find(R"("code":"3a")"), text.find(R"("code":"10")"));
}

TEST(RegistryJsonTest, ReadsMinimalItemsWithTheirDefaults) {
  auto parsed = ParseRegistryJson("r.json",
                                  "\xEF\xBB\xBF"
                                  R"({"activities":[{"code":"a","kind":"webinar","date":"2024-02-01"}],
        "goals":[{"code":"main","parent":null,"indicators":[{"measure":"activities:webinar","dimension":"reach"}]}],
        "planItems":[{"code":"p","kind":"action","plan":2025,"due":"2025-06-30"}],
        "bodies":[{"code":"b","kind":"experience_panel","members":[{"person":"X","from":"2020-01-01"}]}]})");
  ASSERT_TRUE(parsed.has_value()) << parsed.error().message();
  EXPECT_EQ(parsed->activities[0].status, core::ActivityStatus::kHeld);
  EXPECT_EQ(parsed->activities[0].attendees, std::nullopt);
  EXPECT_EQ(parsed->goals[0].parent, "");
  EXPECT_TRUE(parsed->goals[0].indicators[0].higher_is_better);
  EXPECT_EQ(parsed->plan_items[0].status, core::PlanItemStatus::kPlanned);
  EXPECT_EQ(parsed->bodies[0].members[0].to, std::nullopt);
  EXPECT_EQ(ParseRegistryJson("r.json", "{}").value(), core::ClusterRegistry{});
}

TEST(RegistryJsonTest, NamesThePathOfEachProblem) {
  EXPECT_EQ(ParseError(R"({"bodies":[{"code":"b","kind":"board","members":[{"person":"X","from":"2020"},)"
                       R"({"from":"2020-01-01","to":"2021-02-30","seat":1}]}],)"
                       R"("activities":[{"code":"a","kind":"webinar","date":"2024-02-01","attendees":-3,)"
                       R"("status":"done"},{"code":7,"date":"x"}],"colour":"red"})"),
            "r.json: colour: unknown key (expected bodies, activities, goals or planItems)\n"
            "r.json: bodies[0].kind: unknown value 'board' (expected steering_group, strategy_group, working_group, "
            "experience_panel, scientific_council, national_network, regional_node or secretariat)\n"
            "r.json: bodies[0].members[0].from: '2020' is not a date (YYYY-MM-DD)\n"
            "r.json: bodies[0].members[1].seat: unknown key (expected person, participant, role, from or to)\n"
            "r.json: bodies[0].members[1].person: missing\n"
            "r.json: bodies[0].members[1].to: '2021-02-30' is not a date (YYYY-MM-DD)\n"
            "r.json: activities[0].attendees: must be a whole number of 0 or more, or null when not reported, "
            "found -3\n"
            "r.json: activities[0].status: unknown value 'done' (expected planned, held, cancelled or postponed)\n"
            "r.json: activities[1].code: must be a string, found 7\n"
            "r.json: activities[1].kind: missing (expected webinar, conference, course, network_meeting, seed_grant, "
            "dissemination_grant or concert)\n"
            "... and 1 more problem");
  EXPECT_EQ(ParseError(R"({"goals":[{"code":"1","title":{"nn":"x","de":"y"},"indicators":[)"
                       R"({"measure":"indicator:mt_patients_per_100k","dimension":"speed","targets":{"2018":"500",)"
                       R"("next":1},"direction":"up"},{"measure":7,"dimension":"reach","targets":[]},"x"]}],)"
                       R"("planItems":[{"code":"p","kind":"action","plan":"2025","due":"2025-06-30","status":"late"},)"
                       R"({"code":"p","kind":"action","plan":2025,"due":"2025-06-30"}]})"),
            "r.json: goals[0].title.de: unknown key (expected nn, nb or en)\n"
            "r.json: goals[0].indicators[0].measure: measure 'indicator:mt_patients_per_100k' needs an org unit "
            "after '@'\n"
            "r.json: goals[0].indicators[0].dimension: unknown value 'speed' (expected reach, effectiveness, "
            "adoption, implementation, maintenance, acceptability, appropriateness, feasibility, fidelity, cost, "
            "penetration or sustainability)\n"
            "r.json: goals[0].indicators[0].targets.2018: must be a number, found a string\n"
            "r.json: goals[0].indicators[0].targets.next: 'next' is not a year (YYYY)\n"
            "r.json: goals[0].indicators[1].measure: must be a string such as "
            "\"indicator:mt_patients_per_100k@NO\", found 7\n"
            "r.json: goals[0].indicators[1].targets: must be an object of years and numbers ({\"2025\": 500}), "
            "found an array\n"
            "r.json: goals[0].indicators[2]: must be an object, found a string\n"
            "r.json: planItems[0].plan: must be a year, found a string\n"
            "r.json: planItems[0].status: unknown value 'late' (expected planned, in_progress, done or cancelled)");
  EXPECT_EQ(
      ParseError(R"({"goals":[{"code":"main","indicators":[{"measure":"members","dimension":"reach",)"
                 R"("direction":"up"}]}],"planItems":[{"code":"p","kind":"action","plan":2025,"due":"2025-06-30"},)"
                 R"({"code":"p","kind":"action","plan":2025,"due":"2025-06-30"}],"bodies":{}})"),
      // In the document's order, where bodies come last.
      "r.json: goals[0].indicators[0].direction: unknown value 'up' (expected higher or lower)\n"
      "r.json: planItems[1].code: 'p' is already planItems[0]\n"
      "r.json: bodies: must be an array, found an object");
}

TEST(RegistryJsonTest, NamesMalformedJsonByLineAndColumn) {
  EXPECT_EQ(ParseError("{\"goals\": [\n  {\"code\": \"1\",}\n]}"),
            "r.json:2:16: syntax error while parsing object key - unexpected '}'; expected string literal");
  EXPECT_EQ(ParseError("[]"), "r.json: expected a registry document (a JSON object), found an array");
  EXPECT_EQ(ParseError(" \n"), "r.json: file is empty");
  EXPECT_EQ(ParseError(std::string("{\"a\":\"\xFF\"}")),
            "r.json:1:7: not a text file (binary data or invalid UTF-8; save it as UTF-8)");
}

TEST(RegistryJsonTest, ReadsOneItemOfAGivenKind) {
  const core::ClusterRegistry full = FullRegistry();
  auto goal = ParseRegistryItemJson("r.json", RenderGoalJson(full.goals[1]), core::RegistryKind::kGoal);
  ASSERT_TRUE(goal.has_value()) << goal.error().message();
  EXPECT_EQ(goal->goals, std::vector<core::Goal>{full.goals[1]});
  EXPECT_TRUE(goal->bodies.empty() && goal->activities.empty() && goal->plan_items.empty());
  auto body = ParseRegistryItemJson("r.json", RenderBodyJson(full.bodies[0]), core::RegistryKind::kBody);
  ASSERT_TRUE(body.has_value()) << body.error().message();
  EXPECT_EQ(body->bodies, full.bodies);
  auto activity =
      ParseRegistryItemJson("r.json", RenderActivityJson(full.activities[0]), core::RegistryKind::kActivity);
  ASSERT_TRUE(activity.has_value()) << activity.error().message();
  EXPECT_EQ(activity->activities[0], full.activities[0]);
  auto item = ParseRegistryItemJson("r.json", RenderPlanItemJson(full.plan_items[0]), core::RegistryKind::kPlanItem);
  ASSERT_TRUE(item.has_value()) << item.error().message();
  EXPECT_EQ(item->plan_items, full.plan_items);

  EXPECT_EQ(ItemError(R"({"name":"x","kind":"working_group"})", core::RegistryKind::kBody), "r.json: code: missing");
  EXPECT_EQ(ItemError(R"({"code":"x","kind":"action","plan":2025})", core::RegistryKind::kPlanItem),
            "r.json: due: missing");
  EXPECT_EQ(ItemError("[1]", core::RegistryKind::kActivity), "r.json: must be an object, found an array");
  // A document is not an item.
  EXPECT_EQ(ItemError(R"({"goals":[]})", core::RegistryKind::kGoal),
            "r.json: goals: unknown key (expected code, parent, title or indicators)\nr.json: code: missing");
}

TEST(RegistryJsonTest, IsDetectedByItsTopLevelKeysBesideJsonStatAndDhis2) {
  EXPECT_EQ(DetectImportFormat("r.json", R"({"goals":[]})").value(), ImportFormat::kRegistryJson);
  EXPECT_EQ(DetectImportFormat("r.json", "\xEF\xBB\xBF {\"planItems\":[{\"version\":1}]}").value(),
            ImportFormat::kRegistryJson);
  // Keys inside nested values do not count; the first telling top-level key decides.
  EXPECT_EQ(DetectImportFormat("r.json", R"({"x":{"goals":[]},"dataValues":[]})").value(), ImportFormat::kDhis2Json);
  EXPECT_EQ(DetectImportFormat("r.json", R"({"class":"dataset","goals":[]})").value(), ImportFormat::kJsonStat);
  EXPECT_EQ(DetectImportFormat("r.json", R"({"note":"x","bodies":[]})").value(), ImportFormat::kRegistryJson);
  EXPECT_EQ(DetectJsonLayout(R"({"activities":[]})"), JsonLayout::kRegistry);
  EXPECT_EQ(DetectJsonLayout(R"({"colour":"red"})"), JsonLayout::kUnknown);
  EXPECT_EQ(DetectJsonLayout("code,title\n"), JsonLayout::kUnknown);
}

TEST(RegistryJsonTest, ImportsThroughParseImport) {
  const testing::CatalogHolder holder;
  const std::string text = RenderRegistryJson(FullRegistry());
  auto batch = ParseImport("r.json", text, holder.index, testing::TestOptions());
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->format, ImportFormat::kRegistryJson);
  EXPECT_EQ(batch->rows, 6);
  EXPECT_EQ(batch->registry, FullRegistry());
  EXPECT_TRUE(batch->values.empty() && batch->participants.empty());
  // Asked for by name, a document without a telling key is read too.
  auto empty = ParseImport("r.json", "{}", holder.index, testing::TestOptions(ImportFormat::kRegistryJson));
  ASSERT_TRUE(empty.has_value()) << empty.error().message();
  EXPECT_EQ(empty->format, ImportFormat::kRegistryJson);
}

}  // namespace
}  // namespace polyfon::io
