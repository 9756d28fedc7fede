#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/data_element.hpp"
#include "core/status.hpp"

namespace polyfon::io {

// One row of the reporting template: a figure one unit reports for the year.
struct TemplateRow {
  std::string org_unit;       // code
  std::string org_unit_name;
  std::string element;        // data element code
  std::string element_name;   // what a person reads: the element, and for a combo its meaning
  std::string combo;          // category option combo code; "default" for the total
  core::ValueType value_type = core::ValueType::kNumber;  // chooses the spreadsheet's input check
  std::optional<double> last_year;  // the stored value of the year before, if any
  bool last_year_suppressed = false;  // a small count hidden from public output: shown as "prikka"
  // This year's value and comment as already stored, filled in as the web form fills its fields:
  // returned unchanged, they import as they are.
  std::optional<double> value;
  std::string comment;
};

// What the template for one participant and year holds (io/xlsx_template_layout.hpp lays it out).
struct TemplateSheet {
  std::string participant_code;
  std::string participant_name;
  int year = 0;
  std::string period;               // the DHIS2 period id every row reports for: "2025"
  std::vector<std::string> notes;   // lines of help after the general instructions (Nynorsk)
  std::vector<TemplateRow> rows;
};

// The .xlsx bytes of the yearly reporting template: one sheet "Rapport" with a header block (the
// participant, the year, instructions in Nynorsk), then the table of kTemplateHeaders with one row
// per TemplateRow. Only the value and comment cells are unlocked, and the sheet is protected
// without a password, so the layout the parser relies on stays as written; the value cells warn
// (do not refuse) when a number is not whole or below 0 as the value type asks. Last year's values
// are grey. Fails with kInternal if the workbook cannot be written.
core::Result<std::string> WriteXlsxTemplate(const TemplateSheet& sheet);

}  // namespace polyfon::io
