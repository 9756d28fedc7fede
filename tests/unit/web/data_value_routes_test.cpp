// GET and POST /api/dataValueSets over the bundled data, through a real server on a free port.
#include "web/data_value_routes.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "core/uid.hpp"
#include "demo_server.hpp"

namespace polyfon::web {
namespace {

using testing::TestClient;
namespace http = boost::beast::http;

constexpr const char* kJsonSet = R"({"period": "2019", "orgUnit": "NO-HV", "dataValues": [
    {"dataElement": "mt_patients", "value": 500, "comment": "NPR 2020"},
    {"dataElement": "mt_patients", "categoryOptionCombo": "IBBE10", "value": "300", "storedBy": "npr"}]})";

// The routes as ApiRoutes registers them, so the test also proves they are wired in.
class DataValueRoutesTest : public testing::DemoServerTest {
 protected:
  void SetUp() override {
    DemoServerTest::SetUp();
    writer_ = BearerFor("nina", core::Role::kCoordinator);
  }

  testing::Response Post(const std::string& target, const std::string& content_type, std::string body) {
    TestClient client(server_->port());
    http::request<http::string_body> request{http::verb::post, target, 11};
    request.set(http::field::host, "127.0.0.1");
    if (!content_type.empty()) request.set(http::field::content_type, content_type);
    request.set(http::field::authorization, writer_);
    request.body() = std::move(body);
    request.prepare_payload();
    std::string raw;
    {
      std::ostringstream out;
      out << request;
      raw = out.str();
    }
    client.WriteRaw(raw);
    return client.Read();
  }

  nlohmann::json PostJson(const std::string& target, const std::string& content_type, std::string body,
                          int expected_status) {
    auto response = Post(target, content_type, std::move(body));
    EXPECT_EQ(static_cast<int>(response.result_int()), expected_status) << target << ": " << response.body();
    EXPECT_EQ(response[http::field::content_type], "application/json");
    return nlohmann::json::parse(response.body());
  }

  size_t ValueCount() { return store_->LoadValues({})->size(); }

  std::string writer_;  // a coordinator's Authorization header
};

TEST_F(DataValueRoutesTest, GetGivesTheStoredValuesRaw) {
  const auto body = GetJson("/api/dataValueSets?de=mt_patients&ou=NO-HV%2CNO&pe=2016%3A2018");
  const auto& values = body["dataValues"];
  ASSERT_EQ(values.size(), 6u);  // NO before NO-HV, each 2016 to 2018
  EXPECT_EQ(values[3]["dataElement"], "mt_patients");
  EXPECT_EQ(values[3]["orgUnit"], "NO-HV");
  EXPECT_EQ(values[3]["period"], "2016");
  EXPECT_EQ(values[3]["categoryOptionCombo"], "default");
  EXPECT_EQ(values[3]["attributeOptionCombo"], "default");
  EXPECT_EQ(values[3]["value"], "214");  // a string, as DHIS2 writes values
  EXPECT_EQ(values[3]["storedBy"], "polyfon demo");
  EXPECT_EQ(values[3]["lastUpdated"], "2026-01-01T00:00:00Z");
  EXPECT_EQ(values[3]["followup"], false);
  EXPECT_FALSE(values[3].contains("suppressed"));
  // DHIS2's parameter names, repeated or comma-separated, and its comma-separated periods.
  const auto dhis2 = GetJson("/api/dataValueSets?dataElement=mt_patients&orgUnit=NO&orgUnit=NO-HV&period=2016,2017");
  EXPECT_EQ(dhis2["dataValues"].size(), 4u);
}

