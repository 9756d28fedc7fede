#include "core/principal.hpp"

#include <gtest/gtest.h>

namespace polyfon::core {
namespace {

Catalog Tree() {
  Catalog catalog;
  for (const char* code : {"NO", "NO-HV", "NO-HN", "HV-BERGEN", "HV-BERGEN-PK", "HN-UNN", "HV-OLD"}) {
    catalog.org_units.push_back({code, code, OrgUnitKind::kOther, {}, {}});
  }
  catalog.links = {{"NO-HV", "NO", {}, {}},         {"NO-HN", "NO", {}, {}},
                   {"HV-BERGEN", "NO-HV", {}, {}},  {"HV-BERGEN-PK", "HV-BERGEN", {}, {}},
                   {"HN-UNN", "NO-HN", {}, {}},     {"HV-OLD", "NO-HV", {}, Date{2015, 12, 31}}};
  return catalog;
}

TEST(PrincipalTest, RolesAreOrdered) {
  const Principal anonymous = Principal::Anonymous();
  EXPECT_FALSE(anonymous.signed_in());
  EXPECT_FALSE(anonymous.HasRole(Role::kViewer));
  EXPECT_FALSE(anonymous.SeesUnsuppressed());
  EXPECT_EQ(anonymous.ViewKey(), "public");
  const Principal viewer{"v", Role::kViewer, {}};
  EXPECT_TRUE(viewer.SeesUnsuppressed());
  EXPECT_FALSE(viewer.MayWriteValues());
  EXPECT_EQ(viewer.ViewKey(), "full");
  const Principal reporter{"r", Role::kReporter, {"NO-HN"}};
  EXPECT_FALSE(reporter.SeesUnsuppressed());
  EXPECT_TRUE(reporter.MayWriteValues());
  EXPECT_FALSE(reporter.MayReadAudit());
  EXPECT_EQ(reporter.ViewKey(), "reporter:NO-HN");
  const Principal coordinator{"c", Role::kCoordinator, {}};
  EXPECT_TRUE(coordinator.MayReadAudit());
  EXPECT_FALSE(coordinator.MayManageUsers());
  EXPECT_TRUE(Principal({"a", Role::kAdmin, {}}).MayManageUsers());
}

TEST(PrincipalTest, AReportersOwnUnitsAreItsUnitsAndEverythingBelowThemAtAnyTime) {
  const Catalog catalog = Tree();
  EXPECT_EQ(OwnUnits({"r", Role::kReporter, {"NO-HV"}}, catalog),
            (std::set<std::string>{"NO-HV", "HV-BERGEN", "HV-BERGEN-PK", "HV-OLD"}));
  EXPECT_EQ(OwnUnits({"r", Role::kReporter, {"HV-BERGEN", "HN-UNN"}}, catalog),
            (std::set<std::string>{"HV-BERGEN", "HV-BERGEN-PK", "HN-UNN"}));
  EXPECT_TRUE(OwnUnits({"c", Role::kCoordinator, {}}, catalog).empty());
}

TEST(RoleTest, NamesRoundTripAndUserNamesAreChecked) {
  for (Role role : {Role::kViewer, Role::kReporter, Role::kCoordinator, Role::kAdmin}) {
    EXPECT_EQ(*ParseRole(RoleName(role)), role);
  }
  EXPECT_EQ(*ParseRole("Admin"), Role::kAdmin);
  EXPECT_FALSE(ParseRole("root").has_value());
  EXPECT_TRUE(ValidateUserName("kari.nordmann@uib.no").ok());
  EXPECT_FALSE(ValidateUserName("").ok());
  EXPECT_FALSE(ValidateUserName("Kari").ok());
  EXPECT_FALSE(ValidateUserName("kari nordmann").ok());
  EXPECT_FALSE(ValidateUserName(std::string(65, 'a')).ok());
}

}  // namespace
}  // namespace polyfon::core
