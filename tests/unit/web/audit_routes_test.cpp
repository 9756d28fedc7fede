// GET /api/audit and /api/audit/sources over the bundled data, through a real server on a free port.
#include "web/audit_routes.hpp"

#include <gtest/gtest.h>

#include <set>

#include <nlohmann/json.hpp>

#include "app/undo_import.hpp"
#include "demo_server.hpp"

namespace polyfon::web {
namespace {

// The audit trail is for coordinators and admins (authorization_matrix_test checks the others).
class AuditRoutesTest : public testing::DemoServerTest {
 protected:
  void SetUp() override {
    DemoServerTest::SetUp();
    authorization_ = BearerFor("coordinator", core::Role::kCoordinator);
  }
};

TEST_F(AuditRoutesTest, ChangesComeNewestFirstWithTheirImport) {
  const auto changes = GetJson("/api/audit?limit=3")["changes"];
  ASSERT_EQ(changes.size(), 3u);
  EXPECT_GT(changes[0]["id"].get<int64_t>(), changes[1]["id"].get<int64_t>());
  const auto& first = changes[0];
  EXPECT_EQ(first["changed_by"], "polyfon demo");
  EXPECT_EQ(first["changed_at"], "2026-01-01T00:00:00Z");
  EXPECT_TRUE(first["old"].is_null());  // the demo inserted every value
  EXPECT_TRUE(first["new"].is_number());
  EXPECT_EQ(first["co"], "default");
  EXPECT_EQ(first["aoc"], "default");
  EXPECT_EQ(first["source"]["id"], 4);
  EXPECT_EQ(first["source"]["name"], "data/music_therapy_positions.csv");
  EXPECT_EQ(first["source"]["sha256"].get<std::string>().size(), 64u);
  EXPECT_EQ(GetJson("/api/audit")["changes"].size(), 100u);  // the default limit
}

TEST_F(AuditRoutesTest, FiltersAndShowsACoordinatorEveryCount) {
  const auto changes = GetJson("/api/audit?element=mt_patients&ou=NO-HN&pe=2016%3A2018")["changes"];
  ASSERT_EQ(changes.size(), 3u);  // NO-HN: 3, 3 and 11 patients
  std::multiset<int> values;
  for (const auto& change : changes) {
    EXPECT_EQ(change["element"], "mt_patients");
    EXPECT_EQ(change["ou"], "NO-HN");
    EXPECT_FALSE(change.contains("suppressed"));
    values.insert(change["new"].get<int>());
  }
  EXPECT_EQ(values, (std::multiset<int>{3, 3, 11}));
  EXPECT_EQ(GetJson("/api/audit?element=population&ou=NO-HN&pe=2018")["changes"][0]["new"], 486001);
  EXPECT_EQ(GetJson("/api/audit?source=1&limit=10000")["changes"].size(), 50u);
}

TEST_F(AuditRoutesTest, SourcesComeNewestFirstWithTheirChanges) {
  const auto sources = GetJson("/api/audit/sources")["sources"];
  ASSERT_EQ(sources.size(), 4u);
  EXPECT_EQ(sources[0]["id"], 4);
  EXPECT_EQ(sources[0]["changes"], 13);
  EXPECT_EQ(sources[2]["name"], "data/population_by_municipality.csv");
  EXPECT_EQ(sources[2]["changes"], 3907);  // 356 to 428 municipalities a year, 2015-2024
  EXPECT_EQ(sources[3]["name"], "data/population_by_health_region.csv");
  EXPECT_EQ(sources[3]["imported_by"], "polyfon demo");
  EXPECT_EQ(sources[3]["changes"], 50);
  EXPECT_TRUE(sources[3]["undone_by"].is_null());
}

TEST_F(AuditRoutesTest, AnUndoShowsInBoth) {
  ASSERT_TRUE(
      app::UndoImport(*store_, {.source_id = 4, .now = "2026-02-01T00:00:00Z", .user = "admin", .dry_run = false})
          .has_value());
  const auto sources = GetJson("/api/audit/sources")["sources"];
  ASSERT_EQ(sources.size(), 5u);
  EXPECT_EQ(sources[0]["name"], "undo of import 4");
  EXPECT_EQ(sources[0]["undoes"], 4);
  EXPECT_EQ(sources[1]["undone_by"], 5);
  const auto changes = GetJson("/api/audit?limit=1")["changes"];
  EXPECT_EQ(changes[0]["changed_by"], "admin");
  EXPECT_TRUE(changes[0]["new"].is_null());  // the import had inserted it: deleted
  EXPECT_TRUE(changes[0]["old"].is_number());
}

TEST_F(AuditRoutesTest, BadParametersAre400AndUnknownCodes404) {
  EXPECT_EQ(GetJson("/api/audit?limit=0", 400)["error"]["status"], 400);
  EXPECT_EQ(GetJson("/api/audit?limit=10001", 400)["error"]["status"], 400);
  EXPECT_EQ(GetJson("/api/audit?source=first", 400)["error"]["status"], 400);
  EXPECT_EQ(GetJson("/api/audit?pe=2018Q5", 400)["error"]["status"], 400);
  EXPECT_EQ(GetJson("/api/audit?element=nope", 404)["error"]["message"], "unknown data element 'nope'");
  EXPECT_EQ(GetJson("/api/audit?source=99", 404)["error"]["message"], "import 99 does not exist");
}

}  // namespace
}  // namespace polyfon::web
