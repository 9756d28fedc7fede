// Every route of the API x every role (and anonymous): the status, and that nothing outside the
// caller's scope is returned or written. A route added without a row here fails the test.
#include <gtest/gtest.h>

#include <array>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "demo_server.hpp"

namespace polyfon::web {
namespace {

using testing::Response;
using testing::TestClient;
namespace http = boost::beast::http;

// Who asks, in the order of the expected statuses below.
enum Who { kAnonymous, kViewer, kReporter, kCoordinator, kAdmin, kWhoCount };
constexpr std::array<const char*, kWhoCount> kWhoNames{"anonymous", "viewer", "reporter", "coordinator", "admin"};

using Statuses = std::array<int, kWhoCount>;
constexpr Statuses kEveryone{200, 200, 200, 200, 200};
constexpr Statuses kSignedIn{401, 200, 200, 200, 200};
constexpr Statuses kWriters{401, 403, 200, 200, 200};
constexpr Statuses kCoordinators{401, 403, 403, 200, 200};
constexpr Statuses kAdmins{401, 403, 403, 403, 200};

// A value of NO-HN's (the reporter's own region) and one of NO-HV's (not its own), as DHIS2 CSV.
constexpr const char* kOwnValue = "dataelement,period,orgunit,value\nmt_positions,2019,HN-UNN,2\n";
constexpr const char* kOtherValue = "dataelement,period,orgunit,value\nmt_positions,2019,HV-BERGEN,9\n";

constexpr const char* kMatrixActivity =
    R"({"code":"matrix-webinar","kind":"webinar","title":"Matrix","date":"2019-03-01","organiser":"HELSE-BERGEN",)"
    R"("attendees":12,"status":"held","place":"","note":""})";

constexpr const char* kMatrixPlanItem =
    R"({"code":"matrix-plan","kind":"action","plan":2026,"goal":"1","title":"Matrix","responsible":"HELSE-BERGEN",)"
    R"("due":"2026-06-30","status":"planned","note":""})";
constexpr const char* kMatrixBody =
    R"({"code":"matrix-group","name":"Matrix","kind":"working_group","note":"","members":[]})";
constexpr const char* kMatrixGoal =
    R"({"code":"5","parent":"main","title":{"nn":"Matrise","nb":"Matrise","en":"Matrix"},"indicators":[]})";
// Each caller's PUT creates the item its DELETE (the next route) removes again.
constexpr Statuses kCoordinatorsCreate{401, 403, 403, 201, 201};
constexpr Statuses kCoordinatorsDelete{401, 403, 403, 204, 204};

struct Case {
  std::string target;
  std::string content_type;
  std::string body;
  Statuses expected;
  // Checks the body of an answer with an expected 2xx status; may be empty.
  std::function<void(Who, const nlohmann::json&)> check;
};

class AuthorizationMatrixTest : public testing::DemoServerTest {
 protected:
  void SetUp() override {
    DemoServerTest::SetUp();
    bearer_[kViewer] = BearerFor("vera", core::Role::kViewer);
    bearer_[kReporter] = BearerFor("rolf", core::Role::kReporter, {"NO-HN"});
    bearer_[kCoordinator] = BearerFor("cora", core::Role::kCoordinator);
    bearer_[kAdmin] = BearerFor("ada", core::Role::kAdmin);
    // A second token per user, for the DELETE row to revoke.
    for (const auto& [who, name] : std::map<Who, std::string>{{kViewer, "vera"}, {kReporter, "rolf"},
                                                               {kCoordinator, "cora"}, {kAdmin, "ada"}}) {
      auto spare = app::CreateToken(*store_, name, "spare", "test");
      ASSERT_TRUE(spare.has_value());
      spare_token_[who] = spare->token.id;
    }
    BearerFor("olga", core::Role::kViewer);
    others_token_ = store_->Accounts().LoadTokens("olga")->front().id;
  }

  Response Send(Who who, const std::string& method, const Case& c) {
    TestClient client(server_->port());
    std::map<std::string, std::string> headers;
    if (who != kAnonymous) headers["Authorization"] = bearer_[who];
    if (!c.content_type.empty()) headers["Content-Type"] = c.content_type;
    return client.Send(http::string_to_verb(method), c.target, c.body, true, headers);
  }

