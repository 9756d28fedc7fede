// The cluster registry (bodies, activities, goals, plan items) and participants' contact, for every
// back end.
#include <gmock/gmock.h>

#include <limits>

#include "store_contract_test.hpp"

namespace polyfon::core {

// One line per item, so that a failed comparison says which field differs.
void PrintTo(const GovernanceBody& body, std::ostream* out) {
  *out << "{" << body.code << " '" << body.name << "' " << BodyKindName(body.kind) << " note '" << body.note << "'";
  for (const BodyMember& m : body.members) {
    *out << " [" << m.person << " of '" << m.participant << "' " << m.role << " " << m.from.ToString() << ".."
         << (m.to ? m.to->ToString() : "") << "]";
  }
  *out << "}";
}

void PrintTo(const Activity& a, std::ostream* out) {
  *out << "{" << a.code << " " << ActivityKindName(a.kind) << " '" << a.title << "' " << a.date.ToString() << " by '"
       << a.organiser << "' attendees " << (a.attendees ? std::to_string(*a.attendees) : "-") << " "
       << ActivityStatusName(a.status) << " at '" << a.place << "' note '" << a.note << "'}";
}

void PrintTo(const Goal& goal, std::ostream* out) {
  *out << "{" << goal.code << " under '" << goal.parent << "' '" << goal.title.nn << "'/'" << goal.title.nb << "'/'"
       << goal.title.en << "'";
  for (const GoalIndicator& i : goal.indicators) {
    *out << " [" << MeasureText(i.measure) << " '" << i.label.nn << "'/'" << i.label.nb << "'/'" << i.label.en << "' "
         << DimensionName(i.dimension) << (i.higher_is_better ? " up" : " down");
    for (const auto& [year, value] : i.targets) *out << " " << year << ":" << value;
    *out << "]";
  }
  *out << "}";
}

void PrintTo(const PlanItem& p, std::ostream* out) {
  *out << "{" << p.code << " " << PlanItemKindName(p.kind) << " " << p.plan << " goal '" << p.goal << "' '" << p.title
       << "' by '" << p.responsible << "' due " << p.due.ToString() << " " << PlanItemStatusName(p.status) << " note '"
       << p.note << "'}";
}

}  // namespace polyfon::core

namespace polyfon::store::testing {
namespace {

using core::Change;
using core::Date;
using core::ErrorCode;
using core::RegistryKind;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

core::GovernanceBody Steering() {
  return {.code = "steering",
          .name = "Styringsgruppa",
          .kind = core::BodyKind::kSteeringGroup,
          .note = "mandate of 2023",
          .members = {{.person = "Kari Nordmann",
                       .participant = "helse_bergen",
                       .role = "chair",
                       .from = Date{2023, 1, 1},
                       .to = Date{2024, 12, 31}},
                      {.person = "Ola Nordmann",
                       .participant = "",
                       .role = "user_representative",
                       .from = Date{2023, 1, 1},
                       .to = std::nullopt},
                      {.person = "Kari Nordmann",
                       .participant = "uib",
                       .role = "member",
                       .from = Date{2025, 1, 1},
                       .to = std::nullopt}}};
}

core::Activity Webinar() {
  return {.code = "w2025-01",
          .kind = core::ActivityKind::kWebinar,
          .title = "Musikkterapi i psykisk helsevern",
          .date = Date{2025, 3, 12},
          .organiser = "uib",
          .attendees = 42,
          .status = core::ActivityStatus::kHeld,
          .place = "Zoom",
          .note = "attendance from the sign-up list"};
}

core::Activity Conference() {
  return {.code = "c2026",
          .kind = core::ActivityKind::kConference,
          .title = "Nasjonal konferanse",
          .date = Date{2026, 10, 1},
          .organiser = "",
          .attendees = std::nullopt,
          .status = core::ActivityStatus::kPlanned,
          .place = "Bergen",
          .note = ""};
}

core::Goal MainGoal() {
  return {.code = "main",
          .parent = "",
          .title = {.nn = "Musikkterapi til alle", .nb = "Musikkterapi til alle (nb)", .en = "Music therapy for all"},
          .indicators = {}};
}

core::Goal SubGoal() {
  return {.code = "1",
          .parent = "main",
          .title = {.nn = "Auka dekning", .nb = "Økt dekning", .en = "More coverage"},
          .indicators = {
              {.measure = {.kind = core::MeasureKind::kIndicator, .code = "mt_patients_per_100k", .org_unit = "NO-HV"},
               .label = {.nn = "Pasientar per 100 000", .nb = "Pasienter per 100 000", .en = "Per 100k"},
               .dimension = core::Dimension::kReach,
               .targets = {{2026, 12.5}, {2030, 20.25}},
               .higher_is_better = true},
              {.measure = {.kind = core::MeasureKind::kActivities, .code = "webinar", .org_unit = ""},
               .label = {},
               .dimension = core::Dimension::kAdoption,
               .targets = {},
               .higher_is_better = false}}};
}

core::PlanItem Milestone() {
  return {.code = "m2030-1",
          .kind = core::PlanItemKind::kMilestone,
          .plan = 2030,
          .goal = "1",
          .title = "Musikkterapeut i alle helseføretak",
          .responsible = "helse_bergen",
          .due = Date{2030, 12, 31},
          .status = core::PlanItemStatus::kInProgress,
          .note = "see the long-term plan"};
}

core::PlanItem Action() {
  return {.code = "a2026-1",
          .kind = core::PlanItemKind::kAction,
          .plan = 2026,
          .goal = "",
          .title = "Årsmelding",
          .responsible = "",
          .due = Date{2026, 3, 1},
          .status = core::PlanItemStatus::kPlanned,
          .note = ""};
}

class RegistryContractTest : public StoreContractTest {
 protected:
  core::ClusterRegistry Registry() { return Unwrap(store().LoadRegistry()); }

