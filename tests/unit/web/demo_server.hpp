#pragma once

// A test fixture: the API over the bundled data in a memory store, served on a free port.

#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <map>
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/load_demo.hpp"
#include "store/memory/memory_store.hpp"
#include "test_http_client.hpp"
#include "web/api_routes.hpp"
#include "web/http_server.hpp"

namespace polyfon::web::testing {

class DemoServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(app::LoadDemo(*store_, "2026-01-01T00:00:00Z").has_value());
    ServerOptions options;
    options.port = 0;
    server_ = std::make_unique<HttpServer>(ApiRoutes(*store_), options);
    ASSERT_TRUE(server_->Start().ok());
  }

  // Adds a user with `role` (and org units, for a reporter) and returns an Authorization header
  // value with a fresh API token of it ("Bearer pf_...").
  std::string BearerFor(const std::string& name, core::Role role, std::vector<std::string> org_units = {}) {
    app::NewUser user{name, role, std::move(org_units), "correct horse battery"};
    EXPECT_TRUE(app::AddUser(*store_, user, "test").has_value());
    auto token = app::CreateToken(*store_, name, "test", "test");
    EXPECT_TRUE(token.has_value());
    return token ? "Bearer " + token->secret : "";
  }

  // GETs `target` (as `authorization_`, when set), expects `expected_status` and a JSON body, and
  // parses it.
  nlohmann::json GetJson(const std::string& target, int expected_status = 200) {
    TestClient client(server_->port());
    std::map<std::string, std::string> headers;
    if (!authorization_.empty()) headers["Authorization"] = authorization_;
    auto response = client.Get(target, headers);
    EXPECT_EQ(static_cast<int>(response.result_int()), expected_status) << target << ": " << response.body();
    EXPECT_EQ(response[boost::beast::http::field::content_type], "application/json");
    return nlohmann::json::parse(response.body());
  }

  std::unique_ptr<core::Store> store_ = store::memory::NewMemoryStore();
  std::unique_ptr<HttpServer> server_;
  std::string authorization_;  // sent with GetJson when not empty
};

}  // namespace polyfon::web::testing