  // The cases per route ("METHOD path", a prefix route's path ending in '*').
  std::map<std::string, std::vector<Case>> Cases(Who who) {
    const auto hides_hn_2016 = [](Who w, const nlohmann::json& body) {
      // NO-HN had 3 patients in 2016: hidden from the public; shown to signed-in readers and to
      // NO-HN's own reporter, who knows it.
      const auto& row = body["rows"][0];
      if (w == kAnonymous) {
        EXPECT_EQ(row["status"], "suppressed");
        EXPECT_FALSE(row.contains("value") && row["value"].is_number());
      } else {
        EXPECT_EQ(row["value"], 3) << kWhoNames[w];
      }
    };
    const auto values_in_scope = [](Who w, const nlohmann::json& body) {
      // Raw values: the public sees neither NO-HN's 3 patients nor Helse Midt-Norge's 20 (hidden to
      // protect them). NO-HN's reporter knows its own 3, so hiding the 20 protects nothing from it.
      std::map<std::string, nlohmann::json> by_unit;
      for (const auto& v : body["dataValues"]) by_unit[v["orgUnit"]] = v["value"];
      ASSERT_EQ(by_unit.size(), 2u);
      EXPECT_EQ(by_unit["NO-HN"], w == kAnonymous ? nlohmann::json() : nlohmann::json("3")) << kWhoNames[w];
      EXPECT_EQ(by_unit["NO-HMN"], w == kAnonymous ? nlohmann::json() : nlohmann::json("20")) << kWhoNames[w];
    };
    const std::string csv = "text/csv";
    const std::string json = "application/json";
    const std::string spare = std::to_string(spare_token_[who]);
    return {
        {"GET /api/health", {{"/api/health", "", "", kEveryone, {}}}},
        {"GET /api/analytics", {{"/api/analytics?dx=mt_patients&ou=NO-HN&pe=2016", "", "", kEveryone, hides_hn_2016}}},
        {"GET /api/chart", {{"/api/chart?dx=mt_patients&ou=NO-HN&pe=2016:2018", "", "", kEveryone, {}}}},
        {"GET /api/openapi.json", {{"/api/openapi.json", "", "", kEveryone, {}}}},
        {"GET /api/analyze/ratio", {{"/api/analyze/ratio?dx=mt_patients&ou=NO-HV&pe=2018;2016", "", "", kEveryone, {}}}},
        {"GET /api/analyze/growth",
         {{"/api/analyze/growth?dx=mt_patients_per_100k&ou=NO-HV,NO-HN&pe=2016:2018", "", "", kEveryone, {}}}},
        {"GET /api/analyze/gap", {{"/api/analyze/gap?dx=mt_patients_per_100k&ou=NO-HV,NO-HSO&pe=2018", "", "", kEveryone, {}}}},
        {"GET /api/analyze/coverage", {{"/api/analyze/coverage?ou=NO-HV&pe=2016;2018", "", "", kEveryone, {}}}},
        {"GET /api/analyze/trend", {{"/api/analyze/trend?dx=mt_patients_per_100k&ou=NO-HV&pe=2016:2018", "", "", kEveryone, {}}}},
        {"GET /api/analyze/effect",
         {{"/api/analyze/effect?dx=mt_patients&ou=NO-HSO,NO-HV,NO-HMN,NO-HN&pe=2016:2018", "", "", kEveryone, {}}}},
        {"GET /api/analyze/sensitivity",
         {{"/api/analyze/sensitivity?dx=mt_patients_per_100k&ou=NO-HV,NO-HN&pe=2018&completeness=0.6:1", "", "", kEveryone, {}}}},
        {"GET /api/orgunits", {{"/api/orgunits", "", "", kEveryone, {}}}},
        {"GET /api/orgunits/*", {{"/api/orgunits/NO-HN", "", "", kEveryone, {}}}},
        {"GET /api/participants", {{"/api/participants", "", "", kEveryone, {}}}},
        {"GET /api/dataelements", {{"/api/dataelements", "", "", kEveryone, {}}}},
        {"GET /api/indicators", {{"/api/indicators", "", "", kEveryone, {}}}},
        {"GET /api/dataValueSets",
         {{"/api/dataValueSets?de=mt_patients&ou=NO-HN,NO-HMN&pe=2016", "", "", kEveryone, values_in_scope}}},
        {"POST /api/dataValueSets",
         {{"/api/dataValueSets?dryRun=true", csv, kOwnValue, kWriters, {}},
          {"/api/dataValueSets?dryRun=true", csv, kOtherValue, {401, 403, 403, 200, 200}, {}}}},
        {"GET /api/template", {{"/api/template?participant=BETANIEN&year=2025", "", "", kEveryone, {}}}},
        {"GET /api/audit", {{"/api/audit?limit=5", "", "", kCoordinators, {}}}},
        {"GET /api/audit/sources", {{"/api/audit/sources", "", "", kCoordinators, {}}}},
        {"POST /api/login",
         {{"/api/login", json, R"({"user": "nobody", "password": "wrong password"})", {401, 401, 401, 401, 401}, {}}}},
        {"POST /api/logout", {{"/api/logout", "", "", kSignedIn, {}}}},
        {"GET /api/session",
         {{"/api/session", "", "", kEveryone,
           [](Who w, const nlohmann::json& body) { EXPECT_EQ(body["signed_in"], w != kAnonymous); }}}},
        {"GET /api/tokens",
         {{"/api/tokens", "", "", kSignedIn,
           [](Who w, const nlohmann::json& body) {
             ASSERT_EQ(body["tokens"].size(), 2u) << kWhoNames[w];  // its own two, nobody else's
             for (const auto& t : body["tokens"]) EXPECT_FALSE(t.contains("hash"));
           }}}},
        {"POST /api/tokens",
         {{"/api/tokens", json, R"({"label": "matrix"})", {401, 201, 201, 201, 201},
           [](Who, const nlohmann::json& body) { EXPECT_TRUE(body["token"].get<std::string>().starts_with("pf_")); }}}},
        {"DELETE /api/tokens/*",
         {{"/api/tokens/" + spare, "", "", kSignedIn, {}},
          // Another user's token: not found for all but an admin (who revokes it).
          {"/api/tokens/" + std::to_string(others_token_), "", "", {401, 404, 404, 404, 200}, {}}}},
        {"GET /api/users",
         {{"/api/users", "", "", kAdmins,
           [](Who, const nlohmann::json& body) {
             ASSERT_EQ(body["users"].size(), 5u);
             for (const auto& u : body["users"]) EXPECT_FALSE(u.contains("password_hash"));
           }}}},
        {"GET /api/account-log", {{"/api/account-log?limit=10", "", "", kAdmins, {}}}},
        {"GET /api/registry",
         {{"/api/registry", "", "", kEveryone,
           [](Who, const nlohmann::json& body) { EXPECT_GE(body["goals"].size(), 6u); }}}},
        {"GET /api/goals", {{"/api/goals?year=2018", "", "", kEveryone, {}}}},
        {"GET /api/report", {{"/api/report?year=2018&format=json", "", "", kEveryone, {}}}},
        // A reporter of NO-HN has no participant of its own there: it edits no registry item.
        {"PUT /api/registry/activity/*",
         {{"/api/registry/activity/matrix-webinar", json, kMatrixActivity, {401, 403, 403, 201, 200}, {}}}},
        {"DELETE /api/registry/activity/*",
         {{"/api/registry/activity/concert-2019", "", "", {401, 403, 403, 204, 404}, {}}}},
        {"PUT /api/registry/plan_item/*",
         {{"/api/registry/plan_item/matrix-plan", json, kMatrixPlanItem, kCoordinatorsCreate, {}}}},
        // A reporter may delete its own plan items, so for an unknown one it learns that it is unknown.
        {"DELETE /api/registry/plan_item/*",
         {{"/api/registry/plan_item/matrix-plan", "", "", {401, 403, 404, 204, 204}, {}}}},
        {"PUT /api/registry/body/*", {{"/api/registry/body/matrix-group", json, kMatrixBody, kCoordinatorsCreate, {}}}},
        {"DELETE /api/registry/body/*", {{"/api/registry/body/matrix-group", "", "", kCoordinatorsDelete, {}}}},
        {"PUT /api/registry/goal/*", {{"/api/registry/goal/5", json, kMatrixGoal, kCoordinatorsCreate, {}}}},
        {"DELETE /api/registry/goal/*",
         {{"/api/registry/goal/5", "", "", kCoordinatorsDelete, {}},
          // A goal with sub-goals is refused, also to an admin.
          {"/api/registry/goal/main", "", "", {401, 403, 403, 409, 409}, {}}}},
        {"PUT /api/participants/*",
         {{"/api/participants/HELSE-BERGEN", json, R"({"contact": "Matrix"})", {401, 403, 403, 200, 200}, {}}}},
    };
  }

