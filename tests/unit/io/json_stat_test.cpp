// JSON-stat 2.0 datasets: ParseJsonStat, and ParseImport on SSB's tables and Polyfon's own export
// (docs/formats/json_stat.md).

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "io/import_format.hpp"
#include "io/importer.hpp"
#include "io/json_stat_parser.hpp"
#include "test_catalog.hpp"

namespace polyfon::io {
namespace {

using testing::CatalogHolder;
using ::testing::HasSubstr;
using testing::ReadTestFile;

constexpr const char* kSsbFile = "ssb_07459_population_counties_2020_2023.json";
constexpr const char* kSsbMapping = "ssb_07459_mapping.txt";
constexpr const char* kMetadataFile = "ssb_pxwebapi2_05810_metadata_jsonstat2.json";

class JsonStatTest : public ::testing::Test, public CatalogHolder {
 protected:
  // Imports `content` as f.json (detected), with a mapping file m.txt when `mapping` is not empty.
  core::Result<ImportBatch> Import(const std::string& content, const std::string& mapping = "") const {
    ImportOptions options = testing::TestOptions();
    if (!mapping.empty()) options.mapping = MappingFile{"m.txt", mapping};
    return ParseImport("f.json", content, index, options);
  }
  std::string ImportError(const std::string& content, const std::string& mapping = "") const {
    auto result = Import(content, mapping);
    return result ? "(parsed)" : result.error().message();
  }
  std::string ParseError(const std::string& content) const {
    auto result = ParseJsonStat("f.json", content);
    return result ? "(parsed)" : result.error().message();
  }
};

// A dataset in SSB's layout for Region 0, Personer1 and the given years, values and status.
std::string SsbTable(const std::string& years, const std::string& values, const std::string& status = "") {
  std::string tid_index;
  std::string tid_label;
  size_t count = 0;
  for (size_t start = 0; start < years.size(); ++count) {
    size_t end = years.find(',', start);
    if (end == std::string::npos) end = years.size();
    const std::string year = years.substr(start, end - start);
    tid_index += (count ? "," : "") + ("\"" + year + "\":" + std::to_string(count));
    tid_label += (count ? "," : "") + ("\"" + year + "\":\"" + year + "\"");
    start = end + 1;
  }
  return R"({"class":"dataset","label":"07459","id":["Region","ContentsCode","Tid"],"size":[1,1,)" +
         std::to_string(count) +
         R"(],"dimension":{"Region":{"label":"region","category":{"index":{"0":0},"label":{"0":"Hele landet"}}},)"
         R"("ContentsCode":{"label":"statistikkvariabel","category":{"index":{"Personer1":0},"label":{"Personer1":"Personer"}}},)"
         R"("Tid":{"label":"år","category":{"index":{)" +
         tid_index + R"(},"label":{)" + tid_label + R"(}}}},"value":)" + values +
         (status.empty() ? "" : ",\"status\":" + status) +
         R"(,"role":{"time":["Tid"],"metric":["ContentsCode"],"geo":["Region"]},"version":"2.0"})";
}

constexpr const char* kPopulation = "code ContentsCode Personer1 = population\n";

TEST_F(JsonStatTest, ReadsTheDimensionsOfSsbsMetadataResponse) {
  auto cube = ParseJsonStat(kMetadataFile, ReadTestFile(kMetadataFile));
  ASSERT_TRUE(cube.has_value()) << cube.error().message();
  EXPECT_EQ(cube->title, "05810: Population, by sex and age 1845-2025");
  ASSERT_EQ(cube->dimensions.size(), 4u);
  const StatDimension& sex = cube->dimensions[0];
  EXPECT_EQ(sex.id, "Kjonn");
  EXPECT_EQ(sex.label, "gender");
  EXPECT_EQ(sex.role, DimensionRole::kOther);
  // The object form of the index gives the order: "2" (Females) is at position 1.
  ASSERT_EQ(sex.categories.size(), 3u);
  EXPECT_EQ(sex.categories[0].code, "0");
  EXPECT_EQ(sex.categories[1].code, "2");
  EXPECT_EQ(sex.categories[1].label, "Females");
  EXPECT_EQ(sex.categories[2].label, "Males");
  EXPECT_EQ(cube->dimensions[1].id, "Alder");
  EXPECT_EQ(cube->dimensions[1].categories.size(), 7u);
  EXPECT_EQ(cube->dimensions[1].categories[6].label, "80 years or older");
  EXPECT_EQ(cube->dimensions[2].id, "ContentsCode");
  EXPECT_EQ(cube->dimensions[2].role, DimensionRole::kMetric);
  EXPECT_EQ(cube->dimensions[3].id, "Tid");
  EXPECT_EQ(cube->dimensions[3].role, DimensionRole::kTime);
  EXPECT_EQ(cube->dimensions[3].categories.front().code, "1845");
  EXPECT_EQ(cube->dimensions[3].categories.size(), 49u);
  // "value": [] leaves every cell empty.
  EXPECT_EQ(cube->CellCount(), 3u * 7 * 1 * 49);
  ASSERT_EQ(cube->values.size(), cube->CellCount());
  EXPECT_FALSE(cube->values.front().has_value());
  EXPECT_TRUE(cube->symbols.empty());
}

TEST_F(JsonStatTest, RejectsAMetadataResponseAsHavingNoValues) {
  EXPECT_EQ(DetectImportFormat(kMetadataFile, ReadTestFile(kMetadataFile)).value(), ImportFormat::kJsonStat);
  EXPECT_EQ(ImportError(ReadTestFile(kMetadataFile)),
            "f.json: no values: all 1029 cells of the table are empty (a file of metadata only, such as a PxWebApi "
            "metadata response, has nothing to import)");
}

TEST_F(JsonStatTest, ImportsSsbsNationalFigures) {
  const std::string table = ReadTestFile(kSsbFile);
  EXPECT_EQ(DetectImportFormat(kSsbFile, table).value(), ImportFormat::kJsonStat);
  // Region 0 is Norway; the counties are read only where the mapping keeps them.
  auto batch = Import(table, ReadTestFile(kSsbMapping) + "dimension Region = keep 0\n");
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->format, ImportFormat::kJsonStat);
  EXPECT_EQ(batch->rows, 48);  // cells: 12 regions x 1 content x 4 years
  ASSERT_EQ(batch->values.size(), 4u);
  EXPECT_EQ(batch->values[0], (core::DataValue{"population", "2020", "NO", "default", "default", 5367580, {}}));
  EXPECT_EQ(batch->values[3].period, "2023");
  EXPECT_EQ(batch->values[3].value, 5488984);   // as data/population_by_health_region.csv has it
  EXPECT_TRUE(batch->skipped_symbols.empty());  // the ".." cell is a county's, not kept
}

TEST_F(JsonStatTest, NamesEveryCountyTheCatalogLacksOnceAtItsFirstCell) {
  EXPECT_EQ(ImportError(ReadTestFile(kSsbFile), ReadTestFile(kSsbMapping)),
            "f.json: cell Region=03, ContentsCode=Personer1, Tid=2020: org unit 03 (Oslo) is not in the catalog and "
            "not in the mapping\n"
            "f.json: cell Region=11, ContentsCode=Personer1, Tid=2020: org unit 11 (Rogaland) is not in the catalog "
            "and not in the mapping\n"
            "f.json: cell Region=15, ContentsCode=Personer1, Tid=2020: org unit 15 (Møre og Romsdal) is not in the "
            "catalog and not in the mapping\n"
            "f.json: cell Region=18, ContentsCode=Personer1, Tid=2020: org unit 18 (Nordland) is not in the catalog "
            "and not in the mapping\n"
            "f.json: cell Region=30, ContentsCode=Personer1, Tid=2020: org unit 30 (Viken) is not in the catalog and "
            "not in the mapping\n"
            "f.json: cell Region=34, ContentsCode=Personer1, Tid=2020: org unit 34 (Innlandet) is not in the catalog "
            "and not in the mapping\n"
            "f.json: cell Region=38, ContentsCode=Personer1, Tid=2020: org unit 38 (Vestfold og Telemark) is not in "
            "the catalog and not in the mapping\n"
            "f.json: cell Region=42, ContentsCode=Personer1, Tid=2020: org unit 42 (Agder) is not in the catalog and "
            "not in the mapping\n"
            "f.json: cell Region=46, ContentsCode=Personer1, Tid=2020: org unit 46 (Vestland) is not in the catalog "
            "and not in the mapping\n"
            "f.json: cell Region=50, ContentsCode=Personer1, Tid=2020: org unit 50 (Trøndelag) is not in the catalog "
            "and not in the mapping\n"
            "... and 1 more problem");
  // Without the mapping, the content has no Polyfon code either.
  EXPECT_EQ(ImportError(SsbTable("2020", "[5367580]")),
            "f.json: cell Region=0, ContentsCode=Personer1, Tid=2020: data element Personer1 (Personer) is not in "
            "the catalog and not in the mapping");
}

TEST_F(JsonStatTest, MapsCountiesByTheCatalogsCodesAndAliases) {
  catalog.org_units.push_back({"F-46", "Vestland", core::OrgUnitKind::kCounty, {}});
  catalog.org_units.push_back({"K-BERGEN", "Bergen kommune", core::OrgUnitKind::kMunicipality, {"4601"}});
  catalog.org_units.push_back({"F-03", "Oslo", core::OrgUnitKind::kCounty, {}});
  const core::CatalogIndex with_counties(catalog);
  const std::string table =
      R"({"version":"2.0","class":"dataset","id":["Region","ContentsCode","Tid"],"size":[5,1,1],"dimension":{)"
      R"("Region":{"category":{"index":["0","46","4601","K-4601","F-03"]}},)"
      R"("ContentsCode":{"category":{"label":{"Personer1":"Personer"}}},"Tid":{"category":{"index":["2021"]}}},)"
      R"("value":[5391369,638821,null,null,697010],"role":{"geo":["Region"],"time":["Tid"],"metric":["ContentsCode"]}})";
  ImportOptions options = testing::TestOptions();
  options.mapping = MappingFile{"m.txt", kPopulation};
  auto batch = ParseImport("f.json", table, with_counties, options);
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  ASSERT_EQ(batch->values.size(), 3u);
  EXPECT_EQ(batch->values[0].org_unit, "NO");
  EXPECT_EQ(batch->values[1].org_unit, "F-46");  // SSB's county number, the catalog's F-NN code
  EXPECT_EQ(batch->values[2].org_unit, "F-03");  // SSB's summed-county code is the catalog's code
  // A municipality number, plain or as SSB's summed "K-" code, is found by the catalog's aliases.
  auto both = ParseImport("f.json", std::string(table).replace(table.find("null,null"), 9, "286930,286931"),
                          with_counties, options);
  ASSERT_FALSE(both.has_value());
  EXPECT_THAT(both.error().message(),
              HasSubstr("f.json: cell Region=K-4601, ContentsCode=Personer1, Tid=2021: 286931 conflicts with 286930 in "
                        "cell Region=4601, ContentsCode=Personer1, Tid=2021"));
}

TEST_F(JsonStatTest, SkipsEmptyCellsAndKeepsTheSymbolsOfNumbers) {
  auto batch = Import(SsbTable("2020,2021,2022,2023,2024", "[5367580,null,5425270,null,null]",
                               R"({"1":"..","2":"p","3":":","4":".."})"),
                      kPopulation);
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  ASSERT_EQ(batch->values.size(), 2u);
  EXPECT_EQ(batch->values[0].provenance.comment, "");
  EXPECT_EQ(batch->values[1].period, "2022");
  EXPECT_EQ(batch->values[1].provenance.comment, "status: p");
  EXPECT_EQ(batch->skipped_symbols, (std::map<std::string, int64_t>{{"..", 2}, {":", 1}}));
  // Status as one string for every cell, or as an array; values as a sparse object.
  batch = Import(SsbTable("2020,2021", R"({"1":5391369})", R"("p")"), kPopulation);
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  ASSERT_EQ(batch->values.size(), 1u);
  EXPECT_EQ(batch->values[0].period, "2021");
  EXPECT_EQ(batch->values[0].provenance.comment, "status: p");
  EXPECT_EQ(batch->skipped_symbols, (std::map<std::string, int64_t>{{"p", 1}}));
  batch = Import(SsbTable("2020,2021", "[null,5391369]", R"([":",null])"), kPopulation);
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->skipped_symbols, (std::map<std::string, int64_t>{{":", 1}}));
}

