// The registry endpoints over the bundled data, through a real server on a free port.
#include "web/registry_routes.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/uid.hpp"
#include "demo_server.hpp"

namespace polyfon::web {
namespace {

using testing::TestClient;

class RegistryRoutesTest : public testing::DemoServerTest {
 protected:
  template <typename List>
  static nlohmann::json Find(const List& list, const std::string& code) {
    auto it = std::find_if(list.begin(), list.end(), [&](const auto& item) { return item["code"] == code; });
    return it == list.end() ? nlohmann::json() : *it;
  }
};

TEST_F(RegistryRoutesTest, OrgUnitsCarryTheirParent) {
  const auto units = GetJson("/api/orgunits", 200)["orgunits"];
  EXPECT_EQ(Find(units, "NO-HV")["parent"], "NO");
  EXPECT_EQ(Find(units, "HV-BERGEN")["parent"], "NO-HV");
  EXPECT_EQ(Find(units, "NO")["parent"], "");
}

// DHIS2 users need the uids a data value set may name units by (derived from the code here).
TEST_F(RegistryRoutesTest, OrgUnitsCarryTheirUid) {
  const auto units = GetJson("/api/orgunits", 200)["orgunits"];
  EXPECT_EQ(Find(units, "NO-HV")["uid"], core::DeriveUid("NO-HV"));
  EXPECT_EQ(GetJson("/api/orgunits/HV-BERGEN", 200)["ancestors"][1]["uid"], core::DeriveUid("NO-HV"));
}

TEST_F(RegistryRoutesTest, AnOrgUnitPageHasItsAncestorsChildrenAndParticipants) {
  const auto unit = GetJson("/api/orgunits/HV-BERGEN-PHV", 200);
  EXPECT_EQ(unit["name"], "Helse Bergen – Divisjon psykisk helsevern");
  ASSERT_EQ(unit["ancestors"].size(), 3u);
  EXPECT_EQ(unit["ancestors"][0]["code"], "NO");
  EXPECT_EQ(unit["ancestors"][2]["code"], "HV-BERGEN");
  EXPECT_FALSE(Find(unit["children"], "HV-BERGEN-PK").is_null());

  const auto trust = GetJson("/api/orgunits/HV-BERGEN", 200);
  const auto bergen = Find(trust["participants"], "HELSE-BERGEN");
  ASSERT_FALSE(bergen.is_null());
  EXPECT_EQ(bergen["status"], "full_member");
  EXPECT_EQ(bergen["helix"], "services");

  EXPECT_EQ(GetJson("/api/orgunits/NO-XX", 404)["error"]["status"], 404);
}

TEST_F(RegistryRoutesTest, ParticipantsHaveHelixAndHistory) {
  const auto participants = GetJson("/api/participants", 200)["participants"];
  const auto gamut = Find(participants, "UIB-GAMUT");
  ASSERT_FALSE(gamut.is_null());
  EXPECT_EQ(gamut["helix"], "academia");
  EXPECT_EQ(gamut["health_region"], "NO-HV");
  ASSERT_FALSE(gamut["history"].empty());
  EXPECT_EQ(gamut["history"][0]["status"], "full_member");
  EXPECT_EQ(gamut["history"][0]["from"], "2015-01-01");
}

}  // namespace
}  // namespace polyfon::web
