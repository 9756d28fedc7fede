// The XLSX reader: workbooks written by libxlsxwriter and by hand, and files that are not what they
// claim to be, which must fail with a message rather than crash.

#include "io/xlsx_reader.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "../xlsx_test_support.hpp"

namespace polyfon::io {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;
using xlsx_testing::WriteWorkbook;
using xlsx_testing::ZipOf;

std::string Error(const std::string& content, const XlsxLimits& limits = {}) {
  auto result = ReadXlsx("f.xlsx", content, limits);
  return result ? std::string("(read)") : result.error().message();
}

// A minimal package by hand: the parts Excel needs, with `sheet` as the one worksheet's XML.
std::string Package(const std::string& sheet, const std::string& shared_strings = "") {
  std::vector<std::pair<std::string, std::string>> members{
      {"_rels/.rels",
       R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
       R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
       R"(</Relationships>)"},
      {"xl/workbook.xml",
       R"(<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
       R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
       R"(<x:sheets><x:sheet name="Data" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>)"},
      {"xl/_rels/workbook.xml.rels",
       R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
       R"(<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/>)" +
           std::string(shared_strings.empty() ? "" : R"(<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings/../sharedStrings.xml"/>)") +
           "</Relationships>"},
      {"xl/worksheets/data.xml", sheet},
  };
  if (!shared_strings.empty()) members.emplace_back("xl/sharedStrings.xml", shared_strings);
  return ZipOf(members);
}

std::string Sheet(const std::string& rows) {
  return R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" + rows +
         "</sheetData></worksheet>";
}

TEST(XlsxCellNameTest, NamesAndParsesCells) {
  EXPECT_EQ(XlsxCellName(0, 0), "A1");
  EXPECT_EQ(XlsxCellName(6, 2), "C7");
  EXPECT_EQ(XlsxCellName(0, 25), "Z1");
  EXPECT_EQ(XlsxCellName(0, 26), "AA1");
  EXPECT_EQ(XlsxCellName(1048575, 16383), "XFD1048576");
  for (const char* name : {"A1", "C7", "AA1", "XFD1048576"}) {
    const auto place = ParseXlsxCellName(name);
    ASSERT_TRUE(place) << name;
    EXPECT_EQ(XlsxCellName(place->first, place->second), name);
  }
  EXPECT_EQ(ParseXlsxCellName("$C$7"), std::make_pair(6U, 2U));
  for (const char* bad : {"", "A", "7", "A0", "a1", "1A", "XFE1", "A1048577", "AAAA1", "A1 "}) {
    EXPECT_FALSE(ParseXlsxCellName(bad)) << bad;
  }
}

TEST(XlsxReaderTest, ReadsAWorkbookWrittenWithLibxlsxwriter) {
  const std::string bytes = WriteWorkbook([](lxw_workbook* workbook) {
    lxw_worksheet* first = workbook_add_worksheet(workbook, "Første");
    worksheet_write_string(first, 0, 0, "Helse Sør-Aust", nullptr);
    worksheet_write_string(first, 1, 0, "Helse Sør-Aust", nullptr);  // the same shared string
    worksheet_write_number(first, 0, 1, 1.5, nullptr);
    worksheet_write_number(first, 1, 1, 456, nullptr);
    worksheet_write_boolean(first, 2, 0, 1, nullptr);
    worksheet_write_boolean(first, 2, 1, 0, nullptr);
    worksheet_write_formula_num(first, 3, 0, "=1+2", nullptr, 3);
    worksheet_write_formula_str(first, 3, 1, "=\"a\"&\"b\"", nullptr, "ab");
    lxw_format* format = workbook_add_format(workbook);
    format_set_bold(format);
    worksheet_write_blank(first, 4, 0, format);  // formatted, but no value
    lxw_worksheet* second = workbook_add_worksheet(workbook, "Rapport");
    worksheet_write_string(second, 6, 2, "C7", nullptr);
  });
  auto workbook = ReadXlsx("f.xlsx", bytes);
  ASSERT_TRUE(workbook) << workbook.error().message();
  ASSERT_EQ(workbook->sheets.size(), 2u);
  EXPECT_EQ(workbook->sheets[0].name, "Første");
  const XlsxWorksheet* first = workbook->Find("Første");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->cells.size(), 8u);
  EXPECT_EQ(first->Find(0, 0)->text, "Helse Sør-Aust");
  EXPECT_EQ(first->Find(1, 0)->text, "Helse Sør-Aust");
  EXPECT_EQ(first->Find(0, 1)->type, XlsxCell::Type::kNumber);
  EXPECT_EQ(first->Find(0, 1)->number, 1.5);
  EXPECT_EQ(first->Find(1, 1)->number, 456);
  EXPECT_EQ(first->Find(2, 0)->type, XlsxCell::Type::kBoolean);
  EXPECT_EQ(first->Find(2, 0)->text, "TRUE");
  EXPECT_EQ(first->Find(2, 1)->number, 0);
  EXPECT_EQ(first->Find(3, 0)->number, 3);  // the formula's cached value
  EXPECT_EQ(first->Find(3, 1)->text, "ab");
  EXPECT_EQ(first->Find(4, 0), nullptr);
  const XlsxWorksheet* second = workbook->Find("Rapport");
  ASSERT_NE(second, nullptr);
  ASSERT_EQ(second->cells.size(), 1u);
  EXPECT_EQ(XlsxCellName(second->cells[0].row, second->cells[0].column), "C7");
  EXPECT_EQ(workbook->Find("rapport"), nullptr);
}

