#pragma once

// Shared by the io and app unit tests: workbooks and zip archives made in the test, and a filled-in
// copy of a workbook (what a person returns after typing into a template).

#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "io/xlsx_reader.hpp"

namespace polyfon::xlsx_testing {

// A temporary file's path, removed with the object.
struct TempFile {
  std::string path;
  TempFile() {
    path = (std::filesystem::temp_directory_path() / "polyfon-test-XXXXXX.xlsx").string();
    const int fd = mkstemps(path.data(), 5);
    if (fd >= 0) close(fd);
  }
  ~TempFile() { std::remove(path.c_str()); }
  std::string Bytes() const {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
  }
};

// The bytes of a workbook that `fill` writes with libxlsxwriter.
inline std::string WriteWorkbook(const std::function<void(lxw_workbook*)>& fill) {
  TempFile file;
  lxw_workbook* workbook = workbook_new(file.path.c_str());
  fill(workbook);
  workbook_close(workbook);
  return file.Bytes();
}

// A zip archive holding `members` (name, bytes) in order, deflated.
inline std::string ZipOf(const std::vector<std::pair<std::string, std::string>>& members) {
  TempFile file;
  int error = 0;
  zip_t* archive = zip_open(file.path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  for (const auto& [name, bytes] : members) {
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
  }
  zip_close(archive);
  return file.Bytes();
}

// The bytes of member `name` of the zip archive `zip_bytes`, or "" if there is none.
inline std::string ZipMember(const std::string& zip_bytes, const std::string& name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(zip_bytes.data(), zip_bytes.size(), 0, &error);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  zip_error_fini(&error);
  if (archive == nullptr) {
    zip_source_free(source);
    return {};
  }
  std::string bytes;
  if (zip_file_t* file = zip_fopen(archive, name.c_str(), 0)) {
    char chunk[4096];
    for (zip_int64_t got; (got = zip_fread(file, chunk, sizeof chunk)) > 0;) bytes.append(chunk, static_cast<size_t>(got));
    zip_fclose(file);
  }
  zip_discard(archive);
  return bytes;
}

// A cell typed in: a number, or text (as a person types "1,5" into a cell formatted as text).
using TypedCell = std::variant<double, std::string>;

// A copy of `workbook` (its cells' values, no formats) with `typed` ("H11" -> value) written into
// the sheet `sheet`, as Excel or LibreOffice would save a template someone filled in.
inline std::string FilledCopy(const io::XlsxWorkbook& workbook, const std::string& sheet,
                              const std::map<std::string, TypedCell>& typed) {
  return WriteWorkbook([&](lxw_workbook* out) {
    for (const io::XlsxWorksheet& read : workbook.sheets) {
      lxw_worksheet* ws = workbook_add_worksheet(out, read.name.c_str());
      for (const io::XlsxCell& cell : read.cells) {
        if (cell.type == io::XlsxCell::Type::kNumber) {
          worksheet_write_number(ws, cell.row, static_cast<lxw_col_t>(cell.column), cell.number, nullptr);
        } else if (cell.type == io::XlsxCell::Type::kBoolean) {
          worksheet_write_boolean(ws, cell.row, static_cast<lxw_col_t>(cell.column), cell.number != 0, nullptr);
        } else {
          worksheet_write_string(ws, cell.row, static_cast<lxw_col_t>(cell.column), cell.text.c_str(), nullptr);
        }
      }
      if (read.name != sheet) continue;
      for (const auto& [name, value] : typed) {
        const auto place = io::ParseXlsxCellName(name);
        if (!place) continue;
        const auto column = static_cast<lxw_col_t>(place->second);
        if (const double* number = std::get_if<double>(&value)) {
          worksheet_write_number(ws, place->first, column, *number, nullptr);
        } else {
          worksheet_write_string(ws, place->first, column, std::get<std::string>(value).c_str(), nullptr);
        }
      }
    }
  });
}

}  // namespace polyfon::xlsx_testing