  // Puts the sample items in one transaction, checking each was inserted.
  void PutSample() {
    auto writer = Begin();
    EXPECT_EQ(Unwrap(writer->PutBody(Steering())), Change::kInserted);
    EXPECT_EQ(Unwrap(writer->PutActivity(Webinar())), Change::kInserted);
    EXPECT_EQ(Unwrap(writer->PutActivity(Conference())), Change::kInserted);
    EXPECT_EQ(Unwrap(writer->PutGoal(MainGoal())), Change::kInserted);
    EXPECT_EQ(Unwrap(writer->PutGoal(SubGoal())), Change::kInserted);
    EXPECT_EQ(Unwrap(writer->PutPlanItem(Milestone())), Change::kInserted);
    EXPECT_EQ(Unwrap(writer->PutPlanItem(Action())), Change::kInserted);
    ASSERT_OK(writer->Commit());
  }

  // The sample as LoadRegistry returns it: each list by code, members by start, then person.
  static core::ClusterRegistry Sample() {
    return {.bodies = {Steering()},                   // its members are in canonical order already
            .activities = {Conference(), Webinar()},  // "c2026" < "w2025-01"
            .goals = {SubGoal(), MainGoal()},         // "1" < "main": byte order, as SQL's ORDER BY code
            .plan_items = {Action(), Milestone()}};
  }