TEST_F(JsonStatTest, ReadsSsbsPeriodsAsDhis2Periods) {
  auto batch = Import(SsbTable("2020K1,2020M02,2020U05,20204", "[1,2,3,4]"), kPopulation);
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  ASSERT_EQ(batch->values.size(), 4u);
  EXPECT_EQ(batch->values[0].period, "2020Q1");
  EXPECT_EQ(batch->values[1].period, "202002");
  EXPECT_EQ(batch->values[2].period, "2020W05");
  EXPECT_EQ(batch->values[3].period, "2020Q4");
  EXPECT_EQ(ImportError(SsbTable("2020H1,2020M13", "[1,2]"), kPopulation),
            "f.json: cell Region=0, ContentsCode=Personer1, Tid=2020H1: '2020H1' is not a period Polyfon reads (a "
            "year 2020, a quarter 2020K1, 20201 or 2020Q1, a month 2020M01 or 202001, or a week 2020U01 or 2020W01)\n"
            "f.json: cell Region=0, ContentsCode=Personer1, Tid=2020M13: '2020M13': month must be 01 to 12");
}

TEST_F(JsonStatTest, ChecksValuesAsTheElementRequires) {
  EXPECT_EQ(ImportError(SsbTable("2020,2021", "[-3,2.5]"), kPopulation),
            "f.json: cell Region=0, ContentsCode=Personer1, Tid=2020: -3 must be a whole number of 0 or more (data "
            "element population)\n"
            "f.json: cell Region=0, ContentsCode=Personer1, Tid=2021: 2.5 must be a whole number of 0 or more (data "
            "element population)");
}

