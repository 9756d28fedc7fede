// The yearly reporting template over the bundled data: which figures it asks for, last year's values
// beside them, and a filled-in template read back into the values a person typed.

#include "app/reporting_template.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>

#include "../xlsx_test_support.hpp"
#include "app/load_demo.hpp"
#include "core/catalog.hpp"
#include "io/xlsx_reader.hpp"
#include "io/xlsx_template_layout.hpp"
#include "io/xlsx_template_parser.hpp"
#include "store/memory/memory_store.hpp"

namespace polyfon::app {
namespace {

constexpr const char* kNow = "2026-01-01T00:00:00Z";

class ReportingTemplateTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(LoadDemo(*store_, kNow).has_value()); }

  TemplateRequest Request(std::string participant, int year, bool public_output = false) const {
    return TemplateRequest{std::move(participant), year, core::Date{2026, 1, 1}, public_output};
  }

  void Put(const core::DataValue& value) {
    auto writer = store_->BeginWrite();
    ASSERT_TRUE(writer);
    ASSERT_TRUE((*writer)->PutValues({&value, 1}, core::ImportSource{"test", "", kNow, "tester"}));
    ASSERT_TRUE((*writer)->Commit().ok());
  }

  std::unique_ptr<core::Store> store_ = store::memory::NewMemoryStore();
};

const io::TemplateRow* FindRow(const io::TemplateSheet& sheet, std::string_view unit, std::string_view element,
                               std::string_view combo = "default") {
  const auto it = std::find_if(sheet.rows.begin(), sheet.rows.end(), [&](const io::TemplateRow& row) {
    return row.org_unit == unit && row.element == element && row.combo == combo;
  });
  return it == sheet.rows.end() ? nullptr : &*it;
}

TEST_F(ReportingTemplateTest, AsksForTheFormsFiguresOfTheUnitAndItsChildren) {
  auto sheet = BuildReportingTemplate(*store_, Request("BETANIEN", 2018));
  ASSERT_TRUE(sheet) << sheet.error().message();
  EXPECT_EQ(sheet->participant_code, "BETANIEN");
  EXPECT_EQ(sheet->participant_name, "Betanien sjukehus");
  EXPECT_EQ(sheet->period, "2018");
  // Per unit: positions, then patients in total and per procedure code.
  ASSERT_EQ(sheet->rows.size(), 8u);
  const char* expected[][3] = {{"HV-BETANIEN", "mt_positions", "default"}, {"HV-BETANIEN", "mt_patients", "default"},
                               {"HV-BETANIEN", "mt_patients", "IBBE10"},   {"HV-BETANIEN", "mt_patients", "IBBE20"},
                               {"HV-BETANIEN-DPS", "mt_positions", "default"}};
  for (size_t i = 0; i < std::size(expected); ++i) {
    EXPECT_EQ(sheet->rows[i].org_unit, expected[i][0]) << i;
    EXPECT_EQ(sheet->rows[i].element, expected[i][1]) << i;
    EXPECT_EQ(sheet->rows[i].combo, expected[i][2]) << i;
  }
  EXPECT_EQ(sheet->rows[0].element_name, "Musikkterapistillingar (årsverk)");
  EXPECT_EQ(sheet->rows[0].value_type, core::ValueType::kNumber);
  EXPECT_EQ(sheet->rows[2].element_name, "Pasientar med musikkterapikode (ulike personar) – individuell musikkterapi (IBBE10)");
  EXPECT_EQ(sheet->rows[2].value_type, core::ValueType::kNonNegativeInteger);
  EXPECT_EQ(sheet->rows[4].org_unit_name, "Betanien DPS");
  // Last year's value: 20 % of a position in 2017 (data/music_therapy_positions.csv).
  EXPECT_EQ(sheet->rows[4].last_year, 0.2);
  EXPECT_FALSE(sheet->rows[0].last_year);
  EXPECT_EQ(sheet->notes.size(), 2u);
}

