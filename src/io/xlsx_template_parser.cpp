// The yearly reporting template, filled in: xlsx_template_layout.hpp's table, read back with
// xlsx_reader. Spec: docs/formats/xlsx_template.md. The checks are Dhis2ValueChecker's, shared with
// DHIS2 CSV and JSON and so with the web form.

#include "io/xlsx_template_parser.hpp"

#include <array>
#include <charconv>
#include <optional>
#include <string>

#include "core/text.hpp"
#include "io/dhis2_value_checker.hpp"
#include "io/problem_list.hpp"
#include "io/xlsx_reader.hpp"
#include "io/xlsx_template_layout.hpp"

namespace polyfon::io {

namespace {

// A number as a typed value reads: "1.5", "3", never an exponent (the number parser takes none).
std::string NumberText(double value) {
  char buffer[400];  // the longest fixed form of a double has 325 digits
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  return result.ec == std::errc() ? std::string(buffer, result.ptr) : std::string("not a finite number");
}

// A cell as the text a DHIS2 CSV cell would hold; "" for an empty cell.
std::string CellText(const XlsxCell* cell) {
  if (cell == nullptr) return {};
  switch (cell->type) {
    case XlsxCell::Type::kNumber: return NumberText(cell->number);
    case XlsxCell::Type::kBoolean: return cell->number != 0 ? "true" : "false";
    case XlsxCell::Type::kText:
    case XlsxCell::Type::kError: break;
  }
  return cell->text;
}

// The template's column for each field a DHIS2 value has; fields the template has no column for
// are never reported (they are always empty), but would be named at the value.
size_t ColumnOf(Dhis2Field field) {
  switch (field) {
    case Dhis2Field::kElement: return kTemplateElement;
    case Dhis2Field::kPeriod: return kTemplatePeriod;
    case Dhis2Field::kOrgUnit: return kTemplateOrgUnit;
    case Dhis2Field::kCombo: return kTemplateCombo;
    case Dhis2Field::kComment: return kTemplateComment;
    case Dhis2Field::kAttributeCombo:
    case Dhis2Field::kValue:
    case Dhis2Field::kStoredBy:
    case Dhis2Field::kLastUpdated:
    case Dhis2Field::kFollowup: break;
  }
  return kTemplateValue;
}

// Names a field by its cell and the row's figure:
// "sheet Rapport, cell H12 (mt_positions, NO-HV, 2025): ...", in sheet order.
class TemplateCellSite final : public Dhis2ValueSite {
 public:
  explicit TemplateCellSite(ProblemList& problems) : problems_(problems) {}

  void SetRow(uint32_t row, const Dhis2ValueText& text) {
    row_ = row;
    std::string parts;
    for (const std::string_view part : {text[Dhis2Field::kElement], text[Dhis2Field::kOrgUnit],
                                        text[Dhis2Field::kPeriod], text[Dhis2Field::kCombo]}) {
      if (part.empty() || part == core::kDefaultCombo) continue;
      parts += (parts.empty() ? "" : ", ") + std::string(part);
    }
    figure_ = parts.empty() ? "" : " (" + parts + ")";
  }

  void Report(Dhis2Field field, std::string_view what) override {
    const size_t column = ColumnOf(field);
    problems_.AddAt(static_cast<int64_t>((uint64_t{row_} + 1) * kTemplateColumnCount + column),
                    "sheet " + std::string(kTemplateSheet) + ", cell " +
                        XlsxCellName(row_, static_cast<uint32_t>(column)) + figure_,
                    what);
  }
  // Positions are 0-based rows.
  std::string Earlier(int64_t position) const override {
    return "in cell " + XlsxCellName(static_cast<uint32_t>(position), kTemplateValue);
  }

 private:
  ProblemList& problems_;
  uint32_t row_ = 0;
  std::string figure_;
};

// The row of the table's header: column A and the value column hold their headers.
std::optional<uint32_t> FindHeaderRow(const XlsxWorksheet& sheet) {
  for (const XlsxCell& cell : sheet.cells) {
    if (cell.column != kTemplateOrgUnit || cell.type != XlsxCell::Type::kText) continue;
    if (core::Trim(cell.text) != kTemplateHeaders[kTemplateOrgUnit]) continue;
    const XlsxCell* value = sheet.Find(cell.row, kTemplateValue);
    if (value != nullptr && core::Trim(value->text) == kTemplateHeaders[kTemplateValue]) return cell.row;
  }
  return std::nullopt;
}

std::string SheetNames(const XlsxWorkbook& workbook) {
  std::string names;
  for (const XlsxWorksheet& sheet : workbook.sheets) names += (names.empty() ? "" : ", ") + sheet.name;
  return names.empty() ? "none" : names;
}

}  // namespace

core::Result<ImportBatch> ParseXlsxTemplate(std::string_view file_name, std::string_view content,
                                            const core::CatalogIndex& catalog, const ImportOptions& /*options*/) {
  POLYFON_ASSIGN_OR_RETURN(const XlsxWorkbook workbook, ReadXlsx(file_name, content));
  const std::string name(file_name);
  const XlsxWorksheet* sheet = workbook.Find(kTemplateSheet);
  if (sheet == nullptr) {
    return core::Status::InvalidArgument(name + ": no sheet named " + std::string(kTemplateSheet) + " (the sheets are: " +
                                         SheetNames(workbook) + "); is this a Polyfon reporting template?");
  }
  const std::optional<uint32_t> header = FindHeaderRow(*sheet);
  if (!header) {
    return core::Status::InvalidArgument(
        name + ": sheet " + std::string(kTemplateSheet) + ": no table header (a row with '" +
        std::string(kTemplateHeaders[kTemplateOrgUnit]) + "' in column A and '" +
        std::string(kTemplateHeaders[kTemplateValue]) + "' in column H); is this a Polyfon reporting template?");
  }

  ImportBatch batch;
  batch.format = ImportFormat::kXlsxTemplate;
  ProblemList problems(file_name);
  Dhis2ValueChecker checker(catalog, batch.values);
  TemplateCellSite site(problems);
  std::array<std::string, kDhis2FieldCount> fields;  // the texts the checker's views point into
  Dhis2ValueText text;
  const auto set = [&](Dhis2Field field, std::string value) {
    fields[static_cast<size_t>(field)] = std::move(value);
    text[field] = fields[static_cast<size_t>(field)];
  };
  for (size_t i = 0; i < sheet->cells.size();) {
    const uint32_t row = sheet->cells[i].row;
    while (i < sheet->cells.size() && sheet->cells[i].row == row) ++i;  // the next row's first cell
    if (row <= *header) continue;
    ++batch.rows;
    const std::string value = CellText(sheet->Find(row, kTemplateValue));
    if (core::Trim(value).empty()) continue;  // not reported: no value, and no 0
    const auto code = [&](size_t column) {
      return std::string(core::Trim(CellText(sheet->Find(row, static_cast<uint32_t>(column)))));
    };
    text = Dhis2ValueText{};
    set(Dhis2Field::kOrgUnit, code(kTemplateOrgUnit));
    set(Dhis2Field::kElement, code(kTemplateElement));
    set(Dhis2Field::kCombo, code(kTemplateCombo));
    set(Dhis2Field::kPeriod, code(kTemplatePeriod));
    set(Dhis2Field::kValue, value);
    set(Dhis2Field::kComment, CellText(sheet->Find(row, kTemplateComment)));
    site.SetRow(row, text);
    if (auto checked = checker.Check(text, site)) checker.Collect(std::move(*checked), row, site);
  }
  if (!problems.empty()) return problems.ToStatus();
  return batch;
}

}  // namespace polyfon::io
