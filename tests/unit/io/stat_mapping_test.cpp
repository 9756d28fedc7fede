// The mapping of statistics tables onto data values, independent of the file format (JSON-stat and
// PX both give a StatCube): period codes, mapping files, roles and codes (docs/formats/json_stat.md).

#include "io/stat_mapping.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/stat_mapping_file.hpp"
#include "io/stat_period.hpp"
#include "test_catalog.hpp"

namespace polyfon::io {
namespace {

using testing::CatalogHolder;

std::string PeriodOf(const char* code) {
  auto id = StatPeriodId(code);
  return id ? *id : "error: " + id.error().message();
}

TEST(StatPeriodTest, ReadsSsbsAndPxsPeriodCodes) {
  EXPECT_EQ(PeriodOf("2020"), "2020");
  EXPECT_EQ(PeriodOf("2020K1"), "2020Q1");
  EXPECT_EQ(PeriodOf("2020Q4"), "2020Q4");
  EXPECT_EQ(PeriodOf("20061"), "2006Q1");  // PX TLIST(Q1)
  EXPECT_EQ(PeriodOf("2020M01"), "202001");
  EXPECT_EQ(PeriodOf("200409"), "200409");  // PX TLIST(M1), as DHIS2 writes months
  EXPECT_EQ(PeriodOf("2004M09"), "200409");
  EXPECT_EQ(PeriodOf("2020U05"), "2020W05");
  EXPECT_EQ(PeriodOf("2020W5"), "2020W05");
  EXPECT_EQ(PeriodOf("2020K5"), "error: '2020K5': quarter must be Q1 to Q4");
  EXPECT_EQ(PeriodOf("2020M1"),
            "error: '2020M1' is not a period Polyfon reads (a year 2020, a quarter 2020K1, 20201 or 2020Q1, a month "
            "2020M01 or 202001, or a week 2020U01 or 2020W01)");
  for (const char* bad : {"", "20", "2020-2021", "2020H1", "202001011", "År 2020", "2020K01"}) {
    EXPECT_FALSE(StatPeriodId(bad).has_value()) << bad;
  }
}

TEST(StatMappingFileTest, ReadsEveryKindOfRule) {
  auto mapping = ParseStatMapping("m.txt",
                                  "\xEF\xBB\xBF# SSB table 11342\r\n"
                                  "dimension Region = orgunit\r\n"
                                  "dimension \"marital status\" = keep \"never married\"  # the rest is skipped\n"
                                  "dimension Kjonn=combo\n"
                                  "\n"
                                  "element = population\n"
                                  "code Region 46 = F-46\n"
                                  "code Kjonn 0 = default\n"
                                  "code Region 46 = F-46\n"  // the same again is no conflict
                                  "code \"marital status\" \"say \"\"hi\"\"\" = x#1");
  ASSERT_TRUE(mapping.has_value()) << mapping.error().message();
  EXPECT_EQ(mapping->file_name, "m.txt");
  ASSERT_EQ(mapping->dimensions.size(), 3u);
  EXPECT_EQ(mapping->dimensions[0].dimension, "Region");
  EXPECT_EQ(mapping->dimensions[0].role, StatRole::kOrgUnit);
  EXPECT_EQ(mapping->dimensions[0].line, 2);
  EXPECT_EQ(mapping->dimensions[1].dimension, "marital status");
  EXPECT_EQ(mapping->dimensions[1].role, StatRole::kKeep);
  EXPECT_EQ(mapping->dimensions[1].keep, "never married");
  EXPECT_EQ(mapping->dimensions[2].role, StatRole::kCombo);
  EXPECT_EQ(mapping->element.code, "population");
  EXPECT_EQ(mapping->element.line, 6);
  EXPECT_TRUE(mapping->org_unit.code.empty());
  EXPECT_EQ(mapping->codes.size(), 3u);
  EXPECT_EQ(mapping->codes.at({"Region", "46"}).code, "F-46");
  EXPECT_EQ(mapping->codes.at({"Region", "46"}).line, 7);
  EXPECT_EQ(mapping->codes.at({"marital status", "say \"hi\""}).code, "x#1");
  EXPECT_EQ(mapping->Where(7), "m.txt:7");
  // A dimension may have a role and a kept category; two roles or two kept categories it may not.
  auto both = ParseStatMapping("m.txt", "dimension Region = orgunit\ndimension Region = keep 0\n");
  ASSERT_TRUE(both.has_value()) << both.error().message();
  EXPECT_EQ(both->dimensions.size(), 2u);
  EXPECT_EQ(ParseStatMapping("m.txt", "dimension Region = keep 0\ndimension Region = keep 1\n").error().message(),
            "m.txt:2: dimension Region is given another meaning on line 1");
}

TEST(StatMappingFileTest, NamesTheLineOfEachBadRule) {
  auto mapping = ParseStatMapping("m.txt",
                                  "dimension Region orgunit\n"
                                  "dimension Region = county\n"
                                  "dimension Tid = keep\n"
                                  "code Region 46 = F-46\n"
                                  "code Region 46 = F-12\n"
                                  "dimension Region = orgunit\n"
                                  "dimension Fylke = orgunit\n"
                                  "element = population\n"
                                  "element = mt_patients\n"
                                  "code Region \"46 = F-46\n"
                                  "region 46 = F-46\n"
                                  "= F-46\n"
                                  "code Region = F-46\n");
  ASSERT_FALSE(mapping.has_value());
  EXPECT_EQ(mapping.error().message(),
            "m.txt:1: no '='; expected 'dimension NAME = ROLE', 'code DIMENSION CODE = TARGET', 'orgunit = CODE', "
            "'period = PERIOD' or 'element = CODE'\n"
            "m.txt:2: unknown role 'county' (expected orgunit, period, element, combo, attribute or keep CATEGORY)\n"
            "m.txt:3: keep needs the category kept: 'dimension Tid = keep CODE'\n"
            "m.txt:5: Region 46 is mapped to 'F-46' on line 4\n"
            "m.txt:7: dimension Region is the orgunit already (line 6)\n"
            "m.txt:9: element is given as 'population' on line 8\n"
            "m.txt:10: a quote is not closed\n"
            "m.txt:11: not a rule; expected 'dimension NAME = ROLE', 'code DIMENSION CODE = TARGET', 'orgunit = "
            "CODE', 'period = PERIOD' or 'element = CODE' (quote names and codes with spaces: \"marital status\")\n"
            "m.txt:12: nothing before '='; expected 'dimension NAME = ROLE', 'code DIMENSION CODE = TARGET', "
            "'orgunit = CODE', 'period = PERIOD' or 'element = CODE'\n"
            "m.txt:13: not a rule; expected 'dimension NAME = ROLE', 'code DIMENSION CODE = TARGET', 'orgunit = "
            "CODE', 'period = PERIOD' or 'element = CODE' (quote names and codes with spaces: \"marital status\")");
  EXPECT_EQ(ParseStatMapping("m.txt", "code a b = c\n\xFF").error().message(),
            "m.txt:2:1: not a text file (binary data or invalid UTF-8; save it as UTF-8)");
}

// A PX-like table: variables named in the file's language, no roles, no SSB names.
StatCube PxTable() {
  StatCube cube;
  cube.title = "Population by region, sex and year";
  cube.dimensions = {
      {"region", "region", DimensionRole::kOther, {{"00", "Norway"}, {"46", "Vestland"}}},
      {"sex", "sex", DimensionRole::kOther, {{"T", "total"}, {"M", "men"}, {"K", "women"}}},
      {"year", "year", DimensionRole::kTime, {{"2019", "2019"}, {"2020", "2020"}}},
  };
  // region x sex x year, the year varying fastest.
  cube.values = {5328212, 5367580, 2668000,      2690000, 2660000, 2677000,
                 636000,  636531,  std::nullopt, 319000,  317000,  317500};
  cube.symbols = {{5, "p"}, {8, ".."}};
  return cube;
}

class StatMappingTest : public ::testing::Test, public CatalogHolder {
 protected:
  core::Result<ImportBatch> Map(const StatCube& cube, const std::string& rules) const {
    auto mapping = ParseStatMapping("m.txt", rules);
    if (!mapping) return mapping.error();
    return MapStatCube("t.px", cube, &*mapping, index);
  }
  std::string MapError(const StatCube& cube, const std::string& rules) const {
    auto batch = Map(cube, rules);
    return batch ? "(mapped)" : batch.error().message();
  }
};

TEST_F(StatMappingTest, MapsATableWithoutRolesByItsRules) {
  auto batch = Map(PxTable(),
                   "dimension region = orgunit\n"
                   "dimension sex = keep T\n"
                   "element = population\n"
                   "code region 00 = NO\n"
                   "code region 46 = NO-HV\n");
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->rows, 12);
  ASSERT_EQ(batch->values.size(), 4u);
  EXPECT_EQ(batch->values[0], (core::DataValue{"population", "2019", "NO", "default", "default", 5328212, {}}));
  EXPECT_EQ(batch->values[2].org_unit, "NO-HV");
  EXPECT_EQ(batch->values[3].value, 636531);
  EXPECT_TRUE(batch->skipped_symbols.empty());  // the ".." cell is a man's, not kept
}

TEST_F(StatMappingTest, MapsADimensionOntoCombosAndCountsSkippedSymbols) {
  catalog.combos.push_back({"men", "Men", "sex"});
  catalog.combos.push_back({"women", "Women", "sex"});
  catalog.elements[1].combos = {"men", "women"};  // population
  const core::CatalogIndex with_sex(catalog);
  auto mapping = ParseStatMapping("m.txt",
                                  "dimension region = orgunit\n"
                                  "dimension sex = combo\n"
                                  "element = population\n"
                                  "code region 00 = NO\n"
                                  "code region 46 = NO-HV\n"
                                  "code sex T = default\n"
                                  "code sex M = men\n"
                                  "code sex K = women\n");
  ASSERT_TRUE(mapping.has_value()) << mapping.error().message();
  auto batch = MapStatCube("t.px", PxTable(), &*mapping, with_sex);
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  ASSERT_EQ(batch->values.size(), 11u);
  EXPECT_EQ(batch->values[2].combo, "men");
  EXPECT_EQ(batch->values[5].combo, "women");
  EXPECT_EQ(batch->values[5].provenance.comment, "status: p");
  EXPECT_EQ(batch->skipped_symbols, (std::map<std::string, int64_t>{{"..", 1}}));
}

TEST_F(StatMappingTest, SaysWhichDimensionsLackARole) {
  EXPECT_EQ(MapError(PxTable(), ""),
            "t.px: no dimension gives the org unit (none has the role geo or is called Region): name its dimension in "
            "a mapping file (--mapping) with 'dimension NAME = orgunit', or give one code for every cell with "
            "'orgunit = CODE'\n"
            "t.px: no dimension gives the data element (none has the role metric or is called ContentsCode): name its "
            "dimension in a mapping file (--mapping) with 'dimension NAME = element', or give one code for every cell "
            "with 'element = CODE'\n"
            "t.px: dimension region has 2 categories and no role: read one of them with 'dimension region = keep CODE' "
            "(00, 46, ...) or map them with 'dimension region = combo' in a mapping file (--mapping)\n"
            "t.px: dimension sex has 3 categories and no role: read one of them with 'dimension sex = keep CODE' (T, "
            "M, K, ...) or map them with 'dimension sex = combo' in a mapping file (--mapping)");
  // Two dimensions of one file role: the rules must say which.
  StatCube two_times = PxTable();
  two_times.dimensions[1].role = DimensionRole::kTime;
  EXPECT_TRUE(MapError(two_times, "orgunit = NO\nelement = population\ndimension region = keep 00\n")
                  .starts_with("t.px: dimensions sex and year could each give the period: name its dimension in a "
                               "mapping file (--mapping) with 'dimension NAME = period', or give one code for every "
                               "cell with 'period = CODE'\n"));
}

TEST_F(StatMappingTest, NamesTheRuleThatDoesNotFitTheTable) {
  EXPECT_EQ(MapError(PxTable(),
                     "dimension Region = orgunit\n"
                     "dimension sex = keep X\n"
                     "period = 2020H1\n"
                     "element = populasjon\n"),
            "m.txt:1: the table has no dimension Region (it has region, sex, year)\n"
            "m.txt:2: dimension sex has no category X\n"
            "m.txt:3: period = 2020H1, but dimension year gives the period; keep one of the two rules\n"
            "m.txt:4: data element populasjon is not in the catalog\n"
            "t.px: no dimension gives the org unit (none has the role geo or is called Region): name its dimension in "
            "a mapping file (--mapping) with 'dimension NAME = orgunit', or give one code for every cell with "
            "'orgunit = CODE'\n"
            "t.px: dimension region has 2 categories and no role: read one of them with 'dimension region = keep CODE' "
            "(00, 46, ...) or map them with 'dimension region = combo' in a mapping file (--mapping)");
  EXPECT_EQ(MapError(PxTable(),
                     "dimension region = orgunit\n"
                     "dimension sex = keep T\n"
                     "element = population\n"
                     "code region 00 = NO\n"
                     "code region 46 = F-46\n"),
            "t.px: cell region=46, sex=T, year=2019: org unit 46 (Vestland): the mapping (m.txt:5) gives 'F-46', "
            "which is not in the catalog");
}

TEST_F(StatMappingTest, RejectsCellsThatWouldGiveOneValueTwice) {
  StatCube cube = PxTable();
  cube.dimensions[1].categories = {{"T", "total"}, {"M", "men"}, {"K", "women"}};
  EXPECT_EQ(MapError(cube,
                     "dimension region = orgunit\n"
                     "dimension sex = combo\n"
                     "element = population\n"
                     "code region 00 = NO\n"
                     "code region 46 = NO-HV\n"
                     "code sex T = default\n"
                     "code sex M = default\n"
                     "code sex K = IBBE10\n"),
            "t.px: cell region=00, sex=M, year=2019: 2668000 conflicts with 5328212 in cell region=00, sex=T, "
            "year=2019 for the same data element, period, org unit and combos\n"
            "t.px: cell region=00, sex=M, year=2020: 2690000 conflicts with 5367580 in cell region=00, sex=T, "
            "year=2020 for the same data element, period, org unit and combos\n"
            "t.px: cell region=00, sex=K, year=2019: 'IBBE10' is not a combo of data element 'population' (allowed: "
            "default)\n"
            "t.px: cell region=46, sex=M, year=2020: 319000 conflicts with 636531 in cell region=46, sex=T, year=2020 "
            "for the same data element, period, org unit and combos");
}

TEST_F(StatMappingTest, AcceptsNoMappingWhereTheFileSaysEverything) {
  StatCube cube;
  cube.dimensions = {{"Region", "region", DimensionRole::kGeo, {{"0", "Hele landet"}}},
                     {"ContentsCode", "statistikkvariabel", DimensionRole::kMetric, {{"population", "Personer"}}},
                     {"Tid", "år", DimensionRole::kTime, {{"2024", "2024"}}}};
  cube.values = {5550203};
  auto batch = MapStatCube("t.json", cube, nullptr, index);
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  ASSERT_EQ(batch->values.size(), 1u);
  EXPECT_EQ(batch->values[0].org_unit, "NO");
  EXPECT_EQ(batch->values[0].element, "population");
  cube.values = {std::nullopt};
  cube.symbols = {{0, ":"}};
  EXPECT_EQ(MapStatCube("t.json", cube, nullptr, index).error().message(),
            "t.json: no values: the one cell of the table is empty (a file of metadata only, such as a PxWebApi "
            "metadata response, has nothing to import)");
}

TEST(StatSymbolTest, NamesTheCommonSymbols) {
  EXPECT_EQ(StatSymbolMeaning(".."), "not available");
  EXPECT_EQ(StatSymbolMeaning(":"), "confidential");
  EXPECT_EQ(StatSymbolMeaning("."), "not applicable");
  EXPECT_EQ(StatSymbolMeaning("x"), "");
}

}  // namespace
}  // namespace polyfon::io