TEST_F(ReportingTemplateTest, FillsInWhatIsStoredForTheYearAlready) {
  auto sheet = BuildReportingTemplate(*store_, Request("BETANIEN", 2025));
  ASSERT_TRUE(sheet) << sheet.error().message();
  const io::TemplateRow* positions = FindRow(*sheet, "HV-BETANIEN-DPS", "mt_positions");
  ASSERT_NE(positions, nullptr);
  EXPECT_EQ(positions->value, 2);  // 200 % in 2025 (data/music_therapy_positions.csv)
  EXPECT_EQ(positions->comment, "FTE: '200 % i 2025' (Tidsskriftet Musikkterapi 2025/4)");
  EXPECT_FALSE(positions->last_year);
  EXPECT_FALSE(FindRow(*sheet, "HV-BETANIEN", "mt_positions")->value);

  // Returned as it is, the template imports the stored value again, comment and all.
  auto rendered = RenderReportingTemplate(*store_, Request("BETANIEN", 2025));
  ASSERT_TRUE(rendered);
  auto catalog = store_->LoadCatalog();
  ASSERT_TRUE(catalog);
  const core::CatalogIndex index(*catalog);
  auto batch = io::ParseXlsxTemplate(rendered->file_name, rendered->bytes, index, io::ImportOptions{});
  ASSERT_TRUE(batch) << batch.error().message();
  ASSERT_EQ(batch->values.size(), 1u);
  EXPECT_EQ(batch->values[0].org_unit, "HV-BETANIEN-DPS");
  EXPECT_EQ(batch->values[0].value, 2);
  EXPECT_EQ(batch->values[0].provenance.comment, positions->comment);
}

TEST_F(ReportingTemplateTest, HidesSmallCountsInPublicOutput) {
  Put({"mt_patients", "2017", "HV-BETANIEN", "IBBE10", "default", 3, {}});
  Put({"mt_patients", "2018", "HV-BETANIEN", "IBBE10", "default", 4, {}});
  auto open = BuildReportingTemplate(*store_, Request("BETANIEN", 2018));
  ASSERT_TRUE(open);
  EXPECT_EQ(FindRow(*open, "HV-BETANIEN", "mt_patients", "IBBE10")->last_year, 3);
  EXPECT_EQ(FindRow(*open, "HV-BETANIEN", "mt_patients", "IBBE10")->value, 4);
  auto hidden = BuildReportingTemplate(*store_, Request("BETANIEN", 2018, true));
  ASSERT_TRUE(hidden);
  const io::TemplateRow* row = FindRow(*hidden, "HV-BETANIEN", "mt_patients", "IBBE10");
  EXPECT_FALSE(row->last_year);
  EXPECT_TRUE(row->last_year_suppressed);
  EXPECT_FALSE(row->value);  // left empty, so it imports as nothing
  EXPECT_EQ(FindRow(*hidden, "HV-BETANIEN-DPS", "mt_positions")->last_year, 0.2);  // positions are never hidden
}

TEST_F(ReportingTemplateTest, RefusesWhatHasNoTemplate) {
  auto unknown = BuildReportingTemplate(*store_, Request("NOPE", 2025));
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code(), core::ErrorCode::kNotFound);
  EXPECT_EQ(unknown.error().message(), "unknown participant 'NOPE'");
  auto no_unit = BuildReportingTemplate(*store_, Request("UIB-GAMUT", 2025));
  ASSERT_FALSE(no_unit);
  EXPECT_EQ(no_unit.error().code(), core::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(no_unit.error().message(),
            "participant UIB-GAMUT reports for no org unit (the participant register ties it to none)");
  auto bad_year = BuildReportingTemplate(*store_, Request("BETANIEN", 20250));
  ASSERT_FALSE(bad_year);
  EXPECT_EQ(bad_year.error().message(), "year must be from 1900 to 9999, not 20250");
}