TEST_F(JsonStatTest, ImportsPolyfonsOwnExportWithoutAMapping) {
  const std::string table =
      R"({"version":"2.0","class":"dataset","label":"Polyfon","id":["dx","co","ou","pe"],"size":[2,2,1,1],)"
      R"("role":{"metric":["dx"],"geo":["ou"],"time":["pe"]},"dimension":{)"
      R"("dx":{"label":"Data","category":{"index":{"mt_patients":0,"mt_positions":1}}},)"
      R"("co":{"label":"Disaggregation","category":{"index":{"default":0,"IBBE10":1}}},)"
      R"("ou":{"label":"Organisation unit","category":{"index":{"NO-HV":0},"label":{"NO-HV":"Helse Vest"}}},)"
      R"("pe":{"label":"Period","category":{"index":{"2018":0}}}},)"
      R"("value":[456,300,0.2,null],"status":{"1":"p"}})";
  EXPECT_EQ(DetectImportFormat("f.json", table).value(), ImportFormat::kJsonStat);
  auto batch = Import(table);
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  ASSERT_EQ(batch->values.size(), 3u);
  EXPECT_EQ(batch->values[0], (core::DataValue{"mt_patients", "2018", "NO-HV", "default", "default", 456, {}}));
  EXPECT_EQ(batch->values[1].combo, "IBBE10");
  EXPECT_EQ(batch->values[1].value, 300);
  EXPECT_EQ(batch->values[2].element, "mt_positions");
  EXPECT_EQ(batch->values[2].value, 0.2);
  // A combo the element does not have is named once.
  EXPECT_EQ(ImportError(std::string(table).replace(table.find("0.2,null"), 8, "0.2,1")),
            "f.json: cell dx=mt_positions, co=IBBE10, ou=NO-HV, pe=2018: 'IBBE10' is not a combo of data element "
            "'mt_positions' (allowed: default)");
}

