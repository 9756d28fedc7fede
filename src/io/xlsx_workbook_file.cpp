#include "io/xlsx_workbook_file.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace polyfon::io {

core::Result<std::string> BuildXlsx(const std::function<core::Status(lxw_workbook*)>& fill) {
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
  if (core::Status filled = fill(workbook); !filled.ok()) {
    workbook_close(workbook);  // frees it; the file is removed anyway
    return filled;
  }
  if (workbook_close(workbook) != LXW_NO_ERROR) return core::Status::Internal("cannot write the spreadsheet");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) return core::Status::Internal("cannot read back the spreadsheet");
  return bytes.str();
}

}  // namespace polyfon::io
