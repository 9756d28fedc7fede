#include "io/xlsx_writer.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace polyfon::io {

core::Result<std::string> WriteXlsx(const XlsxSheet& sheet) {
  std::string path = (std::filesystem::temp_directory_path() / "polyfon-XXXXXX.xlsx").string();
  const int fd = mkstemps(path.data(), 5);
  if (fd < 0) return core::Status::Internal("cannot create a temporary file for the spreadsheet");
  close(fd);
  struct Remove {
    std::string path;
    ~Remove() { std::remove(path.c_str()); }
  } remove{path};

  lxw_workbook* workbook = workbook_new(path.c_str());
  if (workbook == nullptr) return core::Status::Internal("cannot start the spreadsheet");
  lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheet.name.c_str());
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
  if (workbook_close(workbook) != LXW_NO_ERROR) return core::Status::Internal("cannot write the spreadsheet");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace polyfon::io
