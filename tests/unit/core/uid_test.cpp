// DHIS2 uids: the check of given ones, the derivation from codes, and lookups by uid.
#include "core/uid.hpp"

#include <gtest/gtest.h>

#include <array>
#include <set>
#include <string>

#include "core/catalog.hpp"

namespace polyfon::core {
namespace {

// DHIS2's pattern ^[a-zA-Z][a-zA-Z0-9]{10}$, spelled out (std::regex trips GCC 12's
// maybe-uninitialized warning in optimised sanitizer builds).
bool MatchesDhis2Pattern(const std::string& uid) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (uid.size() != 11 || !letter(uid[0])) return false;
  for (char c : uid) {
    if (!letter(c) && !digit(c)) return false;
  }
  return true;
}

TEST(UidProblemTest, AcceptsDhis2UidsAndSaysWhatIsWrongWithOthers) {
  EXPECT_EQ(UidProblem("fbfJHSPpUQD"), "");  // DHIS2's Sierra Leone demo: ANC 1st visit
  EXPECT_EQ(UidProblem(kDefaultComboUid), "");
  EXPECT_EQ(UidProblem("Z0000000000"), "");
  EXPECT_EQ(UidProblem("fbfJHSPpUQ"), "must be 11 characters, found 10");
  EXPECT_EQ(UidProblem(""), "must be 11 characters, found 0");
  EXPECT_EQ(UidProblem("1bfJHSPpUQD"), "must start with a letter (a-z, A-Z), found '1'");
  EXPECT_EQ(UidProblem("fbf-HSPpUQD"), "may hold only letters a-z, A-Z and digits 0-9, found '-' at position 4");
  EXPECT_EQ(UidProblem("fbfJHSPpUQ\xC3"),
            "may hold only letters a-z, A-Z and digits 0-9, found a non-ASCII or "
            "control character at position 11");
}

// Pinned: every installation and every version must derive these same uids, or files exported
// with uids would stop importing. Never change these expectations.
TEST(DeriveUidTest, IsStableAcrossInstallationsAndVersions) {
  EXPECT_EQ(DeriveUid("NO"), "Y0KtCnWmuob");
  EXPECT_EQ(DeriveUid("NO-HV"), "TSUHqmJ6UdF");
  EXPECT_EQ(DeriveUid("mt_patients"), "rB5IFBNDO3T");
  EXPECT_EQ(DeriveUid("IBBE10"), "QXCPtKy08YZ");
  EXPECT_EQ(DeriveUid("NO-HV"), DeriveUid(std::string("NO-") + "HV"));
}

TEST(DeriveUidTest, GivesWellFormedDistinctUidsForManyCodes) {
  std::set<std::string> seen;
  for (int i = 0; i < 20000; ++i) {
    for (const std::string& code : {"K-" + std::to_string(i), "k-" + std::to_string(i), std::to_string(i)}) {
      const std::string uid = DeriveUid(code);
      ASSERT_TRUE(MatchesDhis2Pattern(uid)) << code << " -> " << uid;
      ASSERT_EQ(UidProblem(uid), "");
      EXPECT_TRUE(seen.insert(uid).second) << "two codes derive " << uid;
    }
  }
  EXPECT_TRUE(MatchesDhis2Pattern(DeriveUid("")));  // never a code, but still well formed
}

TEST(DeriveUidTest, UsesEveryCharacterOfTheAlphabetInEveryPosition) {
  // A uid taken as digits of one 64-bit number would leave its last characters nearly constant.
  std::array<std::set<char>, kUidLength> used;
  for (int i = 0; i < 5000; ++i) {
    const std::string uid = DeriveUid("unit-" + std::to_string(i));
    for (size_t p = 0; p < kUidLength; ++p) used[p].insert(uid[p]);
  }
  EXPECT_EQ(used[0].size(), 52u);
  for (size_t p = 1; p < kUidLength; ++p) EXPECT_EQ(used[p].size(), 62u) << "position " << p;
}

TEST(UidOfTest, PrefersTheGivenUidAndKnowsDhis2sDefaultCombo) {
  OrgUnit unit{.code = "NO-HV", .name = "Helse Vest", .kind = OrgUnitKind::kHealthRegion, .aliases = {}};
  EXPECT_EQ(UidOf(unit), DeriveUid("NO-HV"));
  unit.uid = "fbfJHSPpUQD";
  EXPECT_EQ(UidOf(unit), "fbfJHSPpUQD");
  const CategoryOptionCombo default_combo{.code = "default", .name = "default", .category = ""};
  EXPECT_EQ(UidOf(default_combo), "HllvX50cXC0");
  const DataElement element{
      .code = "mt_patients", .name = "Patients", .combos = {}, .description = "", .uid = "s46m5MS0hxu"};
  EXPECT_EQ(UidOf(element), "s46m5MS0hxu");
}

Catalog SmallCatalog() {
  Catalog c;
  c.org_units = {
      {.code = "NO", .name = "Noreg", .kind = OrgUnitKind::kNation, .aliases = {}},
      {.code = "NO-HV", .name = "Helse Vest", .kind = OrgUnitKind::kHealthRegion, .aliases = {}, .uid = "ImspTQPwCqd"}};
  c.elements = {{.code = "mt_patients", .name = "Patients", .combos = {"IBBE10"}, .description = ""}};
  c.combos = {{.code = "default", .name = "default", .category = ""},
              {.code = "IBBE10", .name = "Individual", .category = "procedure_code"}};
  return c;
}

TEST(CatalogIndexUidTest, FindsByGivenOrDerivedUidAndTellsTheUidOfACode) {
  const Catalog c = SmallCatalog();
  const CatalogIndex index(c);
  EXPECT_EQ(index.FindOrgUnitByUid("ImspTQPwCqd")->code, "NO-HV");
  EXPECT_EQ(index.FindOrgUnitByUid(DeriveUid("NO-HV")), nullptr);  // a given uid replaces the derived one
  EXPECT_EQ(index.FindOrgUnitByUid(DeriveUid("NO"))->code, "NO");
  EXPECT_EQ(index.FindOrgUnitByUid("NO"), nullptr);
  EXPECT_EQ(index.FindElementByUid(DeriveUid("mt_patients"))->code, "mt_patients");
  EXPECT_EQ(index.FindComboByUid(DeriveUid("IBBE10"))->code, "IBBE10");
  EXPECT_EQ(index.FindComboByUid("HllvX50cXC0")->code, "default");
  EXPECT_EQ(index.OrgUnitUid("NO-HV"), "ImspTQPwCqd");
  EXPECT_EQ(index.OrgUnitUid("NO"), DeriveUid("NO"));
  EXPECT_EQ(index.OrgUnitUid("NO-XX"), "");
  EXPECT_EQ(index.ElementUid("mt_patients"), DeriveUid("mt_patients"));
  EXPECT_EQ(index.ComboUid("IBBE10"), DeriveUid("IBBE10"));
  EXPECT_EQ(index.ComboUid("default"), "HllvX50cXC0");
  const Catalog without_default;  // the default combo has its uid even where not listed
  EXPECT_EQ(CatalogIndex(without_default).ComboUid("default"), "HllvX50cXC0");
}

TEST(ValidateUidsTest, AcceptsDistinctUids) { EXPECT_TRUE(ValidateUids(SmallCatalog()).ok()); }

TEST(ValidateUidsTest, RejectsMalformedAndSharedUidsAcrossKinds) {
  Catalog malformed = SmallCatalog();
  malformed.elements[0].uid = "abc";
  EXPECT_EQ(ValidateUids(malformed).message(),
            "uid 'abc' of data element 'mt_patients': must be 11 characters, found 3");
  Catalog shared = SmallCatalog();
  shared.combos[1].uid = "ImspTQPwCqd";
  EXPECT_EQ(ValidateUids(shared).code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(ValidateUids(shared).message(),
            "uid 'ImspTQPwCqd' of category option combo 'IBBE10' is also the uid of org unit 'NO-HV' (uids must "
            "be unique)");
  Catalog derived_taken = SmallCatalog();  // a given uid that another object derives
  derived_taken.org_units[1].uid = DeriveUid("mt_patients");
  EXPECT_FALSE(ValidateUids(derived_taken).ok());
}

}  // namespace
}  // namespace polyfon::core
