// For the LibreOffice round trip (libreoffice_roundtrip.test.mjs): reads a filled-in reporting
// template against the catalog of a Polyfon database and prints its values, one per line, sorted:
//   element,orgunit,period,combo,value,comment
// Usage: polyfon_template_tool DB FILE.xlsx. Exit 1 with the parser's message on stderr when the
// file does not pass. (`polyfon import` reads templates once the importer detects them.)

#include <algorithm>
#include <charconv>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/catalog.hpp"
#include "io/xlsx_template_parser.hpp"
#include "store/sqlite/sqlite_store.hpp"

int main(int argc, char** argv) {
  using namespace polyfon;
  if (argc != 3) {
    std::cerr << "usage: polyfon_template_tool DB FILE.xlsx\n";
    return 2;
  }
  auto store = store::sqlite::OpenSqliteStore(argv[1], store::sqlite::OpenMode::kMustExist);
  if (!store) {
    std::cerr << store.error().message() << "\n";
    return 1;
  }
  auto catalog = (*store)->LoadCatalog();
  if (!catalog) {
    std::cerr << catalog.error().message() << "\n";
    return 1;
  }
  std::ifstream in(argv[2], std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const core::CatalogIndex index(*catalog);
  auto batch = io::ParseXlsxTemplate(argv[2], bytes.str(), index, io::ImportOptions{});
  if (!batch) {
    std::cerr << batch.error().message() << "\n";
    return 1;
  }
  std::vector<std::string> lines;
  for (const core::DataValue& value : batch->values) {
    char number[64];
    const auto end = std::to_chars(number, number + sizeof number, value.value).ptr;
    lines.push_back(value.element + "," + value.org_unit + "," + value.period + "," + value.combo + "," +
                    std::string(number, end) + "," + value.provenance.comment);
  }
  std::sort(lines.begin(), lines.end());
  for (const std::string& line : lines) std::cout << line << "\n";
  return 0;
}