TEST_F(DataValueRoutesTest, GetHidesSmallCountsButNotStocks) {
  const auto body = GetJson("/api/dataValueSets?de=mt_patients,population&ou=NO-HN&pe=2016");
  const auto& values = body["dataValues"];
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0]["dataElement"], "mt_patients");  // Helse Nord had 3 patients in 2016
  EXPECT_TRUE(values[0]["value"].is_null());
  EXPECT_TRUE(values[0]["comment"].is_null());
  EXPECT_EQ(values[0]["suppressed"], true);
  EXPECT_EQ(values[1]["dataElement"], "population");
  EXPECT_TRUE(values[1]["value"].is_string());
  EXPECT_FALSE(values[1].contains("suppressed"));

  TestClient client(server_->port());
  auto csv = client.Get("/api/dataValueSets?de=mt_patients&ou=NO-HN&pe=2016&format=csv");
  EXPECT_EQ(csv.result_int(), 200u);
  EXPECT_EQ(csv[http::field::content_type], "text/csv; charset=utf-8");
  EXPECT_EQ(csv.body(),
            "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,"
            "followup\n"
            "mt_patients,2016,NO-HN,default,default,,polyfon demo,2026-01-01T00:00:00Z,,false\n");
}

TEST_F(DataValueRoutesTest, GetRejectsBadParameters) {
  EXPECT_EQ(GetJson("/api/dataValueSets?de=mt_patients&pe=2018Q5", 400)["error"]["status"], 400);
  EXPECT_EQ(GetJson("/api/dataValueSets?de=nope&pe=2018", 404)["error"]["message"], "unknown data element 'nope'");
  EXPECT_EQ(GetJson("/api/dataValueSets?ou=NO-XX", 404)["error"]["message"], "unknown org unit 'NO-XX'");
  EXPECT_EQ(GetJson("/api/dataValueSets?format=xml", 400)["error"]["message"], "format must be json or csv");
}

TEST_F(DataValueRoutesTest, GetWritesUidsWithIdSchemeUidInEitherCase) {
  const std::string hv = core::DeriveUid("NO-HV");
  for (const char* scheme : {"UID", "uid"}) {
    const auto body = GetJson(std::string("/api/dataValueSets?de=mt_patients&ou=NO-HV&pe=2016&idScheme=") + scheme);
    EXPECT_EQ(body["idScheme"], "UID");  // stated, so that the set imports back as meant
    ASSERT_EQ(body["dataValues"].size(), 1u);
    const auto& value = body["dataValues"][0];
    EXPECT_EQ(value["dataElement"], core::DeriveUid("mt_patients"));
    EXPECT_EQ(value["orgUnit"], hv);
    EXPECT_EQ(value["categoryOptionCombo"], "HllvX50cXC0");
    EXPECT_EQ(value["attributeOptionCombo"], "HllvX50cXC0");
    EXPECT_EQ(value["value"], "214");
  }
  // Selections by uid, a specific scheme, and CSV.
  const auto mixed =
      GetJson("/api/dataValueSets?de=" + core::DeriveUid("mt_patients") + "&ou=" + hv + "&pe=2016&orgUnitIdScheme=uid");
  EXPECT_EQ(mixed["idScheme"], "CODE");
  EXPECT_EQ(mixed["orgUnitIdScheme"], "UID");
  EXPECT_EQ(mixed["dataValues"][0]["dataElement"], "mt_patients");
  EXPECT_EQ(mixed["dataValues"][0]["orgUnit"], hv);
  TestClient client(server_->port());
  auto csv = client.Get("/api/dataValueSets?de=population&ou=NO-HV&pe=2016&format=csv&idScheme=UID");
  EXPECT_EQ(csv.result_int(), 200u);
  EXPECT_NE(csv.body().find("\n" + core::DeriveUid("population") + ",2016," + hv + ",HllvX50cXC0,HllvX50cXC0,"),
            std::string::npos)
      << csv.body();
  // By default: codes, and the set says so.
  EXPECT_EQ(GetJson("/api/dataValueSets?de=mt_patients&ou=NO-HV&pe=2016")["idScheme"], "CODE");
}

