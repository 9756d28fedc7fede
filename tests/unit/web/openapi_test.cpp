// The OpenAPI document describes exactly the routes the server has.
#include "web/openapi_document.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "store/memory/memory_store.hpp"
#include "web/api_routes.hpp"

namespace polyfon::web {
namespace {

// "get /api/orgunits/{}" for each route under /api/; a prefix route gets an unnamed path parameter.
// "/api/tokens/{id}" -> "/api/tokens/{}", to compare with a prefix route.
std::string WithoutParameterNames(std::string path) {
  for (size_t open = path.find('{'); open != std::string::npos; open = path.find('{', open + 1)) {
    const size_t close = path.find('}', open);
    if (close == std::string::npos) break;
    path.erase(open + 1, close - open - 1);
  }
  return path;
}

std::set<std::string> RoutedOperations() {
  auto store = store::memory::NewMemoryStore();
  std::set<std::string> out;
  for (std::string route : ApiRoutes(*store).Describe()) {
    const size_t space = route.find(' ');
    std::string method = route.substr(0, space);
    std::string path = route.substr(space + 1);
    if (path.rfind("/api/", 0) != 0) continue;
    std::transform(method.begin(), method.end(), method.begin(), [](unsigned char c) { return std::tolower(c); });
    if (path.back() == '*') path = path.substr(0, path.size() - 1) + "{}";
    out.insert(method + " " + path);
  }
  return out;
}

TEST(OpenApiTest, IsOpenApi31AndEveryReferenceResolves) {
  const auto doc = nlohmann::json::parse(OpenApiDocument());
  EXPECT_EQ(doc["openapi"], "3.1.0");
  EXPECT_FALSE(doc["info"]["title"].get<std::string>().empty());
  int references = 0;
  std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& node) {
    if (node.is_object()) {
      if (node.contains("$ref")) {
        const std::string ref = node["$ref"];
        ASSERT_EQ(ref.rfind("#/", 0), 0u) << ref;
        EXPECT_TRUE(doc.contains(nlohmann::json::json_pointer(ref.substr(1)))) << "unresolved " << ref;
        ++references;
      }
      for (const auto& [key, value] : node.items()) walk(value);
    } else if (node.is_array()) {
      for (const auto& value : node) walk(value);
    }
  };
  walk(doc);
  EXPECT_GT(references, 10);
}

TEST(OpenApiTest, DescribesExactlyTheRoutedOperations) {
  const auto doc = nlohmann::json::parse(OpenApiDocument());
  std::set<std::string> documented;
  for (const auto& [path, item] : doc["paths"].items()) {
    for (const auto& [method, operation] : item.items()) {
      documented.insert(method + " " + WithoutParameterNames(path));
      EXPECT_TRUE(operation.contains("responses")) << method << " " << path;
    }
  }
  const std::set<std::string> routed = RoutedOperations();
  for (const std::string& op : routed) EXPECT_TRUE(documented.count(op)) << "not documented: " << op;
  for (const std::string& op : documented) EXPECT_TRUE(routed.count(op)) << "documented but not routed: " << op;
}

}  // namespace
}  // namespace polyfon::web
