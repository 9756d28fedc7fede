#include "web/router.hpp"

#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

namespace polyfon::web {
namespace {

HttpRequest Request(std::string method, std::string path) {
  HttpRequest request;
  request.method = std::move(method);
  request.path = std::move(path);
  return request;
}

HttpResponse Text(std::string body) {
  HttpResponse response;
  response.content_type = "text/plain";
  response.body = std::move(body);
  return response;
}

TEST(RouterTest, DispatchesOnMethodAndExactPath) {
  Router router;
  router.Add("GET", "/a", [](const HttpRequest&) { return Text("get a"); });
  router.Add("POST", "/a", [](const HttpRequest&) { return Text("post a"); });
  router.Add("GET", "/a/b", [](const HttpRequest&) { return Text("get a/b"); });
  EXPECT_EQ(router.Dispatch(Request("GET", "/a")).body, "get a");
  EXPECT_EQ(router.Dispatch(Request("POST", "/a")).body, "post a");
  EXPECT_EQ(router.Dispatch(Request("GET", "/a/b")).body, "get a/b");
  EXPECT_EQ(router.Dispatch(Request("GET", "/a/")).status, 404);
}

TEST(RouterTest, PrefixRoutesServeWhatNoExactRouteTakesLongestFirst) {
  Router router;
  router.AddPrefix("GET", "/", [](const HttpRequest& r) { return Text("page " + r.path); });
  router.AddPrefix("GET", "/api/orgunits/", [](const HttpRequest& r) { return Text("unit " + r.path.substr(14)); });
  router.Add("GET", "/api/orgunits", [](const HttpRequest&) { return Text("list"); });
  EXPECT_EQ(router.Dispatch(Request("GET", "/api/orgunits")).body, "list");
  EXPECT_EQ(router.Dispatch(Request("GET", "/api/orgunits/NO-HV")).body, "unit NO-HV");
  EXPECT_EQ(router.Dispatch(Request("GET", "/explorer")).body, "page /explorer");
  EXPECT_EQ(router.Dispatch(Request("HEAD", "/api/orgunits/NO")).body, "unit NO");
  const HttpResponse post = router.Dispatch(Request("POST", "/api/orgunits/NO"));
  EXPECT_EQ(post.status, 405);
  EXPECT_EQ(post.headers.at("Allow"), "GET, HEAD");
}

TEST(RouterTest, UnknownPathIs404Json) {
  Router router;
  HttpResponse response = router.Dispatch(Request("GET", "/missing"));
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.content_type, "application/json");
  EXPECT_EQ(response.body, R"({"error":{"message":"no such resource: /missing","status":404}})");
}

TEST(RouterTest, WrongMethodIs405WithAllow) {
  Router router;
  router.Add("POST", "/x", [](const HttpRequest&) { return Text(""); });
  router.Add("GET", "/x", [](const HttpRequest&) { return Text(""); });
  HttpResponse response = router.Dispatch(Request("DELETE", "/x"));
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.headers.at("Allow"), "POST, GET, HEAD");
}

TEST(RouterTest, HeadFallsBackToGet) {
  Router router;
  router.Add("GET", "/x", [](const HttpRequest&) { return Text("body"); });
  HttpResponse response = router.Dispatch(Request("HEAD", "/x"));
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, "body");  // the server, not the router, drops it
}

TEST(RouterTest, LaterAddReplacesHandler) {
  Router router;
  router.Add("GET", "/x", [](const HttpRequest&) { return Text("old"); });
  router.Add("GET", "/x", [](const HttpRequest&) { return Text("new"); });
  EXPECT_EQ(router.Dispatch(Request("GET", "/x")).body, "new");
}

TEST(RouterTest, ThrowingHandlerIs500WithoutInternals) {
  Router router;
  router.Add("GET", "/std", [](const HttpRequest&) -> HttpResponse {
    throw std::runtime_error("password=hunter2");
  });
  router.Add("GET", "/int", [](const HttpRequest&) -> HttpResponse { throw 42; });
  for (const char* path : {"/std", "/int"}) {
    HttpResponse response = router.Dispatch(Request("GET", path));
    EXPECT_EQ(response.status, 500);
    EXPECT_EQ(response.body, R"({"error":{"message":"internal server error","status":500}})");
  }
}

}  // namespace
}  // namespace polyfon::web
