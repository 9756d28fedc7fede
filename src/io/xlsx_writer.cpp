#include "io/xlsx_writer.hpp"

#include <xlsxwriter.h>

#include "io/xlsx_workbook_file.hpp"

namespace polyfon::io {

core::Result<std::string> WriteXlsx(const XlsxSheet& sheet) {
  return BuildXlsx([&sheet](lxw_workbook* workbook) {
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheet.name.c_str());
    if (worksheet == nullptr) return core::Status::Internal("cannot add the sheet '" + sheet.name + "'");
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    for (size_t c = 0; c < sheet.header.size(); ++c) {
      worksheet_write_string(worksheet, 0, static_cast<lxw_col_t>(c), sheet.header[c].c_str(), bold);
    }
    for (size_t r = 0; r < sheet.rows.size(); ++r) {
      const auto row = static_cast<lxw_row_t>(r + 1);
      for (size_t c = 0; c < sheet.rows[r].size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        const XlsxSheet::Cell& cell = sheet.rows[r][c];
        if (const double* number = std::get_if<double>(&cell)) {
          worksheet_write_number(worksheet, row, col, *number, nullptr);
        } else if (const std::string* text = std::get_if<std::string>(&cell)) {
          worksheet_write_string(worksheet, row, col, text->c_str(), nullptr);
        }
      }
    }
    return core::Status::Ok();
  });
}

}  // namespace polyfon::io