TEST_F(ReportingTemplateTest, AFilledTemplateReadsBackAsTheTypedValues) {
  auto rendered = RenderReportingTemplate(*store_, Request("HELSE-BERGEN", 2025));
  ASSERT_TRUE(rendered) << rendered.error().message();
  EXPECT_EQ(rendered->file_name, "rapport-HELSE-BERGEN-2025.xlsx");
  auto workbook = io::ReadXlsx(rendered->file_name, rendered->bytes);
  ASSERT_TRUE(workbook) << workbook.error().message();
  const io::XlsxWorksheet& sheet = workbook->sheets.at(0);
  // Find the rows to fill by their codes, as a person finds them by their names.
  std::map<std::string, uint32_t> rows;  // "unit element combo" -> row
  for (const io::XlsxCell& cell : sheet.cells) {
    if (cell.column != io::kTemplateElement) continue;
    const auto text = [&](size_t column) { return sheet.Find(cell.row, static_cast<uint32_t>(column))->text; };
    rows[text(io::kTemplateOrgUnit) + " " + cell.text + " " + text(io::kTemplateCombo)] = cell.row;
  }
  EXPECT_EQ(rows.size(), rendered->rows + 1);  // and the header
  ASSERT_TRUE(rows.contains("HV-BERGEN mt_positions default"));
  ASSERT_TRUE(rows.contains("HV-BERGEN mt_patients IBBE20"));
  const auto value_cell = [&](const std::string& key) { return io::XlsxCellName(rows.at(key), io::kTemplateValue); };
  const auto comment_cell = [&](const std::string& key) {
    return io::XlsxCellName(rows.at(key), io::kTemplateComment);
  };
  const std::string filled = xlsx_testing::FilledCopy(
      *workbook, "Rapport",
      {{value_cell("HV-BERGEN mt_positions default"), std::string("2,5")},
       {comment_cell("HV-BERGEN mt_positions default"), std::string("to nye stillingar")},
       {value_cell("HV-BERGEN mt_patients default"), 120.0},
       {value_cell("HV-BERGEN mt_patients IBBE20"), 35.0}});

  auto catalog = store_->LoadCatalog();
  ASSERT_TRUE(catalog);
  const core::CatalogIndex index(*catalog);
  auto batch = io::ParseXlsxTemplate("rapport.xlsx", filled, index, io::ImportOptions{});
  ASSERT_TRUE(batch) << batch.error().message();
  ASSERT_EQ(batch->values.size(), 3u);
  EXPECT_EQ(batch->rows, static_cast<int64_t>(rendered->rows));
  std::map<std::string, core::DataValue> by_key;
  for (const core::DataValue& value : batch->values) {
    EXPECT_EQ(value.period, "2025");
    EXPECT_EQ(value.org_unit, "HV-BERGEN");
    by_key[value.element + " " + value.combo] = value;
  }
  EXPECT_EQ(by_key["mt_positions default"].value, 2.5);
  EXPECT_EQ(by_key["mt_positions default"].provenance.comment, "to nye stillingar");
  EXPECT_EQ(by_key["mt_patients default"].value, 120);
  EXPECT_EQ(by_key["mt_patients IBBE20"].value, 35);

  // Stored, they are last year's values in next year's template.
  for (const core::DataValue& value : batch->values) Put(value);
  auto next = BuildReportingTemplate(*store_, Request("HELSE-BERGEN", 2026));
  ASSERT_TRUE(next);
  EXPECT_EQ(FindRow(*next, "HV-BERGEN", "mt_positions")->last_year, 2.5);
  EXPECT_EQ(FindRow(*next, "HV-BERGEN", "mt_patients", "IBBE20")->last_year, 35);
  EXPECT_FALSE(FindRow(*next, "HV-BERGEN", "mt_patients", "IBBE10")->last_year);
}

}  // namespace
}  // namespace polyfon::app
