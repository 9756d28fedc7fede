// The JSON API over the bundled data, through a real server on a free port.
#include "web/api_routes.hpp"

#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "core/uid.hpp"
#include "demo_server.hpp"
#include "io/px_parser.hpp"

namespace polyfon::web {
namespace {

using testing::TestClient;

class ApiRoutesTest : public testing::DemoServerTest {};

TEST_F(ApiRoutesTest, HealthReportsTheDataVersion) {
  const auto body = GetJson("/api/health", 200);
  EXPECT_EQ(body["status"], "ok");
  EXPECT_EQ(body["data_version"], *store_->DataVersion());
}

TEST_F(ApiRoutesTest, AnalyticsGivesTheRowsOfTheCli) {
  const auto body = GetJson("/api/analytics?dx=mt_patients_per_100k&ou=NO-HV%2CNO&pe=2016%3A2018", 200);
  ASSERT_EQ(body["rows"].size(), 6u);
  const auto& hv2018 = body["rows"][2];
  EXPECT_EQ(hv2018["ou"], "NO-HV");
  EXPECT_EQ(hv2018["pe"], "2018");
  EXPECT_EQ(hv2018["value"], 41.22);
  EXPECT_EQ(hv2018["numerator"], 456);
  EXPECT_EQ(hv2018["denominator"], 1106295);
  EXPECT_EQ(hv2018["ci_low"], 37.52);
  EXPECT_EQ(hv2018["ci_high"], 45.18);
  EXPECT_EQ(hv2018["status"], "ok");
}

TEST_F(ApiRoutesTest, AnonymousOutputHidesSmallCounts) {
  const auto body = GetJson("/api/analytics?dx=mt_patients,mt_patients_per_100k&ou=NO-HN&pe=2016", 200);
  ASSERT_EQ(body["rows"].size(), 2u);
  for (const auto& row : body["rows"]) {
    EXPECT_EQ(row["status"], "suppressed");
    EXPECT_FALSE(row.contains("value"));
    EXPECT_FALSE(row.contains("numerator"));
    EXPECT_FALSE(row.contains("ci_low"));
  }
}

TEST_F(ApiRoutesTest, BadRequestsGetJsonErrors) {
  EXPECT_EQ(GetJson("/api/analytics?dx=mt_patients_per_100k&ou=NO", 400)["error"]["status"], 400);
  EXPECT_NE(GetJson("/api/analytics?dx=mt_patients_per_100k&ou=NO&pe=2018Q9", 400)["error"]["message"]
                .get<std::string>()
                .find("2018Q9"),
            std::string::npos);
  EXPECT_EQ(GetJson("/api/analytics?dx=nope&ou=NO&pe=2018", 404)["error"]["status"], 404);
  EXPECT_EQ(GetJson("/api/analytics?dx=mt_patients&ou=NO-XX&pe=2018", 404)["error"]["status"], 404);
  EXPECT_EQ(GetJson("/api/analytics?dx=mt_patients&ou=NO&pe=2018&ci=2", 400)["error"]["status"], 400);
}

TEST_F(ApiRoutesTest, MetadataLists) {
  const auto units = GetJson("/api/orgunits", 200)["orgunits"];
  EXPECT_TRUE(std::any_of(units.begin(), units.end(), [](const auto& u) { return u["code"] == "NO-HV"; }));
  const auto elements = GetJson("/api/dataelements", 200)["dataelements"];
  EXPECT_EQ(elements.size(), 3u);
  // With the uids of each element and its combos, for DHIS2 data value sets by uid.
  EXPECT_EQ(elements[0]["code"], "mt_patients");
  EXPECT_EQ(elements[0]["uid"], core::DeriveUid("mt_patients"));
  EXPECT_EQ(elements[0]["combos"],
            nlohmann::json::parse(R"([{"code": "IBBE10", "uid": ")" + core::DeriveUid("IBBE10") +
                                  R"("}, {"code": "IBBE20", "uid": ")" + core::DeriveUid("IBBE20") + R"("}])"));
  const auto indicators = GetJson("/api/indicators", 200)["indicators"];
  ASSERT_EQ(indicators.size(), 2u);
  EXPECT_EQ(indicators[0]["denominator"], "population");
}

}  // namespace
}  // namespace polyfon::web

