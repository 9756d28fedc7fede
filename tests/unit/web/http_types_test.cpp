#include "web/http_types.hpp"

#include <gtest/gtest.h>

namespace polyfon::web {
namespace {

TEST(HttpRequestTest, QueryReturnsFirstValueOrFallback) {
  HttpRequest request;
  request.query = {{"ou", "NO-HV"}, {"ou", "NO"}, {"pe", "2018"}};
  EXPECT_EQ(request.Query("ou"), "NO-HV");
  EXPECT_EQ(request.Query("pe"), "2018");
  EXPECT_EQ(request.Query("missing"), "");
  EXPECT_EQ(request.Query("missing", "all"), "all");
}

TEST(HttpResponseTest, JsonErrorEscapesMessage) {
  HttpResponse response = HttpResponse::JsonError(400, "bad \"ou\" \\ value\n\x01</script>");
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(response.content_type, "application/json");
  EXPECT_EQ(response.body,
            R"({"error":{"message":"bad \"ou\" \\ value\n\u0001</script>","status":400}})");
}

TEST(HttpResponseTest, JsonErrorReplacesInvalidUtf8) {
  HttpResponse response = HttpResponse::JsonError(404, "no such resource: /\xFF");
  EXPECT_EQ(response.body,
            "{\"error\":{\"message\":\"no such resource: /\xEF\xBF\xBD\",\"status\":404}}");
}

TEST(HttpResponseTest, JsonKeepsBodyAndStatus) {
  HttpResponse response = HttpResponse::Json(R"({"a":1})", 201);
  EXPECT_EQ(response.status, 201);
  EXPECT_EQ(response.body, R"({"a":1})");
  EXPECT_EQ(response.content_type, "application/json");
}

}  // namespace
}  // namespace polyfon::web
