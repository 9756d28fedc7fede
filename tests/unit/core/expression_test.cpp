#include "core/expression.hpp"

#include <gtest/gtest.h>

#include <map>

namespace polyfon::core {
namespace {

// Values by "element.combo" for the unit itself and "children:element.combo" for the children's sum.
OperandResolver From(std::map<std::string, double> values) {
  return [values = std::move(values)](const Operand& operand) -> std::optional<double> {
    const std::string key = (operand.children ? "children:" : "") + operand.element + "." + operand.combo;
    auto it = values.find(key);
    if (it == values.end()) return std::nullopt;
    return it->second;
  };
}

TEST(ExpressionTest, EvaluatesArithmeticWithPrecedence) {
  auto e = Expression::Parse("2 + 3 * #{a} - (#{b.x} - 1) / 2");
  ASSERT_TRUE(e.has_value()) << e.error().message();
  EXPECT_DOUBLE_EQ(*e->Evaluate(From({{"a.default", 4}, {"b.x", 7}}), false), 2 + 12 - 3);
  EXPECT_DOUBLE_EQ(*Expression::Parse("-#{a} * -2")->Evaluate(From({{"a.default", 3}}), false), 6);
  EXPECT_DOUBLE_EQ(*Expression::Parse("---#{a}")->Evaluate(From({{"a.default", 3}}), false), -3);
  EXPECT_DOUBLE_EQ(*Expression::Parse("1.5e2")->Evaluate(From({}), false), 150);
}

TEST(ExpressionTest, ListsOperandsOnceAndMarksChildren) {
  auto e = Expression::Parse("#{population} - children(#{population}) + #{population} + max(#{p.IBBE10}, 1)");
  ASSERT_TRUE(e.has_value());
  ASSERT_EQ(e->operands().size(), 3u);
  EXPECT_EQ(e->operands()[0], (Operand{"population", "default", false, ""}));
  EXPECT_EQ(e->operands()[1], (Operand{"population", "default", true, ""}));
  EXPECT_EQ(e->operands()[2], (Operand{"p", "IBBE10", false, ""}));
  EXPECT_DOUBLE_EQ(
      *e->Evaluate(From({{"population.default", 10}, {"children:population.default", 9}, {"p.IBBE10", 0}}), false),
      10 - 9 + 10 + 1);
}

TEST(ExpressionTest, ChildrenMayBeLimitedToOneKind) {
  auto e = Expression::Parse("children(#{a} + #{b.x}, health_region) - children(#{a})");
  ASSERT_TRUE(e.has_value()) << e.error().message();
  ASSERT_EQ(e->operands().size(), 3u);
  EXPECT_EQ(e->operands()[0], (Operand{"a", "default", true, "health_region"}));
  EXPECT_EQ(e->operands()[1], (Operand{"b", "x", true, "health_region"}));
  EXPECT_EQ(e->operands()[2], (Operand{"a", "default", true, ""}));
}

TEST(ExpressionTest, MissingOperandsSkipUnlessCountedAsZero) {
  auto e = Expression::Parse("#{a} + #{b}");
  ASSERT_TRUE(e.has_value());
  EXPECT_FALSE(e->Evaluate(From({{"a.default", 1}}), false).has_value());
  EXPECT_DOUBLE_EQ(*e->Evaluate(From({{"a.default", 1}}), true), 1);
  EXPECT_FALSE(Expression::Parse("1 / #{a}")->Evaluate(From({{"a.default", 0}}), false).has_value());
  EXPECT_DOUBLE_EQ(*Expression::Parse("min(3, #{a}, 2)")->Evaluate(From({{"a.default", 5}}), false), 2);
  EXPECT_DOUBLE_EQ(*Expression().Evaluate(From({}), false), 0);
}

TEST(ExpressionTest, ErrorsNameTheColumn) {
  const std::map<std::string, std::string> cases{
      {"#{a} +", "column 7: expected a number, #{element}, a function or '('"},
      {"#{a", "column 1: '#{' without a closing '}'"},
      {"#{}", "column 1: empty element or combo in #{...}"},
      {"sum(#{a})", "column 1: unknown function 'sum' (known: children, min, max)"},
      {"(1 + 2", "column 7: expected ')'"},
      {"children(children(#{a}))", "column 10: children() inside children()"},
      {"1 2", "column 3: unexpected '2'"},
      {"children(#{a}, region)", "column 16: unknown org unit kind 'region'"},
      {"max(1;2)", "column 6: expected ',' or ')'"},
      {std::string(65, '(') + "1" + std::string(65, ')'), "column 65: nested more than 64 levels deep"},
  };
  for (const auto& [text, message] : cases) {
    auto e = Expression::Parse(text);
    ASSERT_FALSE(e.has_value()) << text;
    EXPECT_EQ(e.error().message(), "expression \"" + text + "\", " + message) << text;
  }
}

}  // namespace
}  // namespace polyfon::core