  void ExpectRegistry(const core::ClusterRegistry& expected) {
    const core::ClusterRegistry registry = Registry();
    EXPECT_EQ(registry.bodies, expected.bodies);
    EXPECT_EQ(registry.activities, expected.activities);
    EXPECT_EQ(registry.goals, expected.goals);
    EXPECT_EQ(registry.plan_items, expected.plan_items);
  }
};

TEST_P(RegistryContractTest, AnEmptyStoreHasAnEmptyRegistry) { EXPECT_EQ(Registry(), core::ClusterRegistry{}); }

TEST_P(RegistryContractTest, EachKindRoundTripsWithEveryField) {
  PutSample();
  Reopen();
  ExpectRegistry(Sample());
  // Optional fields both ways: an open and a closed term, attendance reported and not.
  const core::ClusterRegistry registry = Registry();
  EXPECT_EQ(registry.bodies[0].members[0].to, (Date{2024, 12, 31}));
  EXPECT_EQ(registry.bodies[0].members[1].to, std::nullopt);
  EXPECT_EQ(registry.activities[1].attendees, 42);
  EXPECT_EQ(registry.activities[0].attendees, std::nullopt);
  EXPECT_EQ(registry.goals[0].indicators[0].label.en, "Per 100k");
  EXPECT_EQ(registry.goals[0].indicators[0].targets.at(2030), 20.25);
}

TEST_P(RegistryContractTest, AnIdenticalPutIsUnchangedAndLeavesTheDataVersion) {
  PutSample();
  const int64_t version = Version();
  auto writer = Begin();
  EXPECT_EQ(Unwrap(writer->PutBody(Steering())), Change::kUnchanged);
  EXPECT_EQ(Unwrap(writer->PutActivity(Webinar())), Change::kUnchanged);
  EXPECT_EQ(Unwrap(writer->PutActivity(Conference())), Change::kUnchanged);
  EXPECT_EQ(Unwrap(writer->PutGoal(MainGoal())), Change::kUnchanged);
  EXPECT_EQ(Unwrap(writer->PutGoal(SubGoal())), Change::kUnchanged);
  EXPECT_EQ(Unwrap(writer->PutPlanItem(Milestone())), Change::kUnchanged);
  EXPECT_EQ(Unwrap(writer->PutPlanItem(Action())), Change::kUnchanged);
  // The same members in another order are the same body: stores keep them in canonical order.
  core::GovernanceBody shuffled = Steering();
  std::swap(shuffled.members[0], shuffled.members[2]);
  EXPECT_EQ(Unwrap(writer->PutBody(shuffled)), Change::kUnchanged);
  ASSERT_OK(writer->Commit());
  EXPECT_EQ(Version(), version);
  ExpectRegistry(Sample());
}

TEST_P(RegistryContractTest, AChangedPutIsAnUpdateThatReplacesTheChildRows) {
  PutSample();
  core::GovernanceBody body = Steering();
  body.name = "Styringsgruppe";
  body.members = {
      {.person = "Per Hansen", .participant = "uib", .role = "chair", .from = Date{2025, 6, 1}, .to = std::nullopt}};
  core::Activity activity = Webinar();
  activity.attendees = std::nullopt;
  activity.status = core::ActivityStatus::kCancelled;
  core::Goal goal = SubGoal();
  goal.title.en = "Wider coverage";
  goal.indicators.pop_back();
  goal.indicators[0].targets = {{2027, 15}};
  goal.indicators[0].label.nb = "";
  core::Activity conference = Conference();
  conference.attendees = 180;
  core::PlanItem item = Milestone();
  item.status = core::PlanItemStatus::kDone;
  item.due = Date{2029, 6, 30};

  auto writer = Begin();
  EXPECT_EQ(Unwrap(writer->PutBody(body)), Change::kUpdated);
  EXPECT_EQ(Unwrap(writer->PutActivity(activity)), Change::kUpdated);
  EXPECT_EQ(Unwrap(writer->PutActivity(conference)), Change::kUpdated);
  EXPECT_EQ(Unwrap(writer->PutGoal(goal)), Change::kUpdated);
  EXPECT_EQ(Unwrap(writer->PutPlanItem(item)), Change::kUpdated);
  EXPECT_EQ(Unwrap(writer->PutGoal(goal)), Change::kUnchanged);  // within the same transaction too
  ASSERT_OK(writer->Commit());
  Reopen();
  ExpectRegistry({.bodies = {body},
                  .activities = {conference, activity},
                  .goals = {goal, MainGoal()},
                  .plan_items = {Action(), item}});
}

TEST_P(RegistryContractTest, DeleteRemovesAnItemWithItsChildRowsAndAnUnknownOneIsNotFound) {
  PutSample();
  const int64_t version = Version();
  auto writer = Begin();
  ASSERT_OK(writer->DeleteRegistryItem(RegistryKind::kBody, "steering"));
  ASSERT_OK(writer->DeleteRegistryItem(RegistryKind::kActivity, "w2025-01"));
  ASSERT_OK(writer->DeleteRegistryItem(RegistryKind::kGoal, "1"));
  ASSERT_OK(writer->DeleteRegistryItem(RegistryKind::kPlanItem, "a2026-1"));
  const core::Status again = writer->DeleteRegistryItem(RegistryKind::kPlanItem, "a2026-1");
  EXPECT_EQ(again.code(), ErrorCode::kNotFound);
  EXPECT_EQ(again.message(), "no plan item 'a2026-1' in the registry");
  // Codes are per kind: there is a goal "main", but no activity "main".
  EXPECT_EQ(writer->DeleteRegistryItem(RegistryKind::kActivity, "main").code(), ErrorCode::kNotFound);
  // A refused delete wrote nothing, so the transaction goes on.
  core::GovernanceBody empty = Steering();
  empty.members.clear();
  EXPECT_EQ(Unwrap(writer->PutBody(empty)), Change::kInserted);
  core::Goal bare = SubGoal();
  bare.indicators.clear();
  EXPECT_EQ(Unwrap(writer->PutGoal(bare)), Change::kInserted);
  ASSERT_OK(writer->Commit());
  EXPECT_GT(Version(), version);
  Reopen();
  // The re-put items have none of the deleted items' members or indicators.
  ExpectRegistry(
      {.bodies = {empty}, .activities = {Conference()}, .goals = {bare, MainGoal()}, .plan_items = {Milestone()}});
}

TEST_P(RegistryContractTest, DestroyingAnUncommittedWriterRollsBackRegistryWrites) {
  PutSample();
  const int64_t version = Version();
  {
    auto writer = Begin();
    core::Goal goal = SubGoal();
    goal.indicators[0].targets[2028] = 17;
    EXPECT_EQ(Unwrap(writer->PutGoal(goal)), Change::kUpdated);
    ASSERT_OK(writer->DeleteRegistryItem(RegistryKind::kBody, "steering"));
    core::PlanItem item = Action();
    item.code = "a2026-2";
    EXPECT_EQ(Unwrap(writer->PutPlanItem(item)), Change::kInserted);
    ExpectRegistry(Sample());  // readers see the last commit meanwhile
  }
  Reopen();
  ExpectRegistry(Sample());
  EXPECT_EQ(Version(), version);
  auto writer = Begin();  // the writer slot was released
  ASSERT_OK(writer->Commit());
}

TEST_P(RegistryContractTest, LoadRegistrySortsEachListByCodeAndKeepsIndicatorOrder) {
  auto writer = Begin();
  for (const char* code : {"wg-b", "wg-a", "Wg-c"}) {
    core::GovernanceBody body = Steering();
    body.code = code;
    body.members = {
        {.person = "Ola", .participant = "", .role = "member", .from = Date{2024, 1, 1}, .to = std::nullopt},
        {.person = "Berit", .participant = "", .role = "member", .from = Date{2024, 1, 1}, .to = std::nullopt},
        {.person = "Anne", .participant = "", .role = "member", .from = Date{2025, 1, 1}, .to = std::nullopt},
        {.person = "Aase", .participant = "", .role = "deputy", .from = Date{2023, 5, 1}, .to = std::nullopt}};
    Unwrap(writer->PutBody(body));
  }
  core::Goal goal = SubGoal();
  std::swap(goal.indicators[0], goal.indicators[1]);  // the order put is the order kept
  goal.code = "2";
  Unwrap(writer->PutGoal(goal));
  Unwrap(writer->PutGoal(SubGoal()));
  Unwrap(writer->PutGoal(MainGoal()));
  Unwrap(writer->PutActivity(Webinar()));
  Unwrap(writer->PutActivity(Conference()));
  Unwrap(writer->PutPlanItem(Milestone()));
  Unwrap(writer->PutPlanItem(Action()));
  ASSERT_OK(writer->Commit());
  Reopen();
  const core::ClusterRegistry registry = Registry();
  std::vector<std::string> codes, people;
  for (const auto& body : registry.bodies) codes.push_back(body.code);
  EXPECT_THAT(codes, ElementsAre("Wg-c", "wg-a", "wg-b"));  // bytes: upper case first
  for (const auto& member : registry.bodies[0].members) people.push_back(member.person);
  EXPECT_THAT(people, ElementsAre("Aase", "Berit", "Ola", "Anne"));
  codes.clear();
  for (const auto& g : registry.goals) codes.push_back(g.code);
  EXPECT_THAT(codes, ElementsAre("1", "2", "main"));
  EXPECT_EQ(registry.goals[1], goal);
  EXPECT_EQ(registry.activities[0].code, "c2026");
  EXPECT_EQ(registry.plan_items[0].code, "a2026-1");
}

TEST_P(RegistryContractTest, DataVersionGrowsWithEachChangingRegistryCommit) {
  const int64_t empty = Version();
  {
    auto writer = Begin();
    Unwrap(writer->PutActivity(Webinar()));
    ASSERT_OK(writer->Commit());
  }
  const int64_t after_put = Version();
  EXPECT_GT(after_put, empty);
  {
    auto writer = Begin();
    EXPECT_EQ(Unwrap(writer->PutActivity(Webinar())), Change::kUnchanged);
    EXPECT_EQ(writer->DeleteRegistryItem(RegistryKind::kActivity, "c2026").code(), ErrorCode::kNotFound);
    ASSERT_OK(writer->Commit());
  }
  EXPECT_EQ(Version(), after_put);
  {
    auto writer = Begin();
    ASSERT_OK(writer->DeleteRegistryItem(RegistryKind::kActivity, "w2025-01"));
    ASSERT_OK(writer->Commit());
  }
  EXPECT_GT(Version(), after_put);
  EXPECT_THAT(Registry().activities, IsEmpty());
}

TEST_P(RegistryContractTest, PutsRefuseAnEmptyCodeAndATargetThatIsNotANumber) {
  auto writer = Begin();
  core::GovernanceBody body = Steering();
  body.code = "";
  EXPECT_EQ(writer->PutBody(body).status().code(), ErrorCode::kInvalidArgument);
  core::PlanItem item = Action();
  item.code = "";
  EXPECT_EQ(writer->PutPlanItem(item).status().code(), ErrorCode::kInvalidArgument);
  core::Goal goal = SubGoal();
  goal.indicators[0].targets[2027] = std::numeric_limits<double>::quiet_NaN();
  const core::Status nan = writer->PutGoal(goal).status();
  EXPECT_EQ(nan.code(), ErrorCode::kInvalidArgument);
  EXPECT_THAT(nan.message(), HasSubstr("goal '1'"));
  EXPECT_THAT(nan.message(), HasSubstr("2027"));
  // Refused puts write nothing: the transaction goes on.
  EXPECT_EQ(Unwrap(writer->PutGoal(SubGoal())), Change::kInserted);
  ASSERT_OK(writer->Commit());
  EXPECT_EQ(Registry().goals, std::vector<core::Goal>{SubGoal()});
}

TEST_P(RegistryContractTest, AParticipantsContactRoundTrips) {
  core::Catalog catalog = SampleCatalog();
  catalog.participants[0].contact = "Kari Nordmann, seksjonsleiar";
  PutCatalog(catalog);
  Reopen();
  EXPECT_EQ(Catalog().participants, catalog.participants);
  EXPECT_EQ(Catalog().participants[1].contact, "");

  auto writer = Begin();
  EXPECT_EQ(Unwrap(writer->PutParticipant(catalog.participants[0])), Change::kUnchanged);
  core::Participant changed = catalog.participants[0];
  changed.contact = "Ola Nordmann";
  EXPECT_EQ(Unwrap(writer->PutParticipant(changed)), Change::kUpdated);
  ASSERT_OK(writer->Commit());
  Reopen();
  EXPECT_EQ(Catalog().participants[0].contact, "Ola Nordmann");
}

INSTANTIATE_TEST_SUITE_P(AllBackends, RegistryContractTest, ::testing::ValuesIn(StoreBackends()),
                         [](const ::testing::TestParamInfo<StoreBackend>& info) { return info.param.name; });

}  // namespace
}  // namespace polyfon::store::testing