namespace polyfon::web {
namespace {
TEST_F(ApiRoutesTest, StartPageLinksTheApiInNynorsk) {
  TestClient client(server_->port());
  auto response = client.Get("/");
  EXPECT_EQ(response.result_int(), 200u);
  EXPECT_EQ(response[boost::beast::http::field::content_type], "text/html; charset=utf-8");
  EXPECT_NE(response.body().find("lang=\"nn\""), std::string::npos);
  EXPECT_NE(response.body().find("/api/analytics?dx=mt_patients_per_100k"), std::string::npos);
}
}  // namespace
}  // namespace polyfon::web

namespace polyfon::web {
namespace {
TEST_F(ApiRoutesTest, AnalyzeRatioAndGrowth) {
  const auto ratio = GetJson("/api/analyze/ratio?dx=mt_patients_per_100k&ou=NO-HV&pe=2018;2016", 200);
  EXPECT_EQ(ratio["a"]["pe"], "2018");
  EXPECT_EQ(ratio["b"]["pe"], "2016");
  EXPECT_EQ(ratio["status"], "ok");
  EXPECT_GT(ratio["ratio"].get<double>(), 2.0);
  EXPECT_LT(ratio["ci_low"].get<double>(), ratio["ratio"].get<double>());
  const auto growth = GetJson("/api/analyze/growth?dx=mt_patients_per_100k&ou=NO-HV,NO-HN&pe=2016:2018", 200);
  ASSERT_EQ(growth["rows"].size(), 2u);
  EXPECT_EQ(growth["rows"][0]["from"], "2016");
  EXPECT_EQ(growth["rows"][0]["to"], "2018");
  EXPECT_EQ(growth["rows"][1]["status"], "suppressed");  // Helse Nord had 3 patients in 2016
  EXPECT_FALSE(growth["rows"][1].contains("percent_change"));
  EXPECT_EQ(GetJson("/api/analyze/ratio?dx=mt_patients&ou=NO-HV&pe=2018", 400)["error"]["status"], 400);
}
}  // namespace
}  // namespace polyfon::web

namespace polyfon::web {
namespace {
TEST_F(ApiRoutesTest, AnalyzeGapAgainstTheNation) {
  const auto gap = GetJson("/api/analyze/gap?dx=mt_patients_per_100k&ou=NO-HV,NO-HSO&pe=2018", 200);
  EXPECT_EQ(gap["reference"]["label"], "NO");
  EXPECT_EQ(gap["reference"]["rate"], 14.9);
  ASSERT_EQ(gap["rows"].size(), 2u);
  // Equal access per inhabitant: Helse Sør-Øst's expected count is about 2.7 times Helse Vest's.
  EXPECT_EQ(gap["rows"][1]["expected_ratio"], 2.69);
  EXPECT_LT(gap["rows"][0]["gap"].get<double>(), 0);  // Helse Vest is above the national rate
  EXPECT_GT(gap["rows"][1]["gap"].get<double>(), 0);  // Helse Sør-Øst below it
}
}  // namespace
}  // namespace polyfon::web

namespace polyfon::web {
namespace {
TEST_F(ApiRoutesTest, AnalyzeTrendCoverageAndEffect) {
  const auto trend = GetJson("/api/analyze/trend?dx=mt_patients_per_100k&ou=NO-HV&pe=2016:2018", 200);
  EXPECT_EQ(trend["rows"][0]["growth_factor"], 1.47116);  // R: glm(y ~ year + offset(log(pop)))
  const auto coverage = GetJson("/api/analyze/coverage?ou=NO-HV&pe=2016;2018", 200);
  EXPECT_EQ(coverage["rows"][0]["coverage"], 0.25);
  EXPECT_EQ(coverage["rows"][1]["coverage"], 0.5);
  const auto effect = GetJson("/api/analyze/effect?dx=mt_patients&ou=NO-HSO,NO-HV,NO-HMN,NO-HN&pe=2016:2018", 200);
  for (const char* field : {"coefficient", "irr", "se_model", "se_quasi", "se_robust", "ci_low", "ci_high",
                            "dispersion", "deviance", "p_randomization", "units", "periods", "caveats"}) {
    EXPECT_TRUE(effect.contains(field)) << field;
  }
  EXPECT_EQ(effect["coefficient"], 2.08326);  // scripts/r/cluster_effect_bundled.R
  EXPECT_EQ(GetJson("/api/analyze/coverage?ou=NO-XX&pe=2018", 404)["error"]["status"], 404);
}
}  // namespace
}  // namespace polyfon::web

