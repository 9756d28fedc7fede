#include "analytics/aggregator.hpp"

#include <gtest/gtest.h>

namespace polyfon::analytics {
namespace {

using core::AggregationType;
using core::DataRef;
using core::Date;
using core::Period;

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

class AggregatorTest : public testing::Test {
 protected:
  AggregatorTest() {
    catalog_.org_units = {{"NO", "Noreg", core::OrgUnitKind::kNation, {}},
                          {"R1", "Region 1", core::OrgUnitKind::kHealthRegion, {}},
                          {"R2", "Region 2", core::OrgUnitKind::kHealthRegion, {}},
                          {"T1", "Trust 1", core::OrgUnitKind::kHealthTrust, {}},
                          {"T2", "Trust 2", core::OrgUnitKind::kHealthTrust, {}}};
    // T2 moves from R1 to R2 on 1 January 2018.
    catalog_.links = {{"R1", "NO", std::nullopt, std::nullopt},
                      {"R2", "NO", std::nullopt, std::nullopt},
                      {"T1", "R1", std::nullopt, std::nullopt},
                      {"T2", "R1", std::nullopt, Date{2017, 12, 31}},
                      {"T2", "R2", Date{2018, 1, 1}, std::nullopt}};
    catalog_.elements = {{"visits", "Visits", core::ValueType::kNonNegativeInteger, AggregationType::kSum, {"A", "B"}, ""},
                         {"staff", "Staff", core::ValueType::kNumber, AggregationType::kLastValue, {}, ""},
                         {"patients", "Patients", core::ValueType::kNonNegativeInteger, AggregationType::kDistinct,
                          {"A", "B"}, ""}};
    catalog_.combos = {{"A", "A", "code"}, {"B", "B", "code"}};
  }

  std::optional<double> Aggregate(const std::vector<core::DataValue>& values, const char* ref, const char* ou,
                                  const char* pe) {
    const core::CatalogIndex index(catalog_);
    const ValueCube cube(values);
    const Aggregator aggregator(index, cube);
    return aggregator.Aggregate(*DataRef::Parse(ref), ou, *Period::Parse(pe));
  }

  core::Catalog catalog_;
};

TEST_F(AggregatorTest, SumsAlongTheHierarchyValidInEachPeriod) {
  const std::vector<core::DataValue> values = {Value("visits", "2017", "T1", 10), Value("visits", "2017", "T2", 5),
                                               Value("visits", "2018", "T1", 11), Value("visits", "2018", "T2", 6)};
  EXPECT_EQ(Aggregate(values, "visits", "R1", "2017"), 15);
  EXPECT_EQ(Aggregate(values, "visits", "R1", "2018"), 11);
  EXPECT_EQ(Aggregate(values, "visits", "R2", "2017"), std::nullopt);
  EXPECT_EQ(Aggregate(values, "visits", "R2", "2018"), 6);
  EXPECT_EQ(Aggregate(values, "visits", "NO", "2018"), 17);
}

TEST_F(AggregatorTest, ARecordedTotalBeatsTheSumOfItsParts) {
  const std::vector<core::DataValue> values = {Value("visits", "2018", "R1", 100), Value("visits", "2018", "T1", 11)};
  EXPECT_EQ(Aggregate(values, "visits", "R1", "2018"), 100);
  EXPECT_EQ(Aggregate(values, "visits", "NO", "2018"), 100);
}

TEST_F(AggregatorTest, DisaggregationsAddUpOnlyWithoutARecordedTotal) {
  const std::vector<core::DataValue> parts = {Value("visits", "2018", "T1", 3, "A"),
                                              Value("visits", "2018", "T1", 4, "B")};
  EXPECT_EQ(Aggregate(parts, "visits", "T1", "2018"), 7);
  EXPECT_EQ(Aggregate(parts, "visits.A", "T1", "2018"), 3);
  std::vector<core::DataValue> with_total = parts;
  with_total.push_back(Value("visits", "2018", "T1", 9));
  EXPECT_EQ(Aggregate(with_total, "visits", "T1", "2018"), 9);
}

TEST_F(AggregatorTest, SumsOverTimeAndPrefersTheCoarsestRecordedPeriod) {
  const std::vector<core::DataValue> values = {Value("visits", "201801", "T1", 1), Value("visits", "201802", "T1", 2),
                                               Value("visits", "201803", "T1", 3), Value("visits", "2018Q2", "T1", 10),
                                               Value("visits", "201804", "T1", 4)};
  EXPECT_EQ(Aggregate(values, "visits", "T1", "2018Q1"), 6);
  EXPECT_EQ(Aggregate(values, "visits", "T1", "2018Q2"), 10);
  EXPECT_EQ(Aggregate(values, "visits", "T1", "2018"), 16);
  EXPECT_EQ(Aggregate(values, "visits", "T1", "2019"), std::nullopt);
}

TEST_F(AggregatorTest, StocksTakeTheLatestValueInThePeriod) {
  const std::vector<core::DataValue> values = {Value("staff", "201803", "T1", 2), Value("staff", "201811", "T1", 3.5),
                                               Value("staff", "201806", "T2", 1)};
  EXPECT_EQ(Aggregate(values, "staff", "T1", "2018"), 3.5);
  EXPECT_EQ(Aggregate(values, "staff", "R1", "2018"), 3.5);  // T2 sits in R2 from 2018
  EXPECT_EQ(Aggregate(values, "staff", "NO", "2018"), 4.5);
}

TEST_F(AggregatorTest, DistinctCountsAreNeverAddedUp) {
  const std::vector<core::DataValue> values = {Value("patients", "2018", "T1", 10), Value("patients", "2018", "NO", 12),
                                               Value("patients", "201801", "T2", 4),
                                               Value("patients", "2017", "T1", 2, "A"),
                                               Value("patients", "2017", "T1", 3, "B")};
  EXPECT_EQ(Aggregate(values, "patients", "T1", "2018"), 10);
  EXPECT_EQ(Aggregate(values, "patients", "NO", "2018"), 12);
  EXPECT_EQ(Aggregate(values, "patients", "R1", "2018"), std::nullopt);
  EXPECT_EQ(Aggregate(values, "patients", "T2", "2018"), std::nullopt);
  EXPECT_EQ(Aggregate(values, "patients", "T1", "2017"), std::nullopt);
  EXPECT_EQ(Aggregate(values, "patients.B", "T1", "2017"), 3);
}

}  // namespace
}  // namespace polyfon::analytics