TEST(XlsxReaderTest, ReadsInlineAndRichStringsEscapesAndCellsWithoutReferences) {
  const std::string strings =
      R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
      R"(<si><r><t>Helse </t></r><r><rPr><b/></rPr><t>Vest</t></r><rPh><t>ignored</t></rPh></si>)"
      R"(<si><t xml:space="preserve"> </t></si><si><t>a_x000D_b_x005F_x0041_</t></si></sst>)";
  const std::string sheet = Sheet(
      R"(<row r="2"><c r="B2" t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>)"
      R"(<row><c t="inlineStr"><is><t>inline</t></is></c><c t="e"><v>#N/A</v></c><c t="n"><v>1E-3</v></c></row>)"
      R"(<row r="5"><c r="A5"><f>SUM(A1:A2)</f></c><c r="B5" t="d"><v>2025-01-01</v></c></row>)");
  auto workbook = ReadXlsx("f.xlsx", Package(sheet, strings));
  ASSERT_TRUE(workbook) << workbook.error().message();
  const XlsxWorksheet& data = workbook->sheets.at(0);
  EXPECT_EQ(data.name, "Data");
  EXPECT_EQ(data.Find(1, 1)->text, "Helse Vest");
  EXPECT_EQ(data.Find(1, 2)->text, " ");
  EXPECT_EQ(data.Find(1, 3)->text, "a\rb_x0041_");
  EXPECT_EQ(data.Find(2, 0)->text, "inline");  // row 3, column A: both follow the one before
  EXPECT_EQ(data.Find(2, 1)->type, XlsxCell::Type::kError);
  EXPECT_EQ(data.Find(2, 1)->text, "#N/A");
  EXPECT_EQ(data.Find(2, 2)->number, 0.001);
  EXPECT_EQ(data.Find(2, 2)->text, "1E-3");
  EXPECT_EQ(data.Find(4, 0), nullptr);  // a formula never calculated has no value
  EXPECT_EQ(data.Find(4, 1)->text, "2025-01-01");
}

