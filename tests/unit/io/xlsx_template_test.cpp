// The reporting template: what WriteXlsxTemplate lays out, and ParseXlsxTemplate reading it back
// filled in, with the DHIS2 checks and messages that name the cell.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "../xlsx_test_support.hpp"
#include "io/xlsx_reader.hpp"
#include "io/xlsx_template_layout.hpp"
#include "io/xlsx_template_parser.hpp"
#include "io/xlsx_template_writer.hpp"
#include "io/xlsx_writer.hpp"
#include "test_catalog.hpp"

namespace polyfon::io {
namespace {

using ::testing::HasSubstr;
using xlsx_testing::FilledCopy;
using xlsx_testing::TypedCell;

TemplateRow Row(std::string unit, std::string element, std::string combo = "default",
                core::ValueType type = core::ValueType::kNonNegativeInteger) {
  TemplateRow row;
  row.org_unit = unit;
  row.org_unit_name = unit == "NO-HV" ? "Helse Vest" : unit;
  row.element = element;
  row.element_name = element + " " + combo;
  row.combo = combo;
  row.value_type = type;
  return row;
}

// Rows 11 to 16 in the sheet (the header is row 10: four lines of help, no notes).
TemplateSheet TestSheet() {
  TemplateSheet sheet;
  sheet.participant_code = "HELSE-VEST";
  sheet.participant_name = "Helse Vest RHF";
  sheet.year = 2025;
  sheet.period = "2025";
  sheet.rows = {Row("NO-HV", "mt_positions", "default", core::ValueType::kNumber),
                Row("NO-HV", "mt_patients"),
                Row("NO-HV", "mt_patients", "IBBE10"),
                Row("NO-HV", "mt_patients", "IBBE20"),
                Row("NO-HN", "mt_positions", "default", core::ValueType::kNumber),
                Row("NO-HN", "mt_patients")};
  sheet.rows[1].last_year = 456;
  sheet.rows[2].last_year_suppressed = true;
  return sheet;
}

class XlsxTemplateTest : public ::testing::Test, public testing::CatalogHolder {
 protected:
  // The template of `sheet` with `typed` cells filled in, as a person returns it.
  std::string Filled(const std::map<std::string, TypedCell>& typed, const TemplateSheet& sheet = TestSheet()) {
    auto bytes = WriteXlsxTemplate(sheet);
    EXPECT_TRUE(bytes) << bytes.error().message();
    auto workbook = ReadXlsx("template.xlsx", *bytes);
    EXPECT_TRUE(workbook) << workbook.error().message();
    return FilledCopy(*workbook, "Rapport", typed);
  }
  core::Result<ImportBatch> Parse(const std::string& content) const {
    return ParseXlsxTemplate("f.xlsx", content, index, testing::TestOptions());
  }
  std::string Error(const std::string& content) const {
    auto result = Parse(content);
    return result ? "(parsed)" : result.error().message();
  }
};

TEST_F(XlsxTemplateTest, LaysOutTheHeaderBlockAndOneRowPerFigure) {
  auto bytes = WriteXlsxTemplate(TestSheet());
  ASSERT_TRUE(bytes) << bytes.error().message();
  EXPECT_TRUE(bytes->starts_with(std::string("PK\x03\x04", 4)));
  auto workbook = ReadXlsx("template.xlsx", *bytes);
  ASSERT_TRUE(workbook) << workbook.error().message();
  ASSERT_EQ(workbook->sheets.size(), 1u);
  const XlsxWorksheet& sheet = workbook->sheets[0];
  EXPECT_EQ(sheet.name, "Rapport");
  const auto text = [&](const char* name) {
    const auto place = ParseXlsxCellName(name);
    const XlsxCell* cell = sheet.Find(place->first, place->second);
    return cell == nullptr ? std::string("(empty)") : cell->type == XlsxCell::Type::kNumber ? cell->text : cell->text;
  };
  EXPECT_EQ(text("A1"), "Årleg rapportering til kunnskapsklynga – 2025");
  EXPECT_EQ(text("B2"), "Helse Vest RHF (HELSE-VEST)");
  EXPECT_EQ(text("B3"), "2025");
  EXPECT_THAT(text("A5"), HasSubstr("kolonne H"));
  for (size_t c = 0; c < kTemplateColumnCount; ++c) {
    EXPECT_EQ(sheet.Find(9, static_cast<uint32_t>(c))->text, kTemplateHeaders[c]);
  }
  EXPECT_EQ(text("A11"), "NO-HV");
  EXPECT_EQ(text("B11"), "Helse Vest");
  EXPECT_EQ(text("C11"), "mt_positions");
  EXPECT_EQ(text("E12"), "default");
  EXPECT_EQ(text("E13"), "IBBE10");
  EXPECT_EQ(text("F16"), "2025");
  EXPECT_EQ(text("G12"), "456");
  EXPECT_EQ(text("G13"), "prikka");
  EXPECT_EQ(text("G11"), "(empty)");
  EXPECT_EQ(text("H11"), "(empty)");  // the input cells are formatted, not filled
  EXPECT_EQ(text("A17"), "(empty)");
}

TEST_F(XlsxTemplateTest, TheSheetIsProtectedWithOnlyTheInputCellsUnlocked) {
  auto bytes = WriteXlsxTemplate(TestSheet());
  ASSERT_TRUE(bytes);
  // The XML itself: protection without a password, and a decimal/whole check on the value cells.
  const std::string sheet_xml = xlsx_testing::ZipMember(*bytes, "xl/worksheets/sheet1.xml");
  EXPECT_THAT(sheet_xml, HasSubstr("<sheetProtection sheet=\"1\""));
  EXPECT_THAT(sheet_xml, ::testing::Not(HasSubstr("password")));
  EXPECT_THAT(sheet_xml, HasSubstr("<dataValidation type=\"decimal\" operator=\"greaterThanOrEqual\" errorStyle=\"warning\""));
  EXPECT_THAT(sheet_xml, HasSubstr("<dataValidation type=\"whole\" operator=\"greaterThanOrEqual\" errorStyle=\"warning\""));
  EXPECT_THAT(sheet_xml, HasSubstr("sqref=\"H12:H14\""));
  const std::string styles = xlsx_testing::ZipMember(*bytes, "xl/styles.xml");
  EXPECT_THAT(styles, HasSubstr("<protection locked=\"0\"/>"));
}

TEST_F(XlsxTemplateTest, ReadsTheFilledValuesAndSkipsEmptyCells) {
  const std::string content = Filled({{"H11", 1.5},
                                      {"I11", std::string("FTE, from the budget")},
                                      {"H12", std::string("457")},
                                      {"H13", 0.0},
                                      {"H15", std::string("1,5")},
                                      {"H16", std::string("  ")}});
  auto batch = Parse(content);
  ASSERT_TRUE(batch) << batch.error().message();
  ASSERT_EQ(batch->values.size(), 4u);
  EXPECT_EQ(batch->rows, 6);
  const core::DataValue& positions = batch->values[0];
  EXPECT_EQ(positions.element, "mt_positions");
  EXPECT_EQ(positions.org_unit, "NO-HV");
  EXPECT_EQ(positions.period, "2025");
  EXPECT_EQ(positions.combo, "default");
  EXPECT_EQ(positions.attribute_combo, "default");
  EXPECT_EQ(positions.value, 1.5);
  EXPECT_EQ(positions.provenance.comment, "FTE, from the budget");
  EXPECT_EQ(positions.provenance.stored_by, "");
  EXPECT_EQ(batch->values[1].value, 457);
  EXPECT_EQ(batch->values[1].combo, "default");
  EXPECT_EQ(batch->values[2].combo, "IBBE10");
  EXPECT_EQ(batch->values[2].value, 0);  // a typed 0 is a value; an empty cell is none
  EXPECT_EQ(batch->values[3].org_unit, "NO-HN");
  EXPECT_EQ(batch->values[3].value, 1.5);
}

TEST_F(XlsxTemplateTest, ABlankTemplateHoldsNoValues) {
  auto batch = Parse(Filled({}));
  ASSERT_TRUE(batch) << batch.error().message();
  EXPECT_TRUE(batch->values.empty());
  EXPECT_EQ(batch->rows, 6);
}

TEST_F(XlsxTemplateTest, PrefilledValuesImportAsTheyAreUnlessChanged) {
  TemplateSheet sheet = TestSheet();
  sheet.rows[0].value = 0.2;
  sheet.rows[0].comment = "FTE";
  sheet.rows[1].value = 456;
  auto unchanged = Parse(Filled({}, sheet));
  ASSERT_TRUE(unchanged) << unchanged.error().message();
  ASSERT_EQ(unchanged->values.size(), 2u);
  EXPECT_EQ(unchanged->values[0].value, 0.2);
  EXPECT_EQ(unchanged->values[0].provenance.comment, "FTE");
  EXPECT_EQ(unchanged->values[1].value, 456);
  auto changed = Parse(Filled({{"H12", 457.0}}, sheet));
  ASSERT_TRUE(changed);
  EXPECT_EQ(changed->values[1].value, 457);
}

TEST_F(XlsxTemplateTest, NamesTheCellAndTheFigureOfEachProblem) {
  TemplateSheet sheet = TestSheet();
  sheet.rows.push_back(Row("NO-XX", "mt_positions", "default", core::ValueType::kNumber));  // row 17
  sheet.rows.push_back(Row("NO-HV", "mt_positions", "IBBE10", core::ValueType::kNumber));   // row 18
  sheet.rows.push_back(Row("NO-HV", "mt_visits"));                                           // row 19
  EXPECT_EQ(Error(Filled({{"H11", std::string("abc")},
                          {"H12", 2.5},
                          {"H13", std::string("-3")},
                          {"H14", std::string("1,2,3")},
                          {"H15", std::string("#N/A")},
                          {"H17", 1.0},
                          {"H18", 1.0},
                          {"H19", 1.0}},
                         sheet)),
            "f.xlsx: sheet Rapport, cell H11 (mt_positions, NO-HV, 2025): 'abc' is not a number\n"
            "f.xlsx: sheet Rapport, cell H12 (mt_patients, NO-HV, 2025): 2.5 must be a whole number of 0 or more\n"
            "f.xlsx: sheet Rapport, cell H13 (mt_patients, NO-HV, 2025, IBBE10): -3 must be a whole number of 0 or "
            "more\n"
            "f.xlsx: sheet Rapport, cell H14 (mt_patients, NO-HV, 2025, IBBE20): '1,2,3' is not a number (more than "
            "one decimal separator)\n"
            "f.xlsx: sheet Rapport, cell H15 (mt_positions, NO-HN, 2025): '#N/A' is not a number\n"
            "f.xlsx: sheet Rapport, cell A17 (mt_positions, NO-XX, 2025): unknown org unit 'NO-XX'\n"
            "f.xlsx: sheet Rapport, cell E18 (mt_positions, NO-HV, 2025, IBBE10): 'IBBE10' is not a combo of data "
            "element 'mt_positions' (allowed: default)\n"
            "f.xlsx: sheet Rapport, cell C19 (mt_visits, NO-HV, 2025): unknown data element 'mt_visits'");
}

TEST_F(XlsxTemplateTest, ShowsTenProblemsAndCountsTheRest) {
  std::map<std::string, TypedCell> typed;
  TemplateSheet sheet = TestSheet();
  sheet.rows.clear();
  for (int i = 0; i < 12; ++i) {
    sheet.rows.push_back(Row("NO-HV", "mt_positions", "default", core::ValueType::kNumber));
    sheet.rows.back().org_unit = "NO-X" + std::to_string(i);
    typed["H" + std::to_string(11 + i)] = std::string("x");
  }
  const std::string message = Error(Filled(typed, sheet));
  EXPECT_THAT(message, ::testing::StartsWith("f.xlsx: sheet Rapport, cell A11 (mt_positions, NO-X0, 2025): unknown "
                                             "org unit 'NO-X0'\nf.xlsx: sheet Rapport, cell H11 "));
  EXPECT_THAT(message, ::testing::EndsWith("\n... and 14 more problems"));
}

TEST_F(XlsxTemplateTest, RejectsTwoValuesForOneFigure) {
  TemplateSheet sheet = TestSheet();
  sheet.rows.push_back(sheet.rows[0]);  // row 17 repeats row 11
  EXPECT_EQ(Error(Filled({{"H11", 1.0}, {"H17", 1.0}}, sheet)), "(parsed)");  // the same value twice is one
  EXPECT_EQ(Error(Filled({{"H11", 1.0}, {"H17", 2.0}}, sheet)),
            "f.xlsx: sheet Rapport, cell H17 (mt_positions, NO-HV, 2025): 2 conflicts with 1 in cell H11 for the "
            "same data element, period, org unit and combos");
}

TEST_F(XlsxTemplateTest, RejectsAWorkbookThatIsNoTemplate) {
  XlsxSheet other;
  other.header = {"dataelement", "value"};
  auto export_bytes = WriteXlsx(other);
  ASSERT_TRUE(export_bytes);
  EXPECT_EQ(Error(*export_bytes),
            "f.xlsx: no sheet named Rapport (the sheets are: Data); is this a Polyfon reporting template?");
  other.name = "Rapport";
  export_bytes = WriteXlsx(other);
  ASSERT_TRUE(export_bytes);
  EXPECT_EQ(Error(*export_bytes),
            "f.xlsx: sheet Rapport: no table header (a row with 'Eining (orgunit)' in column A and 'Verdi i år "
            "(value)' in column H); is this a Polyfon reporting template?");
  EXPECT_EQ(Error("dataelement,period,orgunit,value\n"),
            "f.xlsx: not an XLSX workbook (not a zip archive, or a truncated one)");
}

}  // namespace
}  // namespace polyfon::io
