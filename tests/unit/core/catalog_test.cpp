#include "core/catalog.hpp"

#include <gtest/gtest.h>

#include "core/text.hpp"

namespace polyfon::core {
namespace {

Catalog CountyReform() {
  Catalog c;
  c.org_units = {{"NO", "Noreg", OrgUnitKind::kNation, {"Landet samla"}},
                 {"NO-HSO", "Helse Sør-Øst", OrgUnitKind::kHealthRegion, {"Helse Sør-Aust"}},
                 {"F-12", "Hordaland", OrgUnitKind::kCounty, {}},
                 {"F-46", "Vestland", OrgUnitKind::kCounty, {}},
                 {"K-BERGEN", "Bergen kommune", OrgUnitKind::kMunicipality, {"4601"}}};
  c.links = {{"NO-HSO", "NO", std::nullopt, std::nullopt},
             {"F-12", "NO", std::nullopt, Date{2019, 12, 31}},
             {"F-46", "NO", Date{2020, 1, 1}, std::nullopt},
             {"K-BERGEN", "F-12", std::nullopt, Date{2019, 12, 31}},
             {"K-BERGEN", "F-46", Date{2020, 1, 1}, std::nullopt}};
  return c;
}

TEST(CatalogIndexTest, MatchesCodesNamesAndAliasesInEitherWrittenForm) {
  const Catalog c = CountyReform();
  const CatalogIndex index(c);
  EXPECT_EQ(index.MatchOrgUnit("NO-HSO")->code, "NO-HSO");
  EXPECT_EQ(index.MatchOrgUnit("Helse Sør-Øst")->code, "NO-HSO");
  EXPECT_EQ(index.MatchOrgUnit("helse sør aust")->code, "NO-HSO");
  EXPECT_EQ(index.MatchOrgUnit("HELSE SØR-AUST")->code, "NO-HSO");
  EXPECT_EQ(index.MatchOrgUnit("Landet samla")->code, "NO");
  EXPECT_EQ(index.MatchOrgUnit("4601")->code, "K-BERGEN");
  EXPECT_EQ(index.MatchOrgUnit("Helse Vest"), nullptr);
  EXPECT_EQ(index.FindOrgUnit("Noreg"), nullptr);  // Find is by code only
}

TEST(CatalogIndexTest, FollowsTheHierarchyValidOnADay) {
  const Catalog c = CountyReform();
  const CatalogIndex index(c);
  EXPECT_EQ(index.ParentOn("K-BERGEN", Date{2019, 6, 1}), "F-12");
  EXPECT_EQ(index.ParentOn("K-BERGEN", Date{2020, 1, 1}), "F-46");
  EXPECT_EQ(index.ChildrenOn("NO", Date{2018, 1, 1}), (std::vector<std::string>{"NO-HSO", "F-12"}));
  EXPECT_EQ(index.ChildrenOn("NO", Date{2021, 1, 1}), (std::vector<std::string>{"NO-HSO", "F-46"}));
  EXPECT_TRUE(index.ChildrenOn("F-12", Date{2020, 1, 1}).empty());
}

TEST(ValidateHierarchyTest, AcceptsDatedChanges) { EXPECT_TRUE(ValidateHierarchy(CountyReform()).ok()); }

TEST(ValidateHierarchyTest, RejectsOverlappingParents) {
  Catalog c = CountyReform();
  c.links.push_back({"K-BERGEN", "NO", Date{2019, 6, 1}, std::nullopt});
  const Status s = ValidateHierarchy(c);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("K-BERGEN"), std::string::npos) << s.message();
}

TEST(ValidateHierarchyTest, RejectsCyclesAndUnknownUnits) {
  Catalog cycle = CountyReform();
  cycle.links.push_back({"NO", "K-BERGEN", Date{2021, 1, 1}, std::nullopt});
  EXPECT_NE(ValidateHierarchy(cycle).message().find("own ancestor"), std::string::npos);
  Catalog unknown = CountyReform();
  unknown.links.push_back({"K-OSLO", "NO", std::nullopt, std::nullopt});
  EXPECT_NE(ValidateHierarchy(unknown).message().find("K-OSLO"), std::string::npos);
}

TEST(NameKeyTest, FoldsCaseSpacesAndHyphens) {
  EXPECT_EQ(NameKey("  Helse Sør-Øst "), "helse sør øst");
  EXPECT_EQ(NameKey("HELSE_MIDT--NOREG"), "helse midt noreg");
  EXPECT_EQ(NameKey("ÆØÅ"), "æøå");
}

}  // namespace
}  // namespace polyfon::core

namespace polyfon::core {
namespace {
TEST(SplitListTest, SkipsEmptyItems) {
  EXPECT_EQ(SplitList("NO-HV,NO"), (std::vector<std::string>{"NO-HV", "NO"}));
  EXPECT_EQ(SplitList(",NO,,"), (std::vector<std::string>{"NO"}));
  EXPECT_TRUE(SplitList("").empty());
  EXPECT_EQ(SplitList("a|b", '|'), (std::vector<std::string>{"a", "b"}));
}
}  // namespace
}  // namespace polyfon::core
