#include "app/validate.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app/import_files.hpp"
#include "app/load_demo.hpp"
#include "app/validation_output.hpp"
#include "store/memory/memory_store.hpp"

namespace polyfon::app {
namespace {

class ValidateTest : public testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(LoadDemo(*store_, "2026-01-01T00:00:00Z").has_value()); }

  ValidateRequest Request(const char* periods) {
    ValidateRequest request;
    request.periods = *core::ParsePeriodSelection(periods);
    return request;
  }

  std::unique_ptr<core::Store> store_ = store::memory::NewMemoryStore();
};

TEST_F(ValidateTest, TheBundledDataPassTheBundledRules) {
  auto report = Validate(*store_, Request("2015:2025"));
  ASSERT_TRUE(report.has_value()) << report.error().message();
  EXPECT_GE(report->rules.size(), 5u);
  EXPECT_GT(report->result.checked, 20);  // population 2015-2024 and patients 2016-2018 at the nation, positions
  EXPECT_TRUE(report->result.violations.empty());
}

TEST_F(ValidateTest, ReportsViolationsWithBothSidesAsJson) {
  ValidateRequest request = Request("2016:2018");
  request.rules_name = "rules.csv";
  request.rules_content =
      "code,name,left,operator,right,org_unit_kind\n"
      "hv,Helse Vest below 400,#{mt_patients},<,400,health_region\n";
  auto report = Validate(*store_, request);
  ASSERT_TRUE(report.has_value()) << report.error().message();
  const auto json = nlohmann::json::parse(RenderValidationJson(*report));
  ASSERT_EQ(json["violations"].size(), 1u);
  const auto& v = json["violations"][0];
  EXPECT_EQ(v["rule"], "hv");
  EXPECT_EQ(v["ou"], "NO-HV");
  EXPECT_EQ(v["pe"], "2018");
  EXPECT_EQ(v["left"], 456);
  EXPECT_EQ(v["operator"], "<");
  EXPECT_EQ(v["right"], 400);
  EXPECT_EQ(v["importance"], "medium");
  EXPECT_EQ(json["checked"], 12);  // 4 regions × 3 years
  EXPECT_NE(RenderValidationTable(*report).find("hv    medium      NO-HV  2018"), std::string::npos)
      << RenderValidationTable(*report);
}

TEST_F(ValidateTest, BadFilesAndEmptyPeriodsAreInvalidArguments) {
  ValidateRequest request = Request("2018");
  request.bounds_name = "bounds.csv";
  request.bounds_content = "element,org_unit,min,max\nmt_positions,NO-XX,5,1\n";
  auto report = Validate(*store_, request);
  ASSERT_FALSE(report.has_value());
  EXPECT_EQ(report.error().message(),
            "bounds.csv:2: column 2 (org_unit): unknown org unit 'NO-XX'\n"
            "bounds.csv:2: column 3 (min): min is greater than max");
  EXPECT_EQ(Validate(*store_, ValidateRequest{}).error().code(), core::ErrorCode::kInvalidArgument);
}

TEST_F(ValidateTest, AnImportIsCheckedAgainstTheRulesAndGoesAhead) {
  ImportRequest request;
  request.options.now = "2026-01-02T00:00:00Z";
  request.options.stored_by = "tester";
  request.dry_run = true;
  // Helse Vest's 2019 population made too large: the regions no longer add up to the nation.
  request.files = {{"population.csv", "dataelement,period,orgunit,value\npopulation,2019,NO-HV,1200000\n"}};
  auto report = ImportFiles(*store_, request);
  ASSERT_TRUE(report.has_value()) << report.error().message();
  ASSERT_EQ(report->rule_violations.size(), 1u);
  const analytics::RuleViolation& v = report->rule_violations[0];
  EXPECT_EQ(v.rule.code, "population_regions_sum_to_nation");
  EXPECT_EQ(v.org_unit, "NO");
  EXPECT_EQ(v.period, "2019");
  EXPECT_EQ(DescribeViolation(v),
            "validation rule population_regions_sum_to_nation (high) does not hold for NO 2019: 5328212 == 5418289 "
            "(The health regions' population adds up to the nation's)");
  // A value that keeps the sum, and values of other years, raise nothing.
  request.files = {{"population.csv", "dataelement,period,orgunit,value\npopulation,2019,NO-HV,1109923\n"}};
  report = ImportFiles(*store_, request);
  ASSERT_TRUE(report.has_value());
  EXPECT_TRUE(report->rule_violations.empty());
}

TEST(BundledRulesTest, ApplyOnlyWhereTheCatalogHasTheirElements) {
  core::Catalog catalog;
  catalog.elements = {{"count_0", "Count", core::ValueType::kNonNegativeInteger, core::AggregationType::kSum, {}, ""}};
  const core::CatalogIndex index(catalog);
  auto rules = BundledRules(index);
  ASSERT_TRUE(rules.has_value()) << rules.error().message();
  EXPECT_TRUE(rules->empty());
}

}  // namespace
}  // namespace polyfon::app