TEST(XlsxReaderTest, RejectsWhatIsNoZip) {
  EXPECT_EQ(Error(""), "f.xlsx: file is empty");
  EXPECT_EQ(Error("dataelement,period\n"), "f.xlsx: not an XLSX workbook (not a zip archive, or a truncated one)");
  EXPECT_EQ(Error(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0')),
            "f.xlsx: not an XLSX workbook (an old .xls file or a password-protected workbook; save it as .xlsx "
            "without a password)");
}

TEST(XlsxReaderTest, RejectsATruncatedFile) {
  const std::string bytes = WriteWorkbook([](lxw_workbook* workbook) {
    worksheet_write_string(workbook_add_worksheet(workbook, "Data"), 0, 0, "x", nullptr);
  });
  ASSERT_TRUE(ReadXlsx("f.xlsx", bytes));
  for (const size_t size : {size_t{4}, size_t{100}, bytes.size() / 2, bytes.size() - 10}) {
    EXPECT_THAT(Error(bytes.substr(0, size)), StartsWith("f.xlsx: not an XLSX workbook (")) << size;
  }
}

TEST(XlsxReaderTest, RejectsAZipThatIsNoWorkbook) {
  EXPECT_EQ(Error(ZipOf({{"hello.txt", "hello"}})), "f.xlsx: not an XLSX workbook (the zip archive has no xl/workbook.xml)");
  EXPECT_EQ(Error(ZipOf({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", "<a/>"}})),
            "f.xlsx: not an XLSX workbook (the zip archive has no xl/workbook.xml)");
}

TEST(XlsxReaderTest, RejectsMalformedXmlNamingThePart) {
  EXPECT_EQ(Error(Package("<worksheet><sheetData><row>")),
            "f.xlsx: xl/worksheets/data.xml: malformed XML at offset 26: Start-end tags mismatch");
  EXPECT_EQ(Error(Package("\x01\x02 not xml")),
            "f.xlsx: xl/worksheets/data.xml: malformed XML at offset 9: No document element found");
  EXPECT_THAT(Error(Package(Sheet(""), "<sst><si><t>x</si></sst>")),
              StartsWith("f.xlsx: xl/sharedStrings.xml: malformed XML at offset "));
  EXPECT_EQ(Error(Package("<chartsheet/>")), "f.xlsx: xl/worksheets/data.xml: not a worksheet (root element chartsheet)");
}

TEST(XlsxReaderTest, RejectsBadCellsNamingTheCell) {
  EXPECT_EQ(Error(Package(Sheet(R"(<row r="2"><c r="B2" t="s"><v>7</v></c></row>)"), "<sst><si><t>x</t></si></sst>")),
            "f.xlsx: sheet Data, cell B2: shared string '7' does not exist (the workbook has 1)");
  EXPECT_EQ(Error(Package(Sheet(R"(<row><c r="C3"><v>12a</v></c></row>)"))),
            "f.xlsx: sheet Data, cell C3: '12a' is not a number");
  EXPECT_EQ(Error(Package(Sheet(R"(<row><c r="A1" t="b"><v>yes</v></c></row>)"))),
            "f.xlsx: sheet Data, cell A1: 'yes' is not a boolean (0 or 1)");
  EXPECT_EQ(Error(Package(Sheet(R"(<row><c r="A1" t="zz"><v>1</v></c></row>)"))),
            "f.xlsx: sheet Data, cell A1: unknown cell type 'zz'");
  EXPECT_EQ(Error(Package(Sheet(R"(<row><c r="A0"><v>1</v></c></row>)"))), "f.xlsx: sheet Data: 'A0' is not a cell reference");
  EXPECT_EQ(Error(Package(Sheet(R"(<row r="0"/>)"))), "f.xlsx: sheet Data: row number '0' is not valid");
}

TEST(XlsxReaderTest, RefusesPartsThatInflateBeyondTheLimit) {
  // Zeros deflate to almost nothing: a small archive, a large part (a zip bomb in miniature).
  const std::string big = Package(Sheet("<row><c r=\"A1\" t=\"inlineStr\"><is><t>" + std::string(200000, '0') +
                                        "</t></is></c></row>"));
  EXPECT_LT(big.size(), 5000u);
  XlsxLimits limits;
  limits.max_part_bytes = 64 * 1024;
  EXPECT_EQ(Error(big, limits), "f.xlsx: xl/worksheets/data.xml: more than 64 KiB uncompressed; not read");
  limits = XlsxLimits{};
  limits.max_total_bytes = 100 * 1024;
  EXPECT_EQ(Error(big, limits), "f.xlsx: its parts inflate to more than 100 KiB; not read");
  EXPECT_EQ(Error(big), "(read)");
}

TEST(XlsxReaderTest, RefusesTooManyCells) {
  const std::string sheet = Package(Sheet(R"(<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c><c><v>4</v></c></row>)"));
  XlsxLimits limits;
  limits.max_cells = 3;
  EXPECT_EQ(Error(sheet, limits), "f.xlsx: sheet Data: more than 3 cells in the workbook; not read");
  limits.max_cells = 4;
  EXPECT_EQ(Error(sheet, limits), "(read)");
}

TEST(XlsxReaderTest, RejectsCorruptCompressedData) {
  std::string bytes = Package(Sheet("<row><c r=\"A1\" t=\"inlineStr\"><is><t>" + std::string(5000, 'x') +
                                    "abcdefghijklmnopqrstuvwxyz</t></is></c></row>"));
  // The worksheet's compressed data follows its local header and name; damage its middle.
  const size_t name = bytes.find("xl/worksheets/data.xml");
  ASSERT_NE(name, std::string::npos);
  for (size_t i = name + 30; i < name + 40; ++i) bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
  const std::string message = Error(bytes);
  EXPECT_THAT(message, StartsWith("f.xlsx: "));
  EXPECT_NE(message, "(read)");
}

TEST(XlsxReaderTest, NamesAMissingSheetPartOrRelationship) {
  const std::string missing_rel = ZipOf({
      {"xl/workbook.xml", R"(<workbook><sheets><sheet name="Data" r:id="rId3"/></sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels", "<Relationships/>"},
  });
  EXPECT_EQ(Error(missing_rel), "f.xlsx: sheet Data: its relationship 'rId3' is not in xl/_rels/workbook.xml.rels");
  const std::string missing_part = ZipOf({
      {"xl/workbook.xml", R"(<workbook><sheets><sheet name="Data" r:id="rId3"/></sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels",
       R"(<Relationships><Relationship Id="rId3" Type=".../worksheet" Target="worksheets/sheet1.xml"/></Relationships>)"},
  });
  EXPECT_EQ(Error(missing_part), "f.xlsx: sheet Data: xl/worksheets/sheet1.xml is missing");
}

// Damaged files either read or fail with a message naming the file; never a crash (run under the
// sanitizers, this also checks that nothing reads out of bounds).
TEST(XlsxReaderTest, SurvivesDamagedFiles) {
  const std::string strings = "<sst><si><t>Helse Vest</t></si><si><r><t>a</t></r><r><t>b</t></r></si></sst>";
  const std::string sheet = Sheet(
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1.5</v></c><c r="C1" t="b"><v>1</v></c></row>)"
      R"(<row r="2"><c t="s"><v>1</v></c><c t="inlineStr"><is><t>x_x000D_</t></is></c><c t="e"><v>#N/A</v></c></row>)");
  const std::string good = Package(sheet, strings);
  ASSERT_TRUE(ReadXlsx("f.xlsx", good));
  std::mt19937 random(20250101);
  const auto damage = [&](std::string text, int times) {
    for (int i = 0; i < times; ++i) {
      text[random() % text.size()] = static_cast<char>(random() % 256);
    }
    return text;
  };
  int read = 0;
  for (int round = 0; round < 200; ++round) {
    // Damage to the archive (headers, compressed data), and to the XML before it is zipped.
    for (const std::string& bytes :
         {damage(good, 1 + round % 8), good.substr(0, random() % good.size()),
          Package(damage(sheet, 1 + round % 4), damage(strings, round % 2))}) {
      auto result = ReadXlsx("f.xlsx", bytes);
      if (result) {
        ++read;
      } else {
        EXPECT_THAT(result.error().message(), StartsWith("f.xlsx: ")) << round;
      }
    }
  }
  EXPECT_GT(read, 0);  // some damage leaves a readable file
}

}  // namespace
}  // namespace polyfon::io
