// Dhis2ValueChecker: the checks DHIS2 CSV rows and JSON objects share.

#include "io/dhis2_value_checker.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "io/importer.hpp"
#include "test_catalog.hpp"

namespace polyfon::io {
namespace {

using F = Dhis2Field;

// Records what the checker reports, as (field, what).
class RecordingSite final : public Dhis2ValueSite {
 public:
  void Report(Dhis2Field field, std::string_view what) override { reports.emplace_back(field, std::string(what)); }
  std::string Earlier(int64_t position) const override { return "at #" + std::to_string(position); }

  std::vector<std::pair<Dhis2Field, std::string>> reports;
};

Dhis2ValueText Text(std::string_view element, std::string_view period, std::string_view org_unit,
                    std::string_view value) {
  Dhis2ValueText text;
  text[F::kElement] = element;
  text[F::kPeriod] = period;
  text[F::kOrgUnit] = org_unit;
  text[F::kValue] = value;
  return text;
}

class Dhis2ValueCheckerTest : public ::testing::Test, public testing::CatalogHolder {
 protected:
  std::vector<core::DataValue> values_;
  Dhis2ValueChecker checker_{index, values_};
  RecordingSite site_;
};

TEST_F(Dhis2ValueCheckerTest, BuildsTheValueWithDefaultsAndProvenance) {
  Dhis2ValueText text = Text("mt_patients", "2018W5", "NO-HV", "1 234");
  text[F::kCombo] = "IBBE10";
  text[F::kStoredBy] = "npr";
  text[F::kLastUpdated] = "2019-12-09";
  text[F::kComment] = "published";
  text[F::kFollowup] = "Yes";
  auto value = checker_.Check(text, site_);
  ASSERT_TRUE(value.has_value());
  EXPECT_TRUE(site_.reports.empty());
  EXPECT_EQ(*value, (core::DataValue{"mt_patients", "2018W05", "NO-HV", "IBBE10", "default", 1234,
                                     core::Provenance{"npr", "2019-12-09", "published", true}}));
  // Empty combos and "default" are the same; no followup is false.
  auto plain = checker_.Check(Text("population", "2018", "NO", "5328212"), site_);
  ASSERT_TRUE(plain.has_value());
  EXPECT_EQ(plain->combo, "default");
  EXPECT_EQ(plain->attribute_combo, "default");
  EXPECT_FALSE(plain->provenance.followup);
}

TEST_F(Dhis2ValueCheckerTest, ReportsEveryBadFieldOfOneValue) {
  Dhis2ValueText text = Text("mt_patients", "2018M13", "NO-XX", "-1");
  text[F::kCombo] = "IBBE30";
  text[F::kAttributeCombo] = "IBBE10";
  text[F::kFollowup] = "perhaps";
  EXPECT_FALSE(checker_.Check(text, site_).has_value());
  ASSERT_EQ(site_.reports.size(), 5u);
  EXPECT_EQ(site_.reports[0].first, F::kPeriod);
  EXPECT_EQ(site_.reports[1], std::make_pair(F::kOrgUnit, std::string("unknown org unit 'NO-XX'")));
  EXPECT_EQ(site_.reports[2], std::make_pair(F::kCombo, std::string("unknown category option combo 'IBBE30'")));
  // IBBE10 is a combo of mt_patients, so it passes as an attribute combo.
  EXPECT_EQ(site_.reports[3].first, F::kValue);
  EXPECT_EQ(site_.reports[3].second, "-1 must be a whole number of 0 or more");
  EXPECT_EQ(site_.reports[4], std::make_pair(F::kFollowup, std::string("'perhaps' is not a boolean (expected "
                                                                        "true/false, 1/0, t/f or yes/no)")));
}

TEST_F(Dhis2ValueCheckerTest, RequiresElementPeriodOrgUnitAndValue) {
  EXPECT_FALSE(checker_.Check(Text("", "", "", ""), site_).has_value());
  ASSERT_EQ(site_.reports.size(), 3u);  // no value check without an element to type it
  EXPECT_EQ(site_.reports[0], std::make_pair(F::kElement, std::string("empty; a data element code is required")));
  EXPECT_EQ(site_.reports[1], std::make_pair(F::kPeriod, std::string("empty; a period is required")));
  EXPECT_EQ(site_.reports[2], std::make_pair(F::kOrgUnit, std::string("empty; an org unit code is required")));
  site_.reports.clear();
  EXPECT_FALSE(checker_.Check(Text("population", "2018", "NO", ""), site_).has_value());
  ASSERT_EQ(site_.reports.size(), 1u);
  EXPECT_EQ(site_.reports[0], std::make_pair(F::kValue, std::string("empty, expected a number")));
}

TEST_F(Dhis2ValueCheckerTest, CollectsOneValuePerKeyAndNamesTheEarlierPlaceOfAConflict) {
  for (int64_t position : {10, 11}) {
    auto value = checker_.Check(Text("mt_patients", "2018", "NO-HV", "456"), site_);
    ASSERT_TRUE(value.has_value());
    checker_.Collect(std::move(*value), position, site_);
  }
  EXPECT_TRUE(site_.reports.empty());
  EXPECT_EQ(values_.size(), 1u);
  auto other = checker_.Check(Text("mt_patients", "2018", "NO-HV", "457"), site_);
  ASSERT_TRUE(other.has_value());
  checker_.Collect(std::move(*other), 12, site_);
  EXPECT_EQ(values_.size(), 1u);
  ASSERT_EQ(site_.reports.size(), 1u);
  EXPECT_EQ(site_.reports[0],
            std::make_pair(F::kValue, std::string("457 conflicts with 456 at #10 for the same data element, period, "
                                                  "org unit and combos")));
}

// The same value reads the same from a CSV row and a JSON object, and fails with the same words.
TEST_F(Dhis2ValueCheckerTest, CsvAndJsonAgree) {
  auto csv = ParseImport("f.csv",
                         "dataelement;period;orgunit;categoryoptioncombo;value;storedby;lastupdated;comment;followup\n"
                         "mt_patients;2018;NO-HV;IBBE20;12;npr;2019-12-09;\"a, b\";true\n",
                         index, testing::TestOptions());
  auto json = ParseImport("f.json",
                          R"({"dataValues": [{"dataElement": "mt_patients", "period": "2018", "orgUnit": "NO-HV",
                               "categoryOptionCombo": "IBBE20", "value": 12, "storedBy": "npr",
                               "lastUpdated": "2019-12-09", "comment": "a, b", "followup": true}]})",
                          index, testing::TestOptions());
  ASSERT_TRUE(csv.has_value()) << csv.error().message();
  ASSERT_TRUE(json.has_value()) << json.error().message();
  EXPECT_EQ(csv->values, json->values);

  auto bad_csv = ParseImport("f", "dataelement,period,orgunit,value\npopulation,2018,NO,1.5e3\n", index,
                             testing::TestOptions());
  auto bad_json = ParseImport(
      "f", R"({"dataValues": [{"dataElement": "population", "period": "2018", "orgUnit": "NO", "value": "1.5e3"}]})",
      index, testing::TestOptions());
  ASSERT_FALSE(bad_csv.has_value());
  ASSERT_FALSE(bad_json.has_value());
  const std::string what = "'1.5e3' is not a number";
  EXPECT_EQ(bad_csv.error().message(), "f:2: column 4 (value): " + what);
  EXPECT_EQ(bad_json.error().message(), "f: dataValues[0].value: " + what);
}

}  // namespace
}  // namespace polyfon::io
