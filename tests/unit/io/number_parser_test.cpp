#include "io/number_parser.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace polyfon::io {
namespace {

struct GoodNumber {
  const char* text;
  double value;
};

TEST(NumberParserTest, ParsesNorwegianAndPlainNumbers) {
  const GoodNumber cases[] = {
      {"0,2", 0.2},
      {"2.5", 2.5},
      {"1 106 295", 1106295},
      {"1\xC2\xA0"
       "106\xC2\xA0"
       "295",
       1106295},  // no-break space
      {"1\xE2\x80\xAF"
       "106",
       1106},  // narrow no-break space
      {" 42 ", 42},
      {"\xC2\xA0"
       "7\t",
       7},
      {"-3", -3},
      {"-1 000,5", -1000.5},
      {"0", 0},
      {"-0", 0},
      {"007", 7},
      {"12345", 12345},
      {"999 999 999 999", 999999999999},
  };
  for (const GoodNumber& c : cases) {
    auto result = ParseNumber(c.text);
    ASSERT_TRUE(result.has_value()) << c.text << ": " << result.status().message();
    EXPECT_DOUBLE_EQ(*result, c.value) << c.text;
  }
  EXPECT_FALSE(std::signbit(*ParseNumber("-0")));
}

struct BadNumber {
  const char* text;
  const char* message;
};

TEST(NumberParserTest, RejectsAnythingElseWithAReason) {
  const BadNumber cases[] = {
      {"abc", "'abc' is not a number"},
      {"1,2,3", "'1,2,3' is not a number (more than one decimal separator)"},
      {"1.2,3", "'1.2,3' is not a number (more than one decimal separator)"},
      {"", "empty, expected a number"},
      {"   ", "empty, expected a number"},
      {"12a", "'12a' is not a number"},
      {"+5", "'+5' is not a number"},
      {"1e5", "'1e5' is not a number"},
      {"nan", "'nan' is not a number"},
      {"inf", "'inf' is not a number"},
      {"-", "'-' is not a number"},
      {"--1", "'--1' is not a number"},
      {"1-", "'1-' is not a number"},
      {"12 34", "'12 34' is not a number (digit groups must have 3 digits)"},
      {"1234 567", "'1234 567' is not a number (digit groups must have 3 digits)"},
      {"1 2345", "'1 2345' is not a number (digit groups must have 3 digits)"},
      {"1 00,5", "'1 00,5' is not a number (digit groups must have 3 digits)"},
      {"1  000", "'1  000' is not a number (digit groups must have 3 digits)"},
      {"1,000 5", "'1,000 5' is not a number (space after the decimal separator)"},
      {"2,", "'2,' is not a number (no digits after the decimal separator)"},
      {",5", "',5' is not a number (no digits before the decimal separator)"},
  };
  for (const BadNumber& c : cases) {
    auto result = ParseNumber(c.text);
    ASSERT_FALSE(result.has_value()) << c.text << " parsed as " << *result;
    EXPECT_EQ(result.error().message(), c.message) << c.text;
  }
}

TEST(NumberParserTest, ParsesBooleans) {
  for (const char* text : {"true", "TRUE", "True", "t", "T", "1", "yes", "Yes", " true "}) {
    auto result = ParseBoolean(text);
    ASSERT_TRUE(result.has_value()) << text;
    EXPECT_TRUE(*result) << text;
  }
  for (const char* text : {"false", "False", "f", "F", "0", "no", "NO"}) {
    auto result = ParseBoolean(text);
    ASSERT_TRUE(result.has_value()) << text;
    EXPECT_FALSE(*result) << text;
  }
  EXPECT_EQ(ParseBoolean("not true").error().message(),
            "'not true' is not a boolean (expected true/false, 1/0, t/f or yes/no)");
  EXPECT_EQ(ParseBoolean("").error().message(), "empty, expected true or false");
  EXPECT_FALSE(ParseBoolean("2").has_value());
}

TEST(NumberParserTest, ParsesValuesByType) {
  EXPECT_EQ(*ParseValue(core::ValueType::kNonNegativeInteger, "1 106 295"), 1106295);
  EXPECT_EQ(*ParseValue(core::ValueType::kNumber, "0,2"), 0.2);
  EXPECT_EQ(*ParseValue(core::ValueType::kBoolean, "T"), 1);
  EXPECT_EQ(*ParseValue(core::ValueType::kBoolean, "no"), 0);
  EXPECT_EQ(ParseValue(core::ValueType::kNonNegativeInteger, " -3 ").error().message(),
            "-3 must be a whole number of 0 or more");
  EXPECT_EQ(ParseValue(core::ValueType::kInteger, "2,5").error().message(), "2,5 must be a whole number");
  EXPECT_EQ(ParseValue(core::ValueType::kPercentage, "101").error().message(),
            "101 must be a percentage from 0 to 100");
  EXPECT_EQ(ParseValue(core::ValueType::kNumber, "x").error().message(), "'x' is not a number");
}

}  // namespace
}  // namespace polyfon::io
