// Responses cached by data version: ETags, 304, and fresh answers after the data change.
#include "web/response_cache.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "demo_server.hpp"
#include "web/route_support.hpp"

namespace polyfon::web {
namespace {

using testing::TestClient;

TEST(ResponseCacheTest, KeysIgnoreParameterOrderButNotValues) {
  HttpRequest a;
  a.method = "GET";
  a.path = "/api/analytics";
  a.query = {{"dx", "x"}, {"ou", "NO"}};
  HttpRequest b = a;
  b.query = {{"ou", "NO"}, {"dx", "x"}};
  HttpRequest c = a;
  c.query = {{"dx", "x"}, {"ou", "NO-HV"}};
  EXPECT_EQ(ResponseCache::KeyOf(a), ResponseCache::KeyOf(b));
  EXPECT_NE(ResponseCache::KeyOf(a), ResponseCache::KeyOf(c));
  EXPECT_NE(ResponseCache::ETagOf("k", 1), ResponseCache::ETagOf("k", 2));
}

TEST(ResponseCacheTest, StartsOverWhenFullAndMatchesTheVersion) {
  ResponseCache cache(2);
  HttpResponse r;
  r.body = "one";
  cache.Put("a", 1, r);
  EXPECT_EQ(cache.Find("a", 1)->body, "one");
  EXPECT_FALSE(cache.Find("a", 2).has_value());
  cache.Put("b", 1, r);
  cache.Put("c", 1, r);  // full: starts over
  EXPECT_FALSE(cache.Find("a", 1).has_value());
  EXPECT_TRUE(cache.Find("c", 1).has_value());
}

class CachedApiTest : public testing::DemoServerTest {
 protected:
  // Changes Helse Vest's 2018 patient count, which moves the data version.
  void ChangeData(double patients) {
    auto writer = store_->BeginWrite();
    ASSERT_TRUE(writer.has_value());
    core::DataValue value;
    value.element = "mt_patients";
    value.period = "2018";
    value.org_unit = "NO-HV";
    value.value = patients;
    core::ImportSource source{"test", "", "2026-01-02T00:00:00Z", "test"};
    ASSERT_TRUE((*writer)->PutValues(std::span(&value, 1), source).has_value());
    ASSERT_TRUE((*writer)->Commit().ok());
  }
};

TEST_F(CachedApiTest, RepeatsAnswerWithTheSameETagAnd304UntilTheDataChange) {
  const std::string target = "/api/analytics?dx=mt_patients&ou=NO-HV&pe=2018";
  TestClient client(server_->port());
  auto first = client.Get(target);
  ASSERT_EQ(first.result_int(), 200u);
  const std::string etag(first[boost::beast::http::field::etag]);
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(first[boost::beast::http::field::cache_control], "no-cache");
  auto second = client.Get(target);
  EXPECT_EQ(std::string(second[boost::beast::http::field::etag]), etag);
  EXPECT_EQ(second.body(), first.body());

  client.WriteRaw("GET " + target + " HTTP/1.1\r\nHost: x\r\nIf-None-Match: " + etag + "\r\n\r\n");
  auto not_modified = client.Read();
  EXPECT_EQ(not_modified.result_int(), 304u);
  EXPECT_TRUE(not_modified.body().empty());

  ChangeData(500);  // as another process would: the server sees it once its version memo is stale
  std::this_thread::sleep_for(3 * StoreAccess::kVersionMaxAge);
  auto changed = client.Get(target);
  EXPECT_NE(std::string(changed[boost::beast::http::field::etag]), etag);
  EXPECT_EQ(nlohmann::json::parse(changed.body())["rows"][0]["value"], 500);
  client.WriteRaw("GET " + target + " HTTP/1.1\r\nHost: x\r\nIf-None-Match: " + etag + "\r\n\r\n");
  EXPECT_EQ(client.Read().result_int(), 200u);  // the old ETag no longer matches
}

TEST_F(CachedApiTest, ErrorsAreNotCached) {
  TestClient client(server_->port());
  auto bad = client.Get("/api/analytics?dx=nothing&ou=NO&pe=2018");
  EXPECT_EQ(bad.result_int(), 404u);
  EXPECT_TRUE(std::string(bad[boost::beast::http::field::etag]).empty());
}

}  // namespace
}  // namespace polyfon::web