TEST_F(DataValueRoutesTest, RejectsIdSchemesOtherThanCodeAndUid) {
  EXPECT_EQ(GetJson("/api/dataValueSets?idScheme=NAME", 400)["error"]["message"],
            "idScheme: 'NAME' is not supported (expected CODE or UID)");
  EXPECT_EQ(GetJson("/api/dataValueSets?dataElementIdScheme=ATTRIBUTE:abcdefghijk", 400)["error"]["message"],
            "dataElementIdScheme: 'ATTRIBUTE:abcdefghijk' is not supported (expected CODE or UID)");
  const size_t count = ValueCount();
  const auto response = PostJson("/api/dataValueSets?orgUnitIdScheme=id", "text/csv",
                                 "dataelement,period,orgunit,value\nmt_patients,2018,NO-HV,457\n", 400);
  EXPECT_EQ(response["error"]["message"], "orgUnitIdScheme: 'id' is not supported (expected CODE or UID)");
  EXPECT_EQ(ValueCount(), count);
}

TEST_F(DataValueRoutesTest, PostReadsUidsByQueryParameterOrByTheSetsOwnScheme) {
  const std::string element = core::DeriveUid("mt_patients");
  const std::string hv = core::DeriveUid("NO-HV");
  const std::string ibbe10 = core::DeriveUid("IBBE10");
  auto summary = PostJson(
      "/api/dataValueSets?idScheme=uid", "text/csv",
      "dataelement,period,orgunit,categoryoptioncombo,value\n" + element + ",2019," + hv + "," + ibbe10 + ",300\n",
      200);
  EXPECT_EQ(summary["importCount"]["imported"], 1);
  summary = PostJson("/api/dataValueSets", "application/json",
                     R"({"idScheme": "UID", "period": "2019", "orgUnit": ")" + hv + R"(", "dataValues": [
                         {"dataElement": ")" +
                         element + R"(", "categoryOptionCombo": "HllvX50cXC0", "value": "500"}]})",
                     200);
  EXPECT_EQ(summary["importCount"]["imported"], 1);
  const auto values = GetJson("/api/dataValueSets?de=mt_patients&ou=NO-HV&pe=2019")["dataValues"];
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0]["categoryOptionCombo"], "IBBE10");
  EXPECT_EQ(values[0]["value"], "300");
  EXPECT_EQ(values[1]["categoryOptionCombo"], "default");
  EXPECT_EQ(values[1]["value"], "500");

  // An unknown uid is a conflict like an unknown code, and nothing is written.
  const size_t count = ValueCount();
  const auto rejected = PostJson("/api/dataValueSets?idScheme=UID", "application/json",
                                 R"({"period": "2019", "dataValues": [
                                     {"dataElement": ")" +
                                     element + R"(", "orgUnit": "Xaaaaaaaaaa", "value": "1"},
                                     {"dataElement": ")" +
                                     element + R"(", "orgUnit": ")" + hv + R"(", "value": "2"}]})",
                                 422);
  EXPECT_EQ(rejected["conflicts"], nlohmann::json::parse(R"([{"object": "dataValues[0].orgUnit",
      "value": "unknown org unit uid 'Xaaaaaaaaaa'"}])"));
  EXPECT_EQ(ValueCount(), count);
}