TEST_F(JsonStatTest, TellsJsonStatFromDhis2JsonByTheTopLevelKeys) {
  EXPECT_EQ(DetectImportFormat("f.json", R"({"dataValues":[], "version":"2.0"})").value(), ImportFormat::kDhis2Json);
  EXPECT_EQ(DetectImportFormat("f.json", R"( {"x":{"version":"2.0","id":[]},"class":"dataset"})").value(),
            ImportFormat::kJsonStat);
  EXPECT_EQ(DetectImportFormat("f.json", R"({"orgUnit":"NO","dataValues":[{"value":"1"}]})").value(),
            ImportFormat::kDhis2Json);
  EXPECT_EQ(DetectImportFormat("f.json", "\xEF\xBB\xBF{\"a\\\"b\":1,\"size\":[1]}").value(), ImportFormat::kJsonStat);
  // No telling key: DHIS2's parser explains what it expected.
  EXPECT_EQ(DetectImportFormat("f.json", R"({"colour":"red"})").value(), ImportFormat::kDhis2Json);
}

TEST_F(JsonStatTest, NamesMalformedJsonByLineAndColumn) {
  EXPECT_EQ(ParseError("{\"version\": \"2.0\",\n  \"class\": \"dataset\",\n  \"id\": [\"a\" \"b\"]}"),
            "f.json:3:16: syntax error while parsing array - unexpected string literal; expected ']'");
  EXPECT_EQ(ParseError("{\"value\": [1,\n 1e999]}"), "f.json:2:6: number overflow parsing '1e999'");
  EXPECT_EQ(ParseError("  "), "f.json: file is empty");
  EXPECT_EQ(ParseError("[1]"), "f.json: expected a JSON-stat dataset (a JSON object), found an array");
}

