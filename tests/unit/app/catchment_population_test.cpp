// The bundled catchment areas: population per health trust's area, built from the municipalities of
// each year along the links valid that year.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "app/load_demo.hpp"
#include "app/query_data.hpp"
#include "store/memory/memory_store.hpp"

namespace polyfon::app {
namespace {

class CatchmentPopulationTest : public testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(LoadDemo(*store_, "2026-01-01T00:00:00Z").has_value()); }

  // ou|year -> population.
  std::map<std::string, double> Population(std::vector<std::string> org_units, const char* periods) {
    analytics::QuerySpec spec;
    spec.items = {"population"};
    spec.org_units = std::move(org_units);
    spec.periods = *core::ParsePeriodSelection(periods);
    auto rows = QueryData(*store_, spec);
    EXPECT_TRUE(rows.has_value()) << rows.error().message();
    std::map<std::string, double> out;
    if (!rows) return out;
    for (const auto& row : *rows) {
      if (row.value) out[row.ou + "|" + row.pe] = *row.value;
    }
    return out;
  }

  std::unique_ptr<core::Store> store_ = store::memory::NewMemoryStore();
};

TEST_F(CatchmentPopulationTest, TheAreasAddUpToTheNationInEveryYear) {
  auto pop = Population({"NO", "OO-NO", "OO-HSO", "OO-HV", "OO-HMN", "OO-HN"}, "2015:2024");
  for (int year = 2015; year <= 2024; ++year) {
    const std::string y = std::to_string(year);
    ASSERT_TRUE(pop.contains("OO-NO|" + y)) << y;
    // The municipalities of each year, summed, give SSB's own national total.
    EXPECT_EQ(pop["OO-NO|" + y], pop["NO|" + y]) << y;
    EXPECT_EQ(pop["OO-HSO|" + y] + pop["OO-HV|" + y] + pop["OO-HMN|" + y] + pop["OO-HN|" + y], pop["OO-NO|" + y]) << y;
  }
}

TEST_F(CatchmentPopulationTest, EachYearFollowsTheMunicipalityCodesValidThen) {
  auto pop = Population({"OO-HV-BERGEN", "K-1201", "K-4601"}, "2019:2020");
  // Bergen was 1201 until 2019 and 4601 from 2020; each code holds only its own years.
  EXPECT_TRUE(pop.contains("K-1201|2019"));
  EXPECT_FALSE(pop.contains("K-1201|2020"));
  EXPECT_TRUE(pop.contains("K-4601|2020"));
  EXPECT_FALSE(pop.contains("K-4601|2019"));
  EXPECT_GT(pop["OO-HV-BERGEN|2019"], pop["K-1201|2019"]);
  EXPECT_GT(pop["OO-HV-BERGEN|2020"], pop["K-4601|2020"]);
  // Bergen and its 15 neighbouring municipalities: far more than Bergen, far less than Helse Vest.
  EXPECT_GT(pop["OO-HV-BERGEN|2020"], 440000);
  EXPECT_LT(pop["OO-HV-BERGEN|2020"], 470000);
}

TEST_F(CatchmentPopulationTest, HornindalIsTheWholeDifferenceFromTheCountyBasedRegions) {
  auto pop = Population({"NO-HV", "OO-HV", "NO-HMN", "OO-HMN", "K-1444"}, "2015:2024");
  for (int year = 2015; year <= 2019; ++year) {
    const std::string y = std::to_string(year);
    // Hornindal was in Sogn og Fjordane (Helse Vest's counties) but counts in Volda's area.
    EXPECT_EQ(pop["NO-HV|" + y] - pop["OO-HV|" + y], pop["K-1444|" + y]) << y;
    EXPECT_EQ(pop["OO-HMN|" + y] - pop["NO-HMN|" + y], pop["K-1444|" + y]) << y;
  }
  for (int year = 2020; year <= 2024; ++year) {
    const std::string y = std::to_string(year);
    EXPECT_EQ(pop["NO-HV|" + y], pop["OO-HV|" + y]) << y;
    EXPECT_EQ(pop["NO-HMN|" + y], pop["OO-HMN|" + y]) << y;
  }
}

}  // namespace
}  // namespace polyfon::app
