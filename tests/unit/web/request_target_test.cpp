#include "web/request_target.hpp"

#include <gtest/gtest.h>

namespace polyfon::web {
namespace {

TEST(PercentDecodeTest, DecodesEscapesInEitherCase) {
  EXPECT_EQ(PercentDecode("NO-HV%2cNO%3A%2F", false).value(), "NO-HV,NO:/");
  EXPECT_EQ(PercentDecode("%C3%B8st", false).value(), "\xC3\xB8st");  // "øst"
}

TEST(PercentDecodeTest, PlusIsSpaceOnlyWhenAsked) {
  EXPECT_EQ(PercentDecode("a+b%2B", true).value(), "a b+");
  EXPECT_EQ(PercentDecode("a+b", false).value(), "a+b");
}

TEST(PercentDecodeTest, RejectsMalformedEscapes) {
  for (const char* bad : {"%", "%2", "%zz", "a%g1", "abc%"}) {
    auto decoded = PercentDecode(bad, true);
    ASSERT_FALSE(decoded.has_value()) << bad;
    EXPECT_EQ(decoded.error().code(), core::ErrorCode::kInvalidArgument);
  }
}

TEST(ParseRequestTargetTest, SplitsAndDecodesQuery) {
  auto target = ParseRequestTarget("/api/data?ou=NO-HV%2CNO&pe=2016%3A2018");
  ASSERT_TRUE(target.has_value()) << target.error().ToString();
  EXPECT_EQ(target->path, "/api/data");
  ASSERT_EQ(target->query.size(), 2u);
  EXPECT_EQ(target->query.find("ou")->second, "NO-HV,NO");
  EXPECT_EQ(target->query.find("pe")->second, "2016:2018");
}

TEST(ParseRequestTargetTest, KeepsRepeatedNamesInOrder) {
  auto target = ParseRequestTarget("/x?a=1&b&&a=2&c=&a=3#frag");
  ASSERT_TRUE(target.has_value());
  auto [begin, end] = target->query.equal_range("a");
  std::vector<std::string> values;
  for (auto it = begin; it != end; ++it) values.push_back(it->second);
  EXPECT_EQ(values, (std::vector<std::string>{"1", "2", "3"}));
  EXPECT_EQ(target->query.find("b")->second, "");
  EXPECT_EQ(target->query.find("c")->second, "");
  EXPECT_EQ(target->query.size(), 5u);
}

TEST(ParseRequestTargetTest, DecodesPathWithoutPlusRule) {
  auto target = ParseRequestTarget("/a%20b+c");
  ASSERT_TRUE(target.has_value());
  EXPECT_EQ(target->path, "/a b+c");
  EXPECT_TRUE(target->query.empty());
}

TEST(ParseRequestTargetTest, RejectsBadTargets) {
  for (const char* bad : {"", "api", "http://host/x", "/x?a=%G0"}) {
    auto target = ParseRequestTarget(bad);
    ASSERT_FALSE(target.has_value()) << bad;
    EXPECT_EQ(target.error().code(), core::ErrorCode::kInvalidArgument);
  }
}

}  // namespace
}  // namespace polyfon::web
