// Writes the reporting template with libxlsxwriter. The layout is xlsx_template_layout.hpp's; the
// texts a person reads are Nynorsk (the cluster's language), with codes in brackets.

#include "io/xlsx_template_writer.hpp"

#include <xlsxwriter.h>

#include <string>

#include "io/xlsx_template_layout.hpp"
#include "io/xlsx_workbook_file.hpp"

namespace polyfon::io {

namespace {

constexpr lxw_row_t kTitleRow = 0;
constexpr lxw_row_t kFirstInfoRow = 1;  // participant, year
constexpr lxw_row_t kFirstHelpRow = 4;
constexpr lxw_color_t kGreyFill = 0xE7E6E6;
constexpr lxw_color_t kGreyText = 0x595959;
constexpr lxw_color_t kInputFill = 0xFFF2CC;
constexpr lxw_color_t kHeaderFill = 0xD9E1F2;

constexpr double kColumnWidths[kTemplateColumnCount] = {18, 30, 22, 66, 24, 10, 13, 18, 44};

std::string YearText(int year) { return std::to_string(year); }

std::vector<std::string> Instructions(const TemplateSheet& sheet) {
  std::vector<std::string> lines{
      "Skriv talet for " + YearText(sheet.year) +
          " i kolonne H (Verdi i år), og gjerne ein kommentar i kolonne I. Berre dei gule cellene kan endrast.",
      "Ei tom celle tyder at talet manglar, ikkje 0: skriv 0 berre når talet er 0. Desimalkomma og desimalpunktum "
      "går begge (1,5 eller 1.5).",
      "Verdi i fjor (kolonne G, grå) er det Polyfon har registrert for " + YearText(sheet.year - 1) + ".",
      "Send den utfylte fila til klyngekoordinatoren, som les ho inn i Polyfon. Alt vert sjekka som i "
      "nettskjemaet, og fila vert lesen inn heil eller ikkje i det heile.",
  };
  lines.insert(lines.end(), sheet.notes.begin(), sheet.notes.end());
  return lines;
}

// The input check of a value cell of `type`: Excel and LibreOffice warn, and let the person keep
// the value (the import checks it anyway, with the reason). The texts are pointed to only once the
// check is in place (Point), since moving a string may move its characters.
struct ValueCheck {
  bool any = false;  // false: no check (booleans)
  lxw_data_validation validation{};
  std::string error_title = "Ikkje eit gyldig tal";
  std::string error_message;

  lxw_data_validation* Point() {
    validation.error_title = error_title.data();
    validation.error_message = error_message.data();
    return &validation;
  }
};

ValueCheck CheckFor(core::ValueType type) {
  ValueCheck check;
  lxw_data_validation& v = check.validation;
  v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
  v.ignore_blank = LXW_VALIDATION_ON;
  switch (type) {
    case core::ValueType::kNonNegativeInteger:
      v.validate = LXW_VALIDATION_TYPE_INTEGER;
      v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
      check.error_message = "Skriv eit heilt tal som er 0 eller meir.";
      break;
    case core::ValueType::kInteger:
      v.validate = LXW_VALIDATION_TYPE_INTEGER;
      v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      v.minimum_number = -1e15;
      v.maximum_number = 1e15;
      check.error_message = "Skriv eit heilt tal.";
      break;
    case core::ValueType::kNumber:
      v.validate = LXW_VALIDATION_TYPE_DECIMAL;
      v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
      check.error_message = "Skriv eit tal som er 0 eller meir, til dømes 1,5.";
      break;
    case core::ValueType::kPercentage:
      v.validate = LXW_VALIDATION_TYPE_DECIMAL;
      v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      v.maximum_number = 100;
      check.error_message = "Skriv eit tal frå 0 til 100.";
      break;
    case core::ValueType::kBoolean: return check;
  }
  check.any = true;
  return check;
}

struct Formats {
  lxw_format* title;
  lxw_format* label;
  lxw_format* header;
  lxw_format* code;
  lxw_format* last_year;
  lxw_format* value;
  lxw_format* comment;
};

Formats AddFormats(lxw_workbook* workbook) {
  Formats f{};
  f.title = workbook_add_format(workbook);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.label = workbook_add_format(workbook);
  format_set_bold(f.label);
  f.header = workbook_add_format(workbook);
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_bg_color(f.header, kHeaderFill);
  format_set_border(f.header, LXW_BORDER_THIN);
  f.code = workbook_add_format(workbook);
  format_set_border(f.code, LXW_BORDER_THIN);
  f.last_year = workbook_add_format(workbook);
  format_set_border(f.last_year, LXW_BORDER_THIN);
  format_set_bg_color(f.last_year, kGreyFill);
  format_set_font_color(f.last_year, kGreyText);
  f.value = workbook_add_format(workbook);
  format_set_border(f.value, LXW_BORDER_THIN);
  format_set_bg_color(f.value, kInputFill);
  format_set_unlocked(f.value);
  f.comment = workbook_add_format(workbook);
  format_set_border(f.comment, LXW_BORDER_THIN);
  format_set_bg_color(f.comment, kInputFill);
  format_set_text_wrap(f.comment);
  format_set_unlocked(f.comment);
  return f;
}

void WriteText(lxw_worksheet* ws, lxw_row_t row, size_t column, const std::string& text, lxw_format* format) {
  worksheet_write_string(ws, row, static_cast<lxw_col_t>(column), text.c_str(), format);
}

void WriteRow(lxw_worksheet* ws, lxw_row_t row, const TemplateSheet& sheet, const TemplateRow& r, const Formats& f) {
  WriteText(ws, row, kTemplateOrgUnit, r.org_unit, f.code);
  WriteText(ws, row, kTemplateOrgUnitName, r.org_unit_name, f.code);
  WriteText(ws, row, kTemplateElement, r.element, f.code);
  WriteText(ws, row, kTemplateElementName, r.element_name, f.code);
  WriteText(ws, row, kTemplateCombo, r.combo, f.code);
  WriteText(ws, row, kTemplatePeriod, sheet.period, f.code);
  if (r.last_year_suppressed) {
    worksheet_write_string(ws, row, kTemplateLastYear, "prikka", f.last_year);
  } else if (r.last_year) {
    worksheet_write_number(ws, row, kTemplateLastYear, *r.last_year, f.last_year);
  } else {
    worksheet_write_blank(ws, row, kTemplateLastYear, f.last_year);
  }
  if (r.value) {
    worksheet_write_number(ws, row, kTemplateValue, *r.value, f.value);
  } else {
    worksheet_write_blank(ws, row, kTemplateValue, f.value);
  }
  if (!r.comment.empty()) {
    worksheet_write_string(ws, row, kTemplateComment, r.comment.c_str(), f.comment);
  } else {
    worksheet_write_blank(ws, row, kTemplateComment, f.comment);
  }
}

core::Status Fill(lxw_workbook* workbook, const TemplateSheet& sheet) {
  const std::string title = "Årleg rapportering til kunnskapsklynga – " + YearText(sheet.year);
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>(title.c_str());
  properties.company = const_cast<char*>("Polyfon");
  workbook_set_properties(workbook, &properties);
  lxw_worksheet* ws = workbook_add_worksheet(workbook, std::string(kTemplateSheet).c_str());
  if (ws == nullptr) return core::Status::Internal("cannot add the sheet " + std::string(kTemplateSheet));
  const Formats f = AddFormats(workbook);
  for (size_t c = 0; c < kTemplateColumnCount; ++c) {
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), kColumnWidths[c], nullptr);
  }