  std::array<std::string, kWhoCount> bearer_;
  std::array<int64_t, kWhoCount> spare_token_{};
  int64_t others_token_ = 0;  // a token of a user who is none of the callers
};

TEST_F(AuthorizationMatrixTest, EveryRouteForEveryRole) {
  const std::vector<Router::RouteInfo> routes = ApiRoutes(*store_).Routes();
  int checked = 0;
  for (int w = 0; w < kWhoCount; ++w) {
    const Who who = static_cast<Who>(w);
    auto cases = Cases(who);
    for (const Router::RouteInfo& route : routes) {
      const std::string key = route.method + " " + route.path + (route.prefix ? "*" : "");
      if (!route.path.starts_with("/api/")) {
        // Static files of the web application: public, whoever asks.
        const Case file{route.path, "", "", kEveryone, {}};
        EXPECT_EQ(static_cast<int>(Send(who, route.method, file).result_int()), 200) << key;
        continue;
      }
      const auto it = cases.find(key);
      ASSERT_NE(it, cases.end()) << "no row in the authorization matrix for " << key;
      for (const Case& c : it->second) {
        const int64_t version_before = *store_->DataVersion();
        const Response response = Send(who, route.method, c);
        const int status = static_cast<int>(response.result_int());
        EXPECT_EQ(status, c.expected[w]) << key << " " << c.target << " as " << kWhoNames[w] << ": "
                                         << response.body();
        if (status >= 200 && status < 300 && c.check && response[http::field::content_type] == "application/json") {
          c.check(who, nlohmann::json::parse(response.body()));
        }
        // Dry runs and refusals write nothing.
        if (route.method == "POST" && c.target.starts_with("/api/dataValueSets")) {
          EXPECT_EQ(*store_->DataVersion(), version_before) << key << " as " << kWhoNames[w];
        }
        if (route.method != "GET" && status >= 400 && !c.target.starts_with("/api/login")) {
          EXPECT_EQ(*store_->DataVersion(), version_before) << key << " refused, yet wrote, as " << kWhoNames[w];
        }
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 5 * 25);
}

// A reporter's real (not dry-run) import: inside its scope it lands, recorded as the reporter's;
// one value outside fails the whole import and writes nothing.
TEST_F(AuthorizationMatrixTest, AReporterWritesOnlyItsOwnUnits) {
  const auto post = [&](const std::string& body) {
    return Send(kReporter, "POST", Case{"/api/dataValueSets", "text/csv", body, {}, {}});
  };
  EXPECT_EQ(post(kOwnValue).result_int(), 200u);
  auto stored = store_->LoadValues({{"mt_positions"}, {}, {}});
  ASSERT_TRUE(stored.has_value());
  bool found = false;
  for (const core::DataValue& v : *stored) {
    if (v.org_unit == "HN-UNN" && v.period == "2019") {
      found = true;
      EXPECT_EQ(v.value, 2);
      EXPECT_EQ(v.provenance.stored_by, "rolf");
    }
  }
  EXPECT_TRUE(found);

  const int64_t version = *store_->DataVersion();
  const size_t count = store_->LoadValues({})->size();
  const Response mixed = post(std::string(kOwnValue) + "mt_positions,2019,HV-BERGEN,9\n");
  EXPECT_EQ(mixed.result_int(), 403u) << mixed.body();
  EXPECT_NE(mixed.body().find("HV-BERGEN"), std::string::npos);
  const Response json_outside = Send(kReporter, "POST",
                                 Case{"/api/dataValueSets", "application/json",
                                      R"({"dataValues": [{"dataElement": "mt_positions", "period": "2019",
                                          "orgUnit": "NO-HV", "value": "4"}]})", {}, {}});
  EXPECT_EQ(json_outside.result_int(), 403u) << json_outside.body();
  EXPECT_EQ(*store_->DataVersion(), version);
  EXPECT_EQ(store_->LoadValues({})->size(), count);
}

// Another region's reporter gets public output for NO-HN: its 3 patients stay hidden, in analytics
// and in the raw values, and so does Helse Midt-Norge's 20 that protects them.
TEST_F(AuthorizationMatrixTest, AReporterSeesOtherUnitsAsThePublicDoes) {
  const std::string bearer = BearerFor("hilde", core::Role::kReporter, {"NO-HV"});
  TestClient client(server_->port());
  const auto rows = nlohmann::json::parse(
      client.Get("/api/analytics?dx=mt_patients&ou=NO-HN,NO-HV&pe=2016", {{"Authorization", bearer}}).body())["rows"];
  EXPECT_EQ(rows[0]["status"], "suppressed");
  EXPECT_EQ(rows[1]["value"], 214);
  const auto values = nlohmann::json::parse(
      client.Get("/api/dataValueSets?de=mt_patients&ou=NO-HN,NO-HMN&pe=2016", {{"Authorization", bearer}}).body());
  ASSERT_EQ(values["dataValues"].size(), 2u);
  for (const auto& v : values["dataValues"]) EXPECT_TRUE(v["value"].is_null()) << v;
}

// serve --min-count: the server's limit decides what anonymous visitors see (Helse Nord had 11
// patients in 2018), and the cache does not mix answers of different limits.
TEST_F(AuthorizationMatrixTest, TheServersSmallCountLimitApplies) {
  HttpRequest request;
  request.method = "GET";
  request.path = "/api/analytics";
  request.query = {{"dx", "mt_patients"}, {"ou", "NO-HN"}, {"pe", "2018"}};
  const auto row = [&](const Router& router) {
    const HttpResponse response = router.Dispatch(request);
    EXPECT_EQ(response.status, 200) << response.body;
    return nlohmann::json::parse(response.body)["rows"][0];
  };
  EXPECT_EQ(row(ApiRoutes(*store_))["value"], 11);
  WebOptions strict;
  strict.min_count = 12;
  EXPECT_EQ(row(ApiRoutes(*store_, strict))["status"], "suppressed");
}

}  // namespace
}  // namespace polyfon::web
