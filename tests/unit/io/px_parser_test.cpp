// ParsePx on Statistics Sweden's PX-Axis files and on small files written here
// (docs/formats/px.md). Expected cells were read from the fixtures by hand.

#include "io/px_parser.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "test_catalog.hpp"

namespace polyfon::io {
namespace {

using ::testing::ElementsAre;
using namespace std::string_literals;

core::Result<StatCube> ParseFixture(const std::string& name, std::string_view language = {}) {
  return ParsePx(name, testing::ReadTestFile(name), language);
}

std::string ErrorOf(const std::string& content, std::string_view language = {}) {
  auto cube = ParsePx("t.px", content, language);
  return cube ? "(parsed)" : cube.error().message();
}

std::vector<std::string> Ids(const StatCube& cube) {
  std::vector<std::string> ids;
  for (const StatDimension& dimension : cube.dimensions) ids.push_back(dimension.id);
  return ids;
}

std::vector<size_t> Counts(const StatCube& cube) {
  std::vector<size_t> counts;
  for (const StatDimension& dimension : cube.dimensions) counts.push_back(dimension.categories.size());
  return counts;
}

std::vector<std::string> Codes(const StatDimension& dimension) {
  std::vector<std::string> codes;
  for (const StatCategory& category : dimension.categories) codes.push_back(category.code);
  return codes;
}

std::vector<std::string> Labels(const StatDimension& dimension) {
  std::vector<std::string> labels;
  for (const StatCategory& category : dimension.categories) labels.push_back(category.label);
  return labels;
}

// The row-major index of the cell with one category code per dimension.
size_t CellIndex(const StatCube& cube, const std::vector<std::string>& codes) {
  size_t index = 0;
  for (size_t d = 0; d < cube.dimensions.size(); ++d) {
    const std::vector<StatCategory>& categories = cube.dimensions[d].categories;
    size_t position = 0;
    while (position < categories.size() && categories[position].code != codes.at(d)) ++position;
    EXPECT_LT(position, categories.size()) << "no code " << codes[d] << " in " << cube.dimensions[d].id;
    index = index * categories.size() + position;
  }
  return index;
}

std::optional<double> Cell(const StatCube& cube, const std::vector<std::string>& codes) {
  return cube.values.at(CellIndex(cube, codes));
}

// A small table in UTF-8: region (2) in the stub, year (2) in the heading.
std::string SmallPx(const std::string& data) {
  return "TITLE=\"Test\";\n"
         "STUB=\"region\";\n"
         "HEADING=\"year\";\n"
         "VALUES(\"region\")=\"Oslo\",\"Bergen\";\n"
         "VALUES(\"year\")=\"2020\",\"2021\";\n"
         "DATA=\n" +
         data;
}

TEST(PxParserTest, ReadsPopulationByRegionPeriodAndSex) {
  auto cube = ParseFixture("scb_pxweb_BE0101N1.px");
  ASSERT_TRUE(cube.has_value()) << cube.error().message();
  EXPECT_EQ(cube->title, "Population by region, period and sex");
  EXPECT_THAT(Ids(*cube), ElementsAre("region", "period", "sex"));
  EXPECT_THAT(Counts(*cube), ElementsAre(21u, 2u, 2u));
  ASSERT_EQ(cube->values.size(), 84u);
  EXPECT_TRUE(cube->symbols.empty());
  const StatDimension& region = cube->dimensions[0];
  EXPECT_EQ(region.role, DimensionRole::kGeo);  // it has a MAP
  EXPECT_EQ(region.categories[2].code, "04");
  EXPECT_EQ(region.categories[2].label, "04 Södermanland county");  // ö was 0xF6 in Windows-1252
  EXPECT_EQ(region.categories[3].label, "05 Östergötland county");
  EXPECT_EQ(cube->dimensions[1].role, DimensionRole::kTime);
  EXPECT_EQ(cube->dimensions[1].time_scale, "A1");
  EXPECT_THAT(Codes(cube->dimensions[1]), ElementsAre("2007", "2008"));
  EXPECT_EQ(cube->dimensions[2].role, DimensionRole::kOther);
  EXPECT_THAT(Codes(cube->dimensions[2]), ElementsAre("1", "2"));
  EXPECT_THAT(Labels(cube->dimensions[2]), ElementsAre("men", "women"));
  // The last HEADING variable varies fastest: 961146 988370 977799 1003464 on the first row.
  EXPECT_EQ(cube->values[0], 961146);
  EXPECT_EQ(cube->values[1], 988370);
  EXPECT_EQ(Cell(*cube, {"01", "2008", "2"}), 1003464);
  EXPECT_EQ(Cell(*cube, {"25", "2007", "1"}), 127025);
  EXPECT_EQ(Cell(*cube, {"25", "2008", "2"}), 123149);
}

TEST(PxParserTest, ReadsTheLargeCubeWhoseDataHasNoClosingSemicolon) {
  auto cube = ParseFixture("scb_pxweb_BE0101A1.px");
  ASSERT_TRUE(cube.has_value()) << cube.error().message();
  EXPECT_THAT(Ids(*cube), ElementsAre("region", "marital status", "age", "sex", "period"));
  EXPECT_THAT(Counts(*cube), ElementsAre(21u, 4u, 101u, 2u, 2u));
  ASSERT_EQ(cube->values.size(), 33936u);
  EXPECT_THAT(Codes(cube->dimensions[1]), ElementsAre("OG", "G", "ÄNKL", "SK"));
  EXPECT_EQ(cube->dimensions[1].categories[2].label, "widowers/widows");
  EXPECT_EQ(cube->dimensions[2].categories[100].code, "100+");
  EXPECT_EQ(cube->dimensions[0].categories[11].label, "14 Västra Götaland county");
  EXPECT_EQ(Cell(*cube, {"01", "OG", "0", "1", "2004"}), 13201);
  EXPECT_EQ(Cell(*cube, {"01", "OG", "0", "1", "2005"}), 13079);
  EXPECT_EQ(Cell(*cube, {"01", "G", "40", "2", "2004"}), 7605);     // line 334
  EXPECT_EQ(Cell(*cube, {"14", "ÄNKL", "85", "2", "2004"}), 2641);  // line 9514
  EXPECT_EQ(Cell(*cube, {"14", "ÄNKL", "85", "2", "2005"}), 3123);
  EXPECT_EQ(cube->values.back(), 0);
}

TEST(PxParserTest, KeepsDataSymbolsAsMissingCells) {
  auto cube = ParseFixture("scb_pxweb_BE0101F1datasymbols.px");
  ASSERT_TRUE(cube.has_value()) << cube.error().message();
  EXPECT_THAT(Ids(*cube), ElementsAre("region", "age", "period", "sex"));
  EXPECT_THAT(Counts(*cube), ElementsAre(4u, 3u, 1u, 2u));
  ASSERT_EQ(cube->values.size(), 24u);
  EXPECT_EQ(cube->dimensions[0].categories[2].label, "0114 Upplands Väsby");
  EXPECT_EQ(cube->values[0], 456);
  EXPECT_EQ(cube->values[1], std::nullopt);
  EXPECT_EQ(cube->values[11], std::nullopt);
  EXPECT_EQ(cube->values[22], 20);
  EXPECT_EQ(cube->values[23], 23);
  EXPECT_EQ(cube->symbols, (std::map<size_t, std::string>{
                               {1, "."}, {3, ".."}, {5, "..."}, {7, "...."}, {9, "....."}, {11, "......"}}));
  EXPECT_EQ(Cell(*cube, {"00", "22", "2003", "1"}), 835);
}

TEST(PxParserTest, KeepsQuarterlyTimeCodesAsWritten) {
  auto cube = ParseFixture("scb_pxweb_HA0201E8.px");
  ASSERT_TRUE(cube.has_value()) << cube.error().message();
  // Quoted pieces of one text join as they are, without a space.
  EXPECT_EQ(cube->title, "Volume of imports of goods, base year 2000=100, index by Commoditygroup SITC and period");
  EXPECT_THAT(Ids(*cube), ElementsAre("Commodity group SITC", "period"));
  EXPECT_THAT(Counts(*cube), ElementsAre(9u, 13u));
  const StatDimension& period = cube->dimensions[1];
  EXPECT_EQ(period.role, DimensionRole::kTime);
  EXPECT_EQ(period.time_scale, "Q1");
  EXPECT_EQ(period.categories.front().code, "20061");
  EXPECT_EQ(period.categories.front().label, "2006K1");
  EXPECT_EQ(period.categories.back().code, "20091");
  EXPECT_EQ(cube->dimensions[0].categories[1].code, "0-9");
  EXPECT_EQ(Cell(*cube, {"0+1", "20061"}), 146);
  EXPECT_EQ(Cell(*cube, {"0+1", "20091"}), 176);
  EXPECT_EQ(Cell(*cube, {"8+9", "20091"}), 124);  // the last cell; the file ends without ';'
}

TEST(PxParserTest, KeepsMonthlyTimeCodesAndDecimals) {
  auto cube = ParseFixture("scb_pxweb_PR0101D8.px");
  ASSERT_TRUE(cube.has_value()) << cube.error().message();
  EXPECT_THAT(Ids(*cube), ElementsAre("period"));
  ASSERT_THAT(Counts(*cube), ElementsAre(58u));
  const StatDimension& period = cube->dimensions[0];
  EXPECT_EQ(period.time_scale, "M1");
  EXPECT_EQ(period.categories[0].code, "200409");
  EXPECT_EQ(period.categories[0].label, "2004M09");
  EXPECT_EQ(period.categories[57].code, "200906");
  EXPECT_EQ(cube->values[0], 99.67);
  EXPECT_EQ(cube->values[1], 100.11);
  EXPECT_EQ(cube->values[57], 108.95);
}

TEST(PxParserTest, ReadsEachLanguageOfAMultilingualFile) {
  const std::string name = "scb_pxweb_BE0101F1langensvfiolikacelln.px";
  auto english = ParseFixture(name);
  ASSERT_TRUE(english.has_value()) << english.error().message();
  EXPECT_EQ(english->title, "Migration by region, age, period, type and sex");
  EXPECT_THAT(Ids(*english), ElementsAre("region", "age", "period", "type", "sex"));
  EXPECT_THAT(Counts(*english), ElementsAre(4u, 3u, 1u, 2u, 2u));
  EXPECT_EQ(english->dimensions[3].role, DimensionRole::kMetric);  // CONTVARIABLE
  EXPECT_THAT(Codes(english->dimensions[3]), ElementsAre("BE0101F1", "BE0101F2"));
  EXPECT_THAT(Labels(english->dimensions[3]), ElementsAre("Inmigrated", "Outmigrated"));
  EXPECT_EQ(english->dimensions[0].categories[0].label, "00 Sweden");
  ASSERT_EQ(english->values.size(), 48u);
  EXPECT_EQ(Cell(*english, {"00", "20", "2003", "BE0101F1", "1"}), 456);
  EXPECT_EQ(Cell(*english, {"00", "20", "2003", "BE0101F2", "2"}), 327);
  EXPECT_EQ(Cell(*english, {"0115", "22", "2003", "BE0101F2", "2"}), 35);

  auto named = ParseFixture(name, "en");
  ASSERT_TRUE(named.has_value()) << named.error().message();
  EXPECT_EQ(named->dimensions[0].categories[0].label, "00 Sweden");

  auto swedish = ParseFixture(name, "sv");
  ASSERT_TRUE(swedish.has_value()) << swedish.error().message();
  EXPECT_EQ(swedish->title, "Flyttningar efter region, ålder, tid, typ och kön");
  // Ids stay in the default language, so every language maps alike; labels are Swedish.
  EXPECT_THAT(Ids(*swedish), ElementsAre("region", "age", "period", "type", "sex"));
  EXPECT_EQ(swedish->dimensions[1].label, "ålder");
  EXPECT_EQ(swedish->dimensions[4].label, "kön");
  EXPECT_THAT(Codes(swedish->dimensions[0]), ElementsAre("00", "01", "0114", "0115"));
  EXPECT_THAT(Labels(swedish->dimensions[0]),
              ElementsAre("00 Riket", "01 Stockholms län", "0114 Upplands Väsby", "0115 Vallentuna"));
  EXPECT_THAT(Labels(swedish->dimensions[3]), ElementsAre("Inflyttade", "Utflyttade"));
  EXPECT_THAT(Labels(swedish->dimensions[4]), ElementsAre("män", "kvinnor"));
  EXPECT_EQ(swedish->dimensions[2].role, DimensionRole::kTime);
  EXPECT_EQ(swedish->dimensions[3].role, DimensionRole::kMetric);
  EXPECT_EQ(swedish->values, english->values);

  auto finnish = ParseFixture(name, "fi");
  ASSERT_TRUE(finnish.has_value()) << finnish.error().message();
  EXPECT_EQ(finnish->title, "Väestönmuutokset muuttujina kunta, ikä, aika, tyypi ja sukupuoli");
  EXPECT_EQ(finnish->dimensions[0].label, "kunta");
  EXPECT_EQ(finnish->dimensions[0].categories[0].label, "Ruotsi");
  EXPECT_EQ(finnish->dimensions[0].categories[0].code, "00");
  EXPECT_THAT(Labels(finnish->dimensions[3]), ElementsAre("Tulomuutto", "Lähtömuutto"));
  EXPECT_THAT(Labels(finnish->dimensions[4]), ElementsAre("miehet", "naiset"));
  EXPECT_EQ(finnish->values, english->values);

  EXPECT_EQ(ErrorOf(testing::ReadTestFile(name), "de"),
            "t.px:4: LANGUAGES: no language 'de' in the file (it has en, sv, fi)");
}

TEST(PxParserTest, NamesTheOnlyLanguageOfAMonolingualFile) {
  EXPECT_EQ(ErrorOf(testing::ReadTestFile("scb_pxweb_BE0101N1.px"), "sv"),
            "t.px:3: LANGUAGE: no language 'sv' in the file (it has only en)");
  EXPECT_EQ(ErrorOf(SmallPx("1 2 3 4;\n"), "sv"),
            "t.px: LANGUAGE: no language 'sv' in the file (it names no language; read it without one)");
}

TEST(PxParserTest, DecodesTheDeclaredCodePage) {
  const std::string body =
      "STUB=\"region\";\nVALUES(\"region\")=\"Stockholms l\xE4n\",\"G\xE4vleborgs l\xE4n\";\nDATA=\n1 2;\n";
  for (const std::string header : {"CHARSET=\"ANSI\";\n", "CODEPAGE=\"iso-8859-1\";\n", "CODEPAGE=\"windows-1252\";\n",
                                   "CHARSET=\"ANSI\";\nCODEPAGE=\"iso-8859-1\";\n"}) {
    auto cube = ParsePx("t.px", header + body);
    ASSERT_TRUE(cube.has_value()) << header << cube.error().message();
    EXPECT_THAT(Labels(cube->dimensions[0]), ElementsAre("Stockholms län", "Gävleborgs län")) << header;
  }
  // Without a declaration the file is UTF-8; a UTF-8 byte order mark is skipped.
  auto cube = ParsePx("t.px", "\xEF\xBB\xBFSTUB=\"region\";\nVALUES(\"region\")=\"Stockholms län\";\nDATA=\n1;\n");
  ASSERT_TRUE(cube.has_value()) << cube.error().message();
  EXPECT_EQ(cube->dimensions[0].categories[0].label, "Stockholms län");
  // The Windows-1252 characters that ISO 8859-1 lacks: the ellipsis (0x85) and the euro sign (0x80).
  cube = ParsePx("t.px", "CHARSET=\"ANSI\";\nSTUB=\"x\";\nVALUES(\"x\")=\"a\x85\",\"\x80\";\nDATA=\n1 2;\n");
  ASSERT_TRUE(cube.has_value()) << cube.error().message();
  EXPECT_THAT(Labels(cube->dimensions[0]), ElementsAre("a…", "€"));
}

TEST(PxParserTest, ReportsBytesThatAreNoCharacterOfTheCodePage) {
  EXPECT_EQ(ErrorOf("CODEPAGE=\"windows-1252\";\nSTUB=\"region\";\nVALUES(\"region\")=\"a\x81\";\nDATA=\n1;\n"),
            "t.px:3: VALUES: byte 0x81 is no character in code page windows-1252 "
            "(CODEPAGE=\"windows-1252\" on line 1)");
  EXPECT_EQ(ErrorOf("STUB=\"region\";\nVALUES(\"region\")=\"Stockholms l\xE4n\";\nDATA=\n1;\n"),
            "t.px:2: VALUES: byte 0xE4 is not UTF-8, and no CODEPAGE or CHARSET names another code page");
  EXPECT_EQ(ErrorOf("CODEPAGE=\"utf-8\";\nSTUB=\"region\";\nVALUES(\"region\")=\"a\";\nDATA=\n1\xE4;\n"),
            "t.px:5: DATA: byte 0xE4 is not UTF-8 (CODEPAGE=\"utf-8\" on line 1)");
  EXPECT_EQ(ErrorOf("CODEPAGE=\"klingon\";\nSTUB=\"x\";\n"), "t.px:1: CODEPAGE: unknown code page 'klingon'");
  EXPECT_EQ(ErrorOf("CODEPAGE=\"utf-8//IGNORE\";\nSTUB=\"x\";\n"),
            "t.px:1: CODEPAGE: unknown code page 'utf-8//IGNORE'");
  EXPECT_EQ(ErrorOf("CHARSET=\"OEM\";\nSTUB=\"x\";\n"),
            "t.px:1: CHARSET: 'OEM' is no character set the format knows (ANSI); name the code page with CODEPAGE");
  EXPECT_EQ(ErrorOf("STUB=\"x\";\nVALUES(\"x\")=\"a\0\";\n"s), "t.px:2: VALUES: a NUL byte: not a text file");
}

TEST(PxParserTest, ReadsTimeRangesAndOldTimeLists) {
  std::string cells;
  for (int i = 0; i < 18; ++i) cells += "1 ";
  auto cube = ParsePx("t.px",
                      "STUB=\"quarter\",\"week\",\"year\";\n"
                      "VALUES(\"quarter\")=\"a\",\"b\",\"c\";\n"
                      "VALUES(\"week\")=\"a\",\"b\",\"c\";\n"
                      "VALUES(\"year\")=\"a\",\"b\";\n"
                      "TIMEVAL(\"quarter\")=TLIST(Q1,\"20194\"-\"20202\");\n"
                      "TIMEVAL(\"week\")=TLIST(W1),\"202052\"-\"202101\";\n"
                      "TIMEVAL(\"year\")=\"2019\",\"2020\";\n"
                      "DATA=\n" +
                          cells + ";\n");
  ASSERT_TRUE(cube.has_value()) << cube.error().message();
  EXPECT_THAT(Codes(cube->dimensions[0]), ElementsAre("20194", "20201", "20202"));
  EXPECT_THAT(Codes(cube->dimensions[1]), ElementsAre("202052", "202053", "202101"));  // 2020 has 53 ISO weeks
  EXPECT_EQ(cube->dimensions[1].time_scale, "W1");
  EXPECT_THAT(Codes(cube->dimensions[2]), ElementsAre("2019", "2020"));
  EXPECT_EQ(cube->dimensions[2].time_scale, "");
  EXPECT_EQ(cube->dimensions[2].role, DimensionRole::kTime);
}

TEST(PxParserTest, ReadsDashColonAndBareSymbols) {
  auto cube = ParsePx("t.px", SmallPx("\"-\",\":\"\n.. 1.5\n"));
  ASSERT_TRUE(cube.has_value()) << cube.error().message();
  EXPECT_THAT(cube->values, ElementsAre(std::nullopt, std::nullopt, std::nullopt, 1.5));
  EXPECT_EQ(cube->symbols, (std::map<size_t, std::string>{{0, "-"}, {1, ":"}, {2, ".."}}));
  cube = ParsePx("t.px", SmallPx("-3 0\r\n\t12.25 \"....\";\r\n\x1A"));
  ASSERT_TRUE(cube.has_value()) << cube.error().message();
  EXPECT_THAT(cube->values, ElementsAre(-3, 0, 12.25, std::nullopt));
}

TEST(PxParserTest, RejectsBadInputWithFileLineAndKeyword) {
  EXPECT_EQ(ErrorOf("CHARSET=\"ANSI\";\nTITLE=\"Population;\nSTUB=\"region\";\n"),
            "t.px:2: TITLE: unterminated string (a quoted text must end on the line it starts on)");
  EXPECT_EQ(ErrorOf("TITLE=\"Test\";\nSTUB=\"region\";\nVALUES(\"region\")=\"Oslo\";\n"),
            "t.px: DATA: missing (the cells must follow DATA= at the end of the file)");
  EXPECT_EQ(ErrorOf(SmallPx("1 2\n3;\n")), "t.px:8: DATA has 3 cells, expected 4 (STUB × HEADING = 2 × 2)");
  EXPECT_EQ(ErrorOf(SmallPx("1 2\n3 4 5\n")), "t.px:8: DATA has 5 cells, expected 4 (STUB × HEADING = 2 × 2)");
  EXPECT_EQ(ErrorOf(SmallPx("1 2\n3 12a;\n")), "t.px:8: DATA: cell 4 is '12a', not a number or a data symbol");
  EXPECT_EQ(ErrorOf(SmallPx("1 \"n/a\"\n3 1e5;\n")),
            "t.px:7: DATA: cell 2 is \"n/a\", not a data symbol (\".\" to \"......\", \"-\" or \":\")\n"
            "t.px:8: DATA: cell 4 is '1e5', not a number or a data symbol");
  EXPECT_EQ(ErrorOf(SmallPx("1 2\n3 \"..;\n")),
            "t.px:8: DATA: unterminated string (a quoted symbol must end on the line it starts on)");
  EXPECT_EQ(ErrorOf(SmallPx("1 2 3 4;\nNOTE=\"late\";\n")),
            "t.px:8: DATA: 'N' after the ';' that ends DATA (DATA must be the file's last keyword)");
  EXPECT_EQ(ErrorOf("TITLE=\"Test\"\nSTUB=\"region\";\n"),
            "t.px:1: TITLE: no ';' ends the value (the next keyword's '=' is on line 2)");
  EXPECT_EQ(ErrorOf("TITLE=\"Test\";\nSTUB=\"region\""), "t.px:2: STUB: no ';' ends the value before the file ends");
  EXPECT_EQ(ErrorOf("TITLE=\"Test\";\n=\"x\";\n"), "t.px:2: expected a keyword such as TITLE, found '='");
  EXPECT_EQ(ErrorOf("VALUES(region)=\"x\";\n"), "t.px:1: VALUES: expected a quoted subkey after '(', found 'r'");
  EXPECT_EQ(ErrorOf("VALUES[sv(\"a\")=\"x\";\n"),
            "t.px:1: VALUES: expected a language code and ']' after '[', found '('");
  EXPECT_EQ(ErrorOf("TITLE \"x\";\n"), "t.px:1: TITLE: expected '=' after the keyword, found '\"'");
  EXPECT_EQ(ErrorOf("TITLE=\"a\",\"b\";\n"), "t.px:1: TITLE: expected one quoted text, found \"a\",\"b\"");
  EXPECT_EQ(ErrorOf("DECIMALS=two;\n"), "t.px:1: DECIMALS: expected a whole number, found two");
  EXPECT_EQ(ErrorOf("DECIMALS=16;\n"), "t.px:1: DECIMALS: 16 is not a number of decimals from 0 to 15");
  EXPECT_EQ(ErrorOf("TITLE=\"Test\";\nDATA=\n1;\n"),
            "t.px: STUB, HEADING: both missing; one of them must list the table's variables");
  EXPECT_EQ(ErrorOf("STUB=\"region\";\nDATA=\n1;\n"), "t.px:1: STUB: variable \"region\" has no VALUES(\"region\")");
  EXPECT_EQ(ErrorOf("STUB=\"a\";\nHEADING=\"a\";\n"), "t.px:2: HEADING: variable \"a\" is named twice");
  EXPECT_EQ(ErrorOf("STUB=\"a\";\nVALUES(\"a\")=\"x\",\"y\";\nCODES(\"a\")=\"1\";\nDATA=\n1 2;\n"),
            "t.px:3: CODES(\"a\"): 1 code for the 2 values of VALUES on line 2");
  EXPECT_EQ(ErrorOf("STUB=\"a\";\nVALUES(\"a\")=\"x\",\"y\",\"z\";\nCODES(\"a\")=\"1\",\"2\",\"1\";\nDATA=\n1 2 3;\n"),
            "t.px:3: CODES(\"a\"): \"1\" is given twice (items 1 and 3)");
  EXPECT_EQ(ErrorOf("STUB=\"a\";\nVALUES(\"a\")=\"x\";\nVALUES(\"a\")=\"y\";\n"),
            "t.px:3: VALUES(\"a\"): given twice (first on line 2)");
  EXPECT_EQ(ErrorOf("STUB=\"a\";\nVALUES(\"a\")=\"x\";\nCONTVARIABLE=\"b\";\nDATA=\n1;\n"),
            "t.px:3: CONTVARIABLE: \"b\" is not a variable of STUB or HEADING");
  EXPECT_EQ(
      ErrorOf("STUB=\"a\";\nKEYS(\"a\")=CODES;\n"),
      "t.px:2: KEYS(\"a\"): files with KEYS (DATA as sparse rows) are not supported; save the table without KEYS");
  EXPECT_EQ(ErrorOf("DATA[sv]=\n1;\n"), "t.px:1: DATA[sv]: DATA takes no language or subkey");
  EXPECT_EQ(ErrorOf(""), "t.px: file is empty");
}

TEST(PxParserTest, RejectsBadTimeLists) {
  const std::string head = "STUB=\"t\";\nVALUES(\"t\")=\"a\",\"b\";\n";
  EXPECT_EQ(ErrorOf(head + "TIMEVAL(\"t\")=TLIST(D1),\"1\",\"2\";\nDATA=\n1 2;\n"),
            "t.px:3: TIMEVAL(\"t\"): TLIST(D1): unknown time scale (A1 years, H1 half-years, Q1 quarters, M1 months "
            "or W1 weeks)");
  EXPECT_EQ(ErrorOf(head + "TIMEVAL(\"t\")=TLIST(A1),\"2004\";\nDATA=\n1 2;\n"),
            "t.px:3: TIMEVAL(\"t\"): 1 period for the 2 values of VALUES on line 2");
  EXPECT_EQ(ErrorOf(head + "TIMEVAL(\"t\")=TLIST(Q1,\"2006K1\"-\"2006K2\");\nDATA=\n1 2;\n"),
            "t.px:3: TIMEVAL(\"t\"): range \"2006K1\"-\"2006K2\": a TLIST(Q1) range must be written in codes such as "
            "20041");
  EXPECT_EQ(ErrorOf(head + "TIMEVAL(\"t\")=TLIST(A1,\"2005\"-\"2004\");\nDATA=\n1 2;\n"),
            "t.px:3: TIMEVAL(\"t\"): range \"2005\"-\"2004\" ends before it starts");
  EXPECT_EQ(ErrorOf(head + "TIMEVAL(\"t\")=TLIST(A1);\nDATA=\n1 2;\n"),
            "t.px:3: TIMEVAL(\"t\"): expected TLIST(A1),\"2004\",\"2005\" or TLIST(A1,\"2004\"-\"2005\"), found "
            "TLIST(A1)");
}

TEST(PxParserTest, JoinsQuotedPiecesWithinListItems) {
  auto cube = ParsePx("t.px",
                      "TITLE=\"One \"\n\"two \"\n\"three\";\nSTUB=\"x\";\n"
                      "VALUES(\"x\")=\"a\" \"b\",\"c\"\n\"d\" \"e\",\"f\";\nDATA=\n1 2 3;\n");
  ASSERT_TRUE(cube.has_value()) << cube.error().message();
  EXPECT_EQ(cube->title, "One two three");
  EXPECT_THAT(Labels(cube->dimensions[0]), ElementsAre("ab", "cde", "f"));
}

// Every prefix of a file is malformed in some way; none may crash or hang the parser. The file is
// small, but has every construct: a code page, languages, subkeys, joined pieces, TLIST, symbols.
TEST(PxParserTest, SurvivesEveryTruncationOfAFile) {
  const std::string content =
      "CHARSET=\"ANSI\";\nLANGUAGE=\"en\";\nLANGUAGES=\"en\",\"sv\";\nTITLE=\"Migration \"\n\"by region\";\n"
      "TITLE[sv]=\"Flyttningar\";\nSTUB=\"region\";\nSTUB[sv]=\"l\xE4n\";\nHEADING=\"period\",\"type\";\n"
      "HEADING[sv]=\"tid\",\"typ\";\nCONTVARIABLE=\"type\";\nVALUES(\"region\")=\"Sweden\",\"Stockholm\";\n"
      "VALUES[sv](\"l\xE4n\")=\"Riket\",\"Stockholms l\xE4n\";\nVALUES(\"period\")=\"2003\",\"2004\";\n"
      "VALUES(\"type\")=\"In\",\"Out\";\nCODES(\"region\")=\"00\",\"01\";\n"
      "TIMEVAL(\"period\")=TLIST(A1,\"2003\"-\"2004\");\nCELLNOTE(\"*\", \"2003\")=\"note\";\n"
      "DATA=\n456 \"..\" 223 \"-\"\n613 948 305 12.5;\n";
  ASSERT_TRUE(ParsePx("t.px", content)) << ParsePx("t.px", content).error().message();
  ASSERT_TRUE(ParsePx("t.px", content, "sv"));
  size_t parsed = 0;
  for (size_t size = 0; size < content.size(); ++size) {
    const std::string_view prefix = std::string_view(content).substr(0, size);
    if (ParsePx("t.px", prefix)) ++parsed;
    if (ParsePx("t.px", prefix, "sv")) ++parsed;
  }
  // Only these still hold 8 cells, in either language: the file without its last line break, without
  // its ';' as well, and with its last cell cut to "12.", "12" or "1".
  EXPECT_EQ(parsed, 10u);
}

}  // namespace
}  // namespace polyfon::io