TEST_F(DataValueRoutesTest, PostJsonImportsAndGetShowsIt) {
  const auto summary = PostJson("/api/dataValueSets", "application/json; charset=utf-8", kJsonSet, 200);
  EXPECT_EQ(summary, nlohmann::json::parse(R"({"status":"SUCCESS",
      "importCount":{"imported":2,"updated":0,"ignored":0,"deleted":0},"conflicts":[],"dryRun":false})"));
  const auto values = GetJson("/api/dataValueSets?de=mt_patients&ou=NO-HV&pe=2019")["dataValues"];
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0]["categoryOptionCombo"], "IBBE10");
  EXPECT_EQ(values[0]["value"], "300");
  EXPECT_EQ(values[0]["storedBy"], "npr");
  EXPECT_EQ(values[1]["categoryOptionCombo"], "default");
  EXPECT_EQ(values[1]["value"], "500");
  EXPECT_EQ(values[1]["storedBy"], "nina");  // none in the body: the signed-in user
  EXPECT_EQ(values[1]["comment"], "NPR 2020");
  // The same set again changes nothing.
  EXPECT_EQ(PostJson("/api/dataValueSets", "application/json", kJsonSet, 200)["importCount"],
            nlohmann::json::parse(R"({"imported":0,"updated":0,"ignored":2,"deleted":0})"));
}

TEST_F(DataValueRoutesTest, PostCsvImports) {
  const auto summary = PostJson("/api/dataValueSets", "text/csv",
                                "dataelement,period,orgunit,value\n"
                                "mt_patients,2018,NO-HV,457\n"
                                "mt_positions,2022,HV-FORDE,1.5\n",
                                200);
  EXPECT_EQ(summary["status"], "SUCCESS");
  EXPECT_EQ(summary["importCount"], nlohmann::json::parse(R"({"imported":1,"updated":1,"ignored":0,"deleted":0})"));
  EXPECT_EQ(GetJson("/api/dataValueSets?de=mt_patients&ou=NO-HV&pe=2018")["dataValues"][0]["value"], "457");
  EXPECT_EQ(PostJson("/api/dataValueSets", "application/csv", "dataelement,period,orgunit,value\n", 200)["status"],
            "SUCCESS");
}

TEST_F(DataValueRoutesTest, BadInputIs422WithConflictsAndWritesNothing) {
  const size_t count = ValueCount();
  const auto before = GetJson("/api/dataValueSets?de=mt_patients&ou=NO-HV&pe=2018");
  const auto json = PostJson("/api/dataValueSets", "application/json", R"({"period": "2018", "dataValues": [
      {"dataElement": "mt_patients", "orgUnit": "NO-HV", "value": "457"},
      {"dataElement": "mt_patients", "orgUnit": "NO-HV", "categoryOptionCombo": "IBBE10", "value": "-3"},
      {"dataElement": "mt_pasients", "orgUnit": "NO-HV", "value": "1"}]})",
                             422);
  EXPECT_EQ(json, nlohmann::json::parse(R"({"status":"ERROR",
      "importCount":{"imported":0,"updated":0,"ignored":0,"deleted":0},
      "conflicts":[{"object":"dataValues[1].value","value":"-3 must be a whole number of 0 or more"},
                   {"object":"dataValues[2].dataElement","value":"unknown data element 'mt_pasients'"}],
      "dryRun":false})"));
  EXPECT_EQ(GetJson("/api/dataValueSets?de=mt_patients&ou=NO-HV&pe=2018"), before);  // 456 still, not 457
  EXPECT_EQ(ValueCount(), count);

  const auto csv = PostJson("/api/dataValueSets", "text/csv",
                            "dataelement,period,orgunit,value\nmt_patients,2018,NO-HV,457\nmt_patients,2018,NO-XX,1\n"
                            "mt_patients,2018\n",
                            422);
  EXPECT_EQ(csv["conflicts"], nlohmann::json::parse(R"json([
      {"object":"line 3, column 3 (orgunit)","value":"unknown org unit 'NO-XX'"},
      {"object":"line 4","value":"expected 4 columns as in the header, found 2"}])json"));
  const auto malformed = PostJson("/api/dataValueSets", "application/json", "{\"dataValues\": [\n}", 422);
  EXPECT_EQ(malformed["conflicts"][0]["object"], "line 2, column 1");
  EXPECT_EQ(malformed["conflicts"][0]["value"],
            "syntax error while parsing value - unexpected '}'; expected '[', '{', or a literal");
  const auto not_a_set = PostJson("/api/dataValueSets", "application/json", "{\"rows\": []}", 422);
  EXPECT_EQ(not_a_set["conflicts"].size(), 2u);
  EXPECT_EQ(not_a_set["conflicts"][1],
            nlohmann::json::parse(R"({"object":"dataValues",
                "value":"missing; a data value set lists its values in dataValues"})"));
  EXPECT_EQ(GetJson("/api/dataValueSets?de=mt_patients&ou=NO-HV&pe=2018"), before);
  EXPECT_EQ(ValueCount(), count);
}