  WriteText(ws, kTitleRow, 0, title, f.title);
  WriteText(ws, kFirstInfoRow, 0, "Klyngedeltakar", f.label);
  WriteText(ws, kFirstInfoRow, 1, sheet.participant_name + " (" + sheet.participant_code + ")", nullptr);
  WriteText(ws, kFirstInfoRow + 1, 0, "År (period)", f.label);
  WriteText(ws, kFirstInfoRow + 1, 1, sheet.period, nullptr);
  const std::vector<std::string> help = Instructions(sheet);
  for (size_t i = 0; i < help.size(); ++i) WriteText(ws, kFirstHelpRow + static_cast<lxw_row_t>(i), 0, help[i], nullptr);

  const auto header_row = static_cast<lxw_row_t>(kFirstHelpRow + help.size() + 1);
  for (size_t c = 0; c < kTemplateColumnCount; ++c) WriteText(ws, header_row, c, std::string(kTemplateHeaders[c]), f.header);
  worksheet_freeze_panes(ws, header_row + 1, 0);

  const lxw_row_t first = header_row + 1;
  for (size_t i = 0; i < sheet.rows.size(); ++i) WriteRow(ws, first + static_cast<lxw_row_t>(i), sheet, sheet.rows[i], f);
  // One input check per run of rows whose values have the same type.
  for (size_t begin = 0; begin < sheet.rows.size();) {
    size_t end = begin + 1;
    while (end < sheet.rows.size() && sheet.rows[end].value_type == sheet.rows[begin].value_type) ++end;
    ValueCheck check = CheckFor(sheet.rows[begin].value_type);
    if (check.any) {
      worksheet_data_validation_range(ws, first + static_cast<lxw_row_t>(begin), kTemplateValue,
                                      first + static_cast<lxw_row_t>(end - 1), kTemplateValue, check.Point());
    }
    begin = end;
  }

  // No password: the protection keeps the layout from being broken by mistake, it is no security.
  lxw_protection protection{};
  protection.format_columns = 1;  // widening a column is harmless, and long names need it
  protection.format_rows = 1;
  worksheet_protect(ws, nullptr, &protection);
  // Printed on A4 across, one page wide, the table's header on every page.
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);
  worksheet_fit_to_pages(ws, 1, 0);
  worksheet_repeat_rows(ws, header_row, header_row);
  worksheet_activate(ws);
  worksheet_set_selection(ws, first, kTemplateValue, first, kTemplateValue);
  return core::Status::Ok();
}

}  // namespace

core::Result<std::string> WriteXlsxTemplate(const TemplateSheet& sheet) {
  return BuildXlsx([&sheet](lxw_workbook* workbook) { return Fill(workbook, sheet); });
}

}  // namespace polyfon::io
