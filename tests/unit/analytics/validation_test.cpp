#include "analytics/validation.hpp"

#include <gtest/gtest.h>

#include "analytics/outliers.hpp"

namespace polyfon::analytics {
namespace {

using core::Date;

core::DataValue Value(std::string element, std::string period, std::string ou, double value,
                      std::string combo = "default") {
  core::DataValue v;
  v.element = std::move(element);
  v.period = std::move(period);
  v.org_unit = std::move(ou);
  v.combo = std::move(combo);
  v.value = value;
  return v;
}

core::ValidationRule Rule(std::string code, const char* left, core::RuleOperator op, const char* right,
                          std::optional<core::OrgUnitKind> kind) {
  core::ValidationRule rule;
  rule.code = std::move(code);
  rule.left = *core::Expression::Parse(left);
  rule.op = op;
  rule.right = *core::Expression::Parse(right);
  rule.org_unit_kind = kind;
  return rule;
}

class ValidationTest : public testing::Test {
 protected:
  ValidationTest() {
    catalog_.org_units = {{"NO", "Noreg", core::OrgUnitKind::kNation, {}},
                          {"R1", "Region 1", core::OrgUnitKind::kHealthRegion, {}},
                          {"R2", "Region 2", core::OrgUnitKind::kHealthRegion, {}},
                          {"R3", "Region 3", core::OrgUnitKind::kHealthRegion, {}},
                          {"C1", "County 1", core::OrgUnitKind::kCounty, {}}};
    // R3 joins the nation in 2018 (a merger or a new region): the 2017 sum has two children only.
    catalog_.links = {{"R1", "NO", std::nullopt, std::nullopt},
                      {"R2", "NO", std::nullopt, std::nullopt},
                      {"R3", "NO", Date{2018, 1, 1}, std::nullopt},
                      {"C1", "NO", std::nullopt, std::nullopt}};  // a second hierarchy below the nation
  }

  ValidationResult Run(const std::vector<core::ValidationRule>& rules, const std::vector<core::DataValue>& values,
                       const char* periods) {
    const core::CatalogIndex index(catalog_);
    const ValueCube cube(values);
    const auto parsed = *core::ParsePeriodSelection(periods);
    return RunValidationRules(rules, index, cube, parsed);
  }

  core::Catalog catalog_;
};

TEST_F(ValidationTest, ChildrenSumFollowsTheHierarchyOfEachPeriod) {
  const std::vector<core::ValidationRule> rules{
      Rule("sum", "#{pop}", core::RuleOperator::kEqual, "children(#{pop}, health_region)", core::OrgUnitKind::kNation),
      Rule("all", "#{pop}", core::RuleOperator::kEqual, "children(#{pop})", core::OrgUnitKind::kNation)};
  const std::vector<core::DataValue> values{Value("pop", "2017", "NO", 30), Value("pop", "2017", "R1", 10),
                                            Value("pop", "2017", "R2", 20), Value("pop", "2017", "R3", 99),
                                            Value("pop", "2018", "NO", 40), Value("pop", "2018", "R1", 10),
                                            Value("pop", "2018", "R2", 20), Value("pop", "2018", "R3", 9)};
  const ValidationResult result = Run(rules, values, "2017:2018");
  EXPECT_EQ(result.checked, 2);
  EXPECT_EQ(result.skipped, 2);  // "all" counts the county, which has no value
  ASSERT_EQ(result.violations.size(), 1u);
  EXPECT_EQ(result.violations[0].rule.code, "sum");
  EXPECT_EQ(result.violations[0].org_unit, "NO");
  EXPECT_EQ(result.violations[0].period, "2018");
  EXPECT_EQ(result.violations[0].left, 40);
  EXPECT_EQ(result.violations[0].right, 39);
}

TEST_F(ValidationTest, MissingValuesSkipOrCountAsZeroAndUnreportedCellsAreNotCounted) {
  core::ValidationRule rule =
      Rule("codes", "#{p}", core::RuleOperator::kLessOrEqual, "#{p.A} + #{p.B}", std::nullopt);
  const std::vector<core::DataValue> values{Value("p", "2018", "R1", 10), Value("p", "2018", "R1", 6, "A"),
                                            Value("p", "2018", "R2", 10), Value("p", "2018", "R2", 6, "A"),
                                            Value("p", "2018", "R2", 3, "B")};
  ValidationResult result = Run({rule}, values, "2018");
  EXPECT_EQ(result.checked, 1);  // R2; R1 lacks B; NO and R3 have nothing at all
  EXPECT_EQ(result.skipped, 1);
  ASSERT_EQ(result.violations.size(), 1u);
  EXPECT_EQ(result.violations[0].org_unit, "R2");
  rule.missing_as_zero = true;
  result = Run({rule}, values, "2018");
  EXPECT_EQ(result.checked, 2);
  EXPECT_EQ(result.violations.size(), 2u);  // R1: 10 > 6 + 0 too
}

TEST_F(ValidationTest, OperatorsAllowRoundingInEquality) {
  core::ValidationRule rule;
  rule.op = core::RuleOperator::kEqual;
  EXPECT_TRUE(rule.Holds(0.1 + 0.2, 0.3));
  rule.op = core::RuleOperator::kLess;
  EXPECT_FALSE(rule.Holds(0.1 + 0.2, 0.3));
  EXPECT_TRUE(rule.Holds(1, 2));
  rule.op = core::RuleOperator::kGreaterOrEqual;
  EXPECT_TRUE(rule.Holds(0.1 + 0.2, 0.3));
  rule.op = core::RuleOperator::kNotEqual;
  EXPECT_TRUE(rule.Holds(1, 2));
}

TEST(OutliersTest, FlagsBySeriesAndByBounds) {
  std::vector<core::DataValue> values;
  const double positions[] = {1.5, 18, 2.25, 2, 1.75, 2, 1.8};
  for (int i = 0; i < 7; ++i) values.push_back(Value("pos", std::to_string(2015 + i), "T1", positions[i]));
  values.push_back(Value("pos", "2019", "T2", 7));  // a series of one: no z-score
  OutlierOptions options;
  options.bounds = {{"pos", "default", "", 0, 5}, {"pos", "default", "T2", 0, 10}};
  const auto periods = *core::ParsePeriodSelection("2015:2021");
  const std::vector<OutlierFlag> flags = FindOutliers(values, periods, options);
  ASSERT_EQ(flags.size(), 2u);
  EXPECT_EQ(flags[0].method, OutlierMethod::kModifiedZScore);
  EXPECT_EQ(flags[0].value.period, "2016");
  EXPECT_NEAR(flags[0].score, 43.1674086065021, 1e-9);  // R, scripts/r/modified_z_score.R series 5
  EXPECT_EQ(flags[1].method, OutlierMethod::kMinMax);  // 18 > 5 at T1; T2's own bound lets 7 pass
  EXPECT_EQ(flags[1].value.period, "2016");
  EXPECT_EQ(*flags[1].max, 5);
  // Periods outside the range are not looked at.
  EXPECT_TRUE(FindOutliers(values, *core::ParsePeriodSelection("2017:2018"), options).empty());
}

}  // namespace
}  // namespace polyfon::analytics
