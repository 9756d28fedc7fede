// GET /api/template over the bundled data, through a real server on a free port.
#include "web/template_routes.hpp"

#include <gtest/gtest.h>

#include <string>

#include "demo_server.hpp"
#include "io/xlsx_reader.hpp"

namespace polyfon::web {
namespace {

using testing::TestClient;

class TemplateRoutesTest : public testing::DemoServerTest {};

TEST_F(TemplateRoutesTest, OffersTheTemplateAsAnAttachment) {
  TestClient client(server_->port());
  auto response = client.Get("/api/template?participant=BETANIEN&year=2025");
  ASSERT_EQ(response.result_int(), 200u) << response.body();
  EXPECT_EQ(response[boost::beast::http::field::content_type],
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(response[boost::beast::http::field::content_disposition],
            "attachment; filename=\"rapport-BETANIEN-2025.xlsx\"");
  auto workbook = io::ReadXlsx("rapport.xlsx", response.body());
  ASSERT_TRUE(workbook) << workbook.error().message();
  ASSERT_NE(workbook->Find("Rapport"), nullptr);
  EXPECT_EQ(workbook->Find("Rapport")->Find(1, 1)->text, "Betanien sjukehus (BETANIEN)");
}

TEST_F(TemplateRoutesTest, ExplainsWhatItCannotMake) {
  EXPECT_EQ(GetJson("/api/template?participant=BETANIEN", 400)["error"]["message"],
            "participant and year are required, e.g. ?participant=HELSE-BERGEN&year=2025");
  EXPECT_EQ(GetJson("/api/template?participant=BETANIEN&year=next", 400)["error"]["message"],
            "year must be a year such as 2025");
  EXPECT_EQ(GetJson("/api/template?participant=BETANIEN&year=20250", 400)["error"]["message"],
            "year must be from 1900 to 9999, not 20250");
  EXPECT_EQ(GetJson("/api/template?participant=NOPE&year=2025", 404)["error"]["message"],
            "unknown participant 'NOPE'");
  EXPECT_EQ(GetJson("/api/template?participant=UIB-GAMUT&year=2025", 422)["error"]["message"],
            "participant UIB-GAMUT reports for no org unit (the participant register ties it to none)");
}

}  // namespace
}  // namespace polyfon::web
