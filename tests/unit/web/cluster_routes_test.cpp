// The registry and report routes as a participant's reporter and the public use them.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "demo_server.hpp"

namespace polyfon::web {
namespace {

using testing::Response;
using testing::TestClient;
namespace http = boost::beast::http;

std::string Activity(const std::string& code, const std::string& organiser) {
  return nlohmann::json{{"code", code}, {"kind", "webinar"}, {"title", "Webinar " + code}, {"date", "2019-02-01"},
                        {"organiser", organiser}, {"attendees", 30}, {"status", "held"}, {"place", ""}, {"note", ""}}
      .dump();
}

class ClusterRoutesTest : public testing::DemoServerTest {
 protected:
  void SetUp() override {
    DemoServerTest::SetUp();
    reporter_ = BearerFor("rita", core::Role::kReporter, {"HV-BERGEN"});
  }

  Response Put(const std::string& target, const std::string& body, const std::string& content_type = "application/json") {
    TestClient client(server_->port());
    return client.Send(http::verb::put, target, body, true,
                       {{"Authorization", reporter_}, {"Content-Type", content_type}});
  }

  std::string reporter_;
};

TEST_F(ClusterRoutesTest, AReporterRecordsActivitiesOfItsOwnParticipantOnly) {
  // Helse Bergen's org unit is HV-BERGEN, the reporter's.
  Response own = Put("/api/registry/activity/webinar-hb", Activity("webinar-hb", "HELSE-BERGEN"));
  EXPECT_EQ(own.result_int(), 201u) << own.body();
  EXPECT_EQ(nlohmann::json::parse(own.body())["status"], "inserted");
  EXPECT_EQ(Put("/api/registry/activity/webinar-hb", Activity("webinar-hb", "HELSE-BERGEN")).result_int(), 200u);

  const int64_t version = *store_->DataVersion();
  Response other = Put("/api/registry/activity/webinar-bet", Activity("webinar-bet", "BETANIEN"));
  EXPECT_EQ(other.result_int(), 403u);
  EXPECT_NE(other.body().find("webinar-bet"), std::string::npos) << other.body();
  // Nor may it take over another participant's stored item, or record one for the cluster as a whole.
  EXPECT_EQ(Put("/api/registry/activity/conference-2018", Activity("conference-2018", "HELSE-BERGEN")).result_int(), 403u);
  EXPECT_EQ(Put("/api/registry/activity/webinar-all", Activity("webinar-all", "")).result_int(), 403u);
  EXPECT_EQ(*store_->DataVersion(), version);

  const nlohmann::json registry = GetJson("/api/registry");
  int found = 0;
  for (const auto& activity : registry["activities"]) {
    if (activity["code"] == "webinar-hb") {
      ++found;
      EXPECT_EQ(activity["attendees"], 30);
    }
    EXPECT_NE(activity["code"], "webinar-bet");
  }
  EXPECT_EQ(found, 1);
}

TEST_F(ClusterRoutesTest, BadItemsAreRefusedWithTheFieldNamed) {
  Response mismatch = Put("/api/registry/activity/other-code", Activity("webinar-hb", "HELSE-BERGEN"));
  EXPECT_EQ(mismatch.result_int(), 400u);
  EXPECT_NE(mismatch.body().find("differs from the path"), std::string::npos) << mismatch.body();
  Response bad_kind = Put("/api/registry/activity/w", R"({"code":"w","kind":"party","title":"x","date":"2019-01-01"})");
  EXPECT_EQ(bad_kind.result_int(), 400u);
  EXPECT_NE(bad_kind.body().find("kind"), std::string::npos) << bad_kind.body();
  EXPECT_EQ(Put("/api/registry/activity/w", Activity("w", "HELSE-BERGEN"), "text/plain").result_int(), 415u);
  EXPECT_EQ(Put("/api/registry/meeting/w", Activity("w", "HELSE-BERGEN")).result_int(), 404u);
  // Goals are the coordinator's.
  EXPECT_EQ(Put("/api/registry/goal/9", R"({"code":"9","parent":"main","title":{"nn":"x","nb":"","en":""},"indicators":[]})")
                .result_int(),
            403u);
}

TEST_F(ClusterRoutesTest, AReporterSetsItsOwnParticipantsContactPerson) {
  EXPECT_EQ(Put("/api/participants/HELSE-BERGEN", R"({"contact": "Kari Nordmann, rådgjevar"})").result_int(), 200u);
  EXPECT_EQ(Put("/api/participants/BETANIEN", R"({"contact": "Ola"})").result_int(), 403u);
  EXPECT_EQ(Put("/api/participants/NOBODY", R"({"contact": "Ola"})").result_int(), 404u);
  EXPECT_EQ(Put("/api/participants/HELSE-BERGEN", R"({"contact": 3})").result_int(), 400u);
  std::map<std::string, std::string> contacts;
  const nlohmann::json listed = GetJson("/api/participants");  // held: the loop refers into it
  for (const auto& p : listed["participants"]) contacts[p["code"]] = p["contact"];
  EXPECT_EQ(contacts["HELSE-BERGEN"], "Kari Nordmann, rådgjevar");
  EXPECT_EQ(contacts["BETANIEN"], "");
}

TEST_F(ClusterRoutesTest, TheAnnualReportIsOneSelfContainedPageWithItsOwnPolicy) {
  TestClient client(server_->port());
  Response html = client.Get("/api/report?year=2018");
  ASSERT_EQ(html.result_int(), 200u);
  EXPECT_EQ(html[http::field::content_type], "text/html; charset=utf-8");
  const std::string policy(html["Content-Security-Policy"]);
  EXPECT_NE(policy.find("script-src 'sha256-"), std::string::npos) << policy;
  EXPECT_NE(policy.find("default-src 'none'"), std::string::npos) << policy;
  EXPECT_EQ(html["X-Frame-Options"], "SAMEORIGIN");
  EXPECT_NE(html.body().find("<h1>Årsrapport 2018</h1>"), std::string::npos);
  EXPECT_EQ(html.body().find("src=\"http"), std::string::npos);  // loads nothing from elsewhere

  Response json = client.Get("/api/report?year=2018&format=json&lang=en");
  ASSERT_EQ(json.result_int(), 200u);
  EXPECT_EQ(nlohmann::json::parse(json.body())["schema"], "polyfon.report-snapshot/1");
  EXPECT_NE(html.body().find("<meta name=\"polyfon-snapshot\" content=\""), std::string::npos);

  EXPECT_EQ(client.Get("/api/report?year=18").result_int(), 400u);
  EXPECT_EQ(client.Get("/api/report?year=2018&lang=sv").result_int(), 400u);
  // Every other page keeps the application's strict policy.
  EXPECT_EQ(std::string(client.Get("/api/registry")["Content-Security-Policy"]).find("sha256"), std::string::npos);
}

}  // namespace
}  // namespace polyfon::web