namespace polyfon::web {
namespace {
TEST_F(ApiRoutesTest, AnalysesTheDataCannotAnswerAre422) {
  // No region but Helse Vest has members in 2016–2018: the exposure does not vary within these units.
  const auto effect = GetJson("/api/analyze/effect?dx=mt_patients&ou=NO-HSO,NO-HMN,NO-HN&pe=2016:2018", 422);
  EXPECT_NE(effect["error"]["message"].get<std::string>().find("not identifiable"), std::string::npos);
  // A malformed selection stays a bad request.
  EXPECT_EQ(GetJson("/api/analyze/effect?dx=mt_patients&ou=NO-HV&pe=2018", 400)["error"]["status"], 400);
}

TEST_F(ApiRoutesTest, SensitivityGivesGapRanges) {
  const auto s = GetJson(
      "/api/analyze/sensitivity?dx=mt_patients_per_100k&ou=NO-HV,NO-HN&pe=2018&completeness=0.6:1", 200);
  ASSERT_EQ(s["rows"].size(), 2u);
  const auto& hv = s["rows"][0];
  EXPECT_EQ(hv["observed"], 456);
  EXPECT_LE(hv["gap_low"].get<double>(), hv["gap"].get<double>());
  EXPECT_GE(hv["gap_high"].get<double>(), hv["gap"].get<double>());
  EXPECT_EQ(s["references"][0]["label"], "NO");
  EXPECT_EQ(s["references"][0]["completeness_low"], 0.6);
}
}  // namespace
}  // namespace polyfon::web

namespace polyfon::web {
namespace {
TEST_F(ApiRoutesTest, ChartSpecsCarryTheDataTheReferenceAndHiddenCells) {
  const auto chart =
      GetJson("/api/chart?dx=mt_patients_per_100k&ou=NO-HV,NO-HN&pe=2016:2018&reference=NO&lang=en", 200);
  EXPECT_NE(chart["$schema"].get<std::string>().find("vega-lite"), std::string::npos);
  const auto& values = chart["data"]["values"];
  ASSERT_EQ(values.size(), 6u);  // 2 units × 3 years; the reference is a layer of its own
  EXPECT_EQ(values[2]["ou"], "NO-HV");
  EXPECT_EQ(values[2]["pe"], "2018");
  EXPECT_EQ(values[2]["value"], 41.22);
  EXPECT_EQ(values[2]["ci_low"], 37.52);
  // Helse Nord had 3 patients in 2016 and 2017: hidden from anonymous users, marked as such.
  EXPECT_EQ(values[3]["status"], "suppressed");
  EXPECT_FALSE(values[3].contains("value"));
  const auto& layers = chart["layer"];
  ASSERT_EQ(layers.size(), 4u);
  EXPECT_EQ(layers[1]["mark"]["type"], "errorbar");
  EXPECT_EQ(layers[3]["data"]["values"][2]["value"], 14.9);  // the national rate in 2018
  EXPECT_EQ(layers[0]["encoding"]["x"]["title"], "Period");
  EXPECT_EQ(GetJson("/api/chart?dx=mt_patients&ou=NO&pe=2018&lang=de", 400)["error"]["status"], 400);
}

TEST_F(ApiRoutesTest, ChartsSpanTheYearsWithDataDrawTheReferenceOnceAndTakeATitle) {
  // Patients are bundled for 2016-2018 only: 2010-2015 and 2019-2024 have no figure in any series.
  const auto chart = GetJson(
      "/api/chart?dx=mt_patients&ou=NO-HV,NO&pe=2010:2024&reference=NO&title=Pasientar%20med%20musikkterapikode", 200);
  const auto& values = chart["data"]["values"];
  ASSERT_EQ(values.size(), 3u);  // Helse Vest 2016-2018; Norway is drawn only as the reference
  EXPECT_EQ(values[0]["pe"], "2016");
  EXPECT_EQ(values[2]["pe"], "2018");
  for (const auto& value : values) EXPECT_EQ(value["ou"], "NO-HV");
  const auto& layers = chart["layer"];
  EXPECT_EQ(layers[layers.size() - 1]["data"]["values"].size(), 3u);
  EXPECT_EQ(layers[0]["encoding"]["y"]["title"], "Pasientar med musikkterapikode");
  // Without a title, the catalog's name; with no data at all, every period asked for stays.
  const auto empty = GetJson("/api/chart?dx=mt_patients&ou=NO-HV&pe=2030:2031", 200);
  EXPECT_EQ(empty["data"]["values"].size(), 2u);
  EXPECT_EQ(empty["layer"][0]["encoding"]["y"]["title"], "Patients with a music-therapy procedure code (NPR)");
}
}  // namespace
}  // namespace polyfon::web