TEST_F(JsonStatTest, NamesTheJsonPathOfStructuralProblems) {
  EXPECT_EQ(ParseError(R"({"class":"dataset","id":["a"]})"),
            "f.json: version: missing; only JSON-stat 2.0 (\"version\": \"2.0\") is read, not JSON-stat 1.x");
  EXPECT_EQ(ParseError(R"({"version":"2.0","class":"bundle"})"),
            "f.json: class: 'bundle' is not read; import one dataset (\"class\": \"dataset\") at a time");
  EXPECT_EQ(ParseError(R"({"version":"2.0","class":"collection","link":{"item":[{"class":"dataset"},{}]}})"),
            "f.json: class: a collection is read only when it embeds exactly one dataset; this one has 2 items: "
            "import its datasets one at a time");
  EXPECT_EQ(ParseError(R"({"version":"2.0","class":"dataset","id":["a","b","a"],"size":[1,2],"dimension":{}})"),
            "f.json: size: has 2 entries for 3 dimensions in id");
  EXPECT_EQ(ParseError(R"({"version":"2.0","class":"dataset","id":["a","b","a"],"size":[1,-2,1],"dimension":{)"
                       R"("a":{"category":{"index":{"x":0}}}}})"),
            "f.json: size[1]: must be a whole number of 0 or more, found -2\n"
            "f.json: id[2]: 'a' is given twice");
  EXPECT_EQ(ParseError(R"({"version":"2.0","class":"dataset","id":["a","t"],"size":[2,2],"dimension":{)"
                       R"("a":{"category":{"index":{"x":0,"y":0}}},"t":{"category":{"index":["2020"]}}}})"),
            "f.json: dimension.a.category.index.y: position 0 is given twice\n"
            "f.json: dimension.t.category: has 1 categories but size gives 2");
  const std::string two_by_two =
      R"({"version":"2.0","class":"dataset","id":["a","t"],"size":[2,2],"role":{"time":["t","x"]},"dimension":{)"
      R"("a":{"category":{"index":["x","y"]}},"t":{"category":{"index":["2020","2021"]}}},)";
  EXPECT_EQ(ParseError(two_by_two + R"("value":[1,2,3]})"), "f.json: role.time[1]: 'x' is not in id");
  const std::string cube =
      R"({"version":"2.0","class":"dataset","id":["a","t"],"size":[2,2],"role":{"time":["t"]},"dimension":{)"
      R"("a":{"category":{"index":["x","y"]}},"t":{"category":{"index":["2020","2021"]}}},)";
  EXPECT_EQ(ParseError(cube + R"("value":[1,2,3]})"), "f.json: value: has 3 entries for 4 cells (the product of size)");
  EXPECT_EQ(ParseError(cube + R"("value":[1,"2",true,null],"status":{"4":"p","0":7}})"),
            "f.json: status.4: is not a cell (an index from 0 to 3)\n"
            "f.json: status.0: must be a string or null, found 7\n"
            "f.json: value[1]: must be a number or null, found a string\n"
            "f.json: value[2]: must be a number or null, found a boolean");
  EXPECT_EQ(ParseError(cube + "\"status\":\"p\"}"), "f.json: value: missing; a dataset gives its cells in value");
}

TEST_F(JsonStatTest, ReadsACollectionOfOneDatasetAndNamesPathsInIt) {
  const std::string collection =
      R"({"version":"2.0","class":"collection","link":{"item":[{"class":"dataset","id":["Region","ContentsCode","Tid"],)"
      R"("size":[1,1,1],"dimension":{"Region":{"category":{"index":["0"]}},"ContentsCode":{"category":{"index":["Personer1"]}},)"
      R"("Tid":{"category":{"index":["2020"]}}},"value":)";
  auto batch = Import(collection + "[5367580]}]}}", kPopulation);
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  ASSERT_EQ(batch->values.size(), 1u);
  EXPECT_EQ(batch->values[0].org_unit, "NO");  // found by SSB's dimension names, without roles
  EXPECT_EQ(ParseError(collection + R"(["5367580"]}]}})"),
            "f.json: link.item[0].value[0]: must be a number or null, found a string");
}

}  // namespace
}  // namespace polyfon::io
