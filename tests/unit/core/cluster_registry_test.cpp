// core::Validate* on registry items: the messages the import names files with.

#include "core/cluster_registry.hpp"

#include <gtest/gtest.h>

namespace polyfon::core {
namespace {

struct Fixture {
  Catalog catalog = [] {
    Catalog c;
    c.org_units = {{"NO", "Noreg", OrgUnitKind::kNation, {}}};
    Participant p;
    p.code = "UIB-GAMUT";
    p.name = "UiB";
    c.participants = {p};
    return c;
  }();
  CatalogIndex index{catalog};
};

Goal MakeGoal(std::string code, std::string parent) {
  Goal goal;
  goal.code = std::move(code);
  goal.parent = std::move(parent);
  goal.title.nn = "Mål";
  return goal;
}

TEST(ClusterRegistryTest, NamesTheGoalsOfACycle) {
  const Fixture f;
  ClusterRegistry registry;
  registry.goals = {MakeGoal("main", ""), MakeGoal("4", "5"), MakeGoal("5", "4"), MakeGoal("6", "4")};
  EXPECT_EQ(ValidateRegistry(registry, f.index).message(), "goal '4': its parents form a cycle (4 -> 5 -> 4)");
  registry.goals[1].parent = "main";
  EXPECT_TRUE(ValidateRegistry(registry, f.index).ok()) << ValidateRegistry(registry, f.index).message();
}

TEST(ClusterRegistryTest, ChecksParentsParticipantsAndTerms) {
  const Fixture f;
  ClusterRegistry registry;
  registry.goals = {MakeGoal("main", "")};
  EXPECT_EQ(ValidateGoal(MakeGoal("1", ""), registry, f.index).message(),
            "goal '1': only the goal 'main' has no parent, and it must have none");
  EXPECT_EQ(ValidateGoal(MakeGoal("1", "2"), registry, f.index).message(), "goal '1': parent: unknown goal '2'");
  GovernanceBody body;
  body.code = "sg";
  body.name = "Styringsgruppa";
  body.members = {{"A", "NOPE", "chair", Date{2020, 1, 1}, std::nullopt}};
  EXPECT_EQ(ValidateBody(body, f.index).message(), "body 'sg', member 'A': participant: unknown participant 'NOPE'");
  body.members = {{"A", "UIB-GAMUT", "chair", Date{2020, 1, 1}, Date{2019, 12, 31}}};
  EXPECT_EQ(ValidateBody(body, f.index).message(),
            "body 'sg', member 'A': term ends (2019-12-31) before it starts (2020-01-01)");
  Activity activity;
  activity.code = "a b";
  activity.title = "T";
  EXPECT_EQ(ValidateActivity(activity, f.index).message(),
            "activity 'a b': code may hold only letters, digits, '_', '-' and '.'");
}

}  // namespace
}  // namespace polyfon::core