TEST_F(DataValueRoutesTest, DryRunReportsWhatWouldChangeAndWritesNothing) {
  const int64_t version = *store_->DataVersion();
  const auto summary = PostJson("/api/dataValueSets?dryRun=true", "application/json", kJsonSet, 200);
  EXPECT_EQ(summary["status"], "SUCCESS");
  EXPECT_EQ(summary["importCount"]["imported"], 2);
  EXPECT_EQ(summary["dryRun"], true);
  EXPECT_TRUE(GetJson("/api/dataValueSets?de=mt_patients&ou=NO-HV&pe=2019")["dataValues"].empty());
  EXPECT_EQ(*store_->DataVersion(), version);
  EXPECT_EQ(PostJson("/api/dataValueSets?dryRun=maybe", "application/json", kJsonSet, 400)["error"]["status"], 400);
}

TEST_F(DataValueRoutesTest, OtherContentTypesAre415AndEmptyBodies400) {
  const size_t count = ValueCount();
  EXPECT_EQ(PostJson("/api/dataValueSets", "application/xml", "<dataValueSet/>", 415)["error"]["status"], 415);
  EXPECT_EQ(PostJson("/api/dataValueSets", "text/plain", kJsonSet, 415)["error"]["status"], 415);
  EXPECT_EQ(PostJson("/api/dataValueSets", "", kJsonSet, 415)["error"]["status"], 415);
  EXPECT_EQ(PostJson("/api/dataValueSets", "application/json", "", 400)["error"]["status"], 400);
  EXPECT_EQ(PostJson("/api/dataValueSets", "text/csv", " \r\n", 400)["error"]["status"], 400);
  EXPECT_EQ(ValueCount(), count);
}

}  // namespace
}  // namespace polyfon::web

namespace polyfon::web {
namespace {

// GET answers are cached by data version; a POST that writes must show in the next GET.
TEST_F(DataValueRoutesTest, APostIsSeenByACachedGet) {
  const std::string target = "/api/dataValueSets?de=mt_patients&ou=NO-HV&pe=2018";
  EXPECT_EQ(GetJson(target)["dataValues"][0]["value"], "456");
  EXPECT_EQ(GetJson(target)["dataValues"][0]["value"], "456");  // from the cache
  PostJson("/api/dataValueSets", "text/csv", "dataelement,period,orgunit,value\nmt_patients,2018,NO-HV,457\n", 200);
  EXPECT_EQ(GetJson(target)["dataValues"][0]["value"], "457");
}

TEST_F(DataValueRoutesTest, APostIsRecordedAsAnImportWithTheHashOfItsBody) {
  PostJson("/api/dataValueSets", "text/csv", "dataelement,period,orgunit,value\nmt_patients,2019,NO-HV,501\n", 200);
  const auto sources = store_->LoadSources();
  ASSERT_TRUE(sources.has_value());
  ASSERT_FALSE(sources->empty());
  const core::RecordedSource& last = sources->back();
  EXPECT_EQ(last.source.name, "request body");
  EXPECT_EQ(last.source.imported_by, "nina");
  EXPECT_EQ(last.source.sha256, "38394c1a91f956a2cf9fc8541d34dab6c2c263a11008b8ad89b77fff49daee6f");  // sha256sum
  EXPECT_EQ(last.changes, 1);
}

}  // namespace
}  // namespace polyfon::web