namespace polyfon::web {
namespace {
TEST_F(ApiRoutesTest, AnalyticsDownloadsAsCsvAndJsonStat) {
  TestClient client(server_->port());
  auto csv = client.Get("/api/analytics?dx=mt_patients_per_100k&ou=NO-HV,NO-HN&pe=2016:2018&format=csv");
  EXPECT_EQ(csv.result_int(), 200u);
  EXPECT_EQ(csv[boost::beast::http::field::content_type], "text/csv; charset=utf-8");
  EXPECT_EQ(csv[boost::beast::http::field::content_disposition], "attachment; filename=\"polyfon.csv\"");
  EXPECT_NE(csv.body().find("mt_patients_per_100k,NO-HV,2018,41.22,456,1106295,37.52,45.18,ok"), std::string::npos)
      << csv.body();
  EXPECT_NE(csv.body().find("mt_patients_per_100k,NO-HN,2016,,,,,,suppressed"), std::string::npos) << csv.body();

  const auto stat = nlohmann::json::parse(
      client.Get("/api/analytics?dx=mt_patients_per_100k&ou=NO-HV,NO-HN&pe=2016:2018&format=json-stat").body());
  EXPECT_EQ(stat["version"], "2.0");
  EXPECT_EQ(stat["class"], "dataset");
  EXPECT_EQ(stat["id"], nlohmann::json::array({"dx", "ou", "pe"}));
  EXPECT_EQ(stat["size"], nlohmann::json::array({1, 2, 3}));
  EXPECT_EQ(stat["dimension"]["ou"]["category"]["label"]["NO-HV"], "Helse Vest");
  EXPECT_EQ(stat["value"][2], 41.22);
  EXPECT_TRUE(stat["value"][3].is_null());
  EXPECT_EQ(stat["status"]["3"], ":");  // hidden: confidential, as SSB marks it

  EXPECT_EQ(GetJson("/api/analytics?dx=mt_patients&ou=NO&pe=2018&format=pdf", 400)["error"]["status"], 400);
}
}  // namespace
}  // namespace polyfon::web

namespace polyfon::web {
namespace {
TEST_F(ApiRoutesTest, AnalyticsDownloadsAsXlsx) {
  TestClient client(server_->port());
  auto xlsx = client.Get("/api/analytics?dx=mt_patients_per_100k&ou=NO-HV&pe=2018&format=xlsx");
  EXPECT_EQ(xlsx.result_int(), 200u);
  EXPECT_EQ(xlsx[boost::beast::http::field::content_type],
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  ASSERT_GT(xlsx.body().size(), 1000u);
  EXPECT_EQ(xlsx.body().substr(0, 2), "PK");  // a zip container, as every .xlsx
  EXPECT_NE(xlsx.body().find("xl/worksheets/sheet1.xml"), std::string::npos);
}
}  // namespace
}  // namespace polyfon::web

namespace polyfon::web {
namespace {
TEST_F(ApiRoutesTest, AnalyticsDownloadsAsPxWithHiddenCellsShownAsColon) {
  TestClient client(server_->port());
  auto px = client.Get("/api/analytics?dx=mt_patients&ou=NO-HN,NO&pe=2016:2018&format=px");
  EXPECT_EQ(px.result_int(), 200u);
  EXPECT_EQ(px[boost::beast::http::field::content_type], "text/plain; charset=utf-8");
  EXPECT_EQ(px[boost::beast::http::field::content_disposition], "attachment; filename=\"polyfon.px\"");
  const std::string& body = px.body();
  EXPECT_EQ(body.substr(0, 16), "CHARSET=\"ANSI\";\n") << body;
  // Anonymous requests are public output: Helse Nord's 3 patients of 2016 and 2017 are hidden,
  // stored as the data symbol "..." and shown as ':', SSB's mark for a confidential figure.
  EXPECT_NE(body.find("\nDATASYMBOL3=\":\";\n"), std::string::npos) << body;
  const std::string data = "DATA=\n\"...\" \"...\" 11\n498 537 789;\n";
  ASSERT_GE(body.size(), data.size());
  EXPECT_EQ(body.substr(body.size() - data.size()), data) << body;
  const auto cube = io::ParsePx("polyfon.px", body);
  ASSERT_TRUE(cube.has_value()) << cube.error().message();
  EXPECT_EQ(cube->dimensions[1].categories[0].code, "NO-HN");
  EXPECT_EQ(cube->dimensions[2].categories[0].code, "2016");
  EXPECT_EQ(cube->symbols, (std::map<size_t, std::string>{{0, "..."}, {1, "..."}}));
  EXPECT_EQ(cube->values[2], 11);
}
}  // namespace
}  // namespace polyfon::web
