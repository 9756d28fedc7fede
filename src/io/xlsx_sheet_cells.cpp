// The cells of one worksheet part (xl/worksheets/sheetN.xml): <sheetData><row r="7"><c r="C7" t="s">
// <v>3</v></c></row></sheetData>. ECMA-376 part 1, 18.3.1.4 (c) and 18.18.11 (ST_CellType).

#include <algorithm>
#include <charconv>
#include <cmath>

#include "io/xlsx_parts.hpp"

namespace polyfon::io::xlsx {

namespace {

constexpr uint32_t kMaxRows = 1048576;
constexpr uint32_t kMaxColumns = 16384;

std::string Quote(std::string_view text) {
  constexpr size_t kShown = 40;
  if (text.size() <= kShown) return "'" + std::string(text) + "'";
  return "'" + std::string(text.substr(0, kShown)) + "...'";
}

// Reads one <c> into `cell` (whose row and column are set). Returns false for a cell without a
// value (formatted but empty, or a formula never calculated); reports a bad value as an error.
core::Result<bool> ReadValue(const pugi::xml_node& c, const std::vector<std::string>& strings, XlsxCell& cell) {
  const std::string_view type = Attribute(c, "t");
  const pugi::xml_node v = Child(c, "v");
  if (type == "inlineStr") {
    const pugi::xml_node is = Child(c, "is");
    if (!is) return false;
    cell.type = XlsxCell::Type::kText;
    cell.text = ItemText(is);
    return true;
  }
  if (!v) return false;
  const std::string_view text = v.text().get();
  if (type == "s") {
    size_t index = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), index);
    if (error != std::errc() || end != text.data() + text.size() || index >= strings.size()) {
      return core::Status::InvalidArgument("shared string " + Quote(text) + " does not exist (the workbook has " +
                                           std::to_string(strings.size()) + ")");
    }
    cell.type = XlsxCell::Type::kText;
    cell.text = strings[index];
  } else if (type == "str" || type == "d") {  // a formula's string result; an ISO 8601 date
    cell.type = XlsxCell::Type::kText;
    cell.text = std::string(text);
  } else if (type == "b") {
    if (text != "0" && text != "1") return core::Status::InvalidArgument(Quote(text) + " is not a boolean (0 or 1)");
    cell.type = XlsxCell::Type::kBoolean;
    cell.number = text == "1" ? 1 : 0;
    cell.text = text == "1" ? "TRUE" : "FALSE";
  } else if (type == "e") {
    cell.type = XlsxCell::Type::kError;
    cell.text = std::string(text);
  } else if (type.empty() || type == "n") {
    double number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(number)) {
      return core::Status::InvalidArgument(Quote(text) + " is not a number");
    }
    cell.type = XlsxCell::Type::kNumber;
    cell.number = number;
    cell.text = std::string(text);
  } else {
    return core::Status::InvalidArgument("unknown cell type " + Quote(type));
  }
  return true;
}

}  // namespace

core::Status ReadSheetCells(std::string& bytes, const SheetContext& context, XlsxWorksheet& sheet) {
  pugi::xml_document document;
  const std::string where = std::string(context.file_name) + ": " + std::string(context.part);
  POLYFON_RETURN_IF_ERROR(LoadXml(document, bytes, where));
  const pugi::xml_node root = document.document_element();
  if (LocalName(root.name()) != "worksheet") {
    return core::Status::InvalidArgument(where + ": not a worksheet (root element " + root.name() + ")");
  }
  const std::string sheet_where = std::string(context.file_name) + ": sheet " + sheet.name;
  const auto cell_error = [&](uint32_t row, uint32_t column, const std::string& what) {
    return core::Status::InvalidArgument(sheet_where + ", cell " + XlsxCellName(row, column) + ": " + what);
  };
  // Rows and cells may leave out their reference: they then follow the one before.
  uint32_t row = 0;
  for (pugi::xml_node r = Child(root, "sheetData").first_child(); r; r = r.next_sibling()) {
    if (r.type() != pugi::node_element || LocalName(r.name()) != "row") continue;
    if (const std::string_view number = Attribute(r, "r"); !number.empty()) {
      uint32_t given = 0;
      const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), given);
      if (error != std::errc() || end != number.data() + number.size() || given == 0 || given > kMaxRows) {
        return core::Status::InvalidArgument(sheet_where + ": row number " + Quote(number) + " is not valid");
      }
      row = given - 1;
    }
    uint32_t column = 0;
    for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element || LocalName(c.name()) != "c") continue;
      if (const std::string_view name = Attribute(c, "r"); !name.empty()) {
        const auto place = ParseXlsxCellName(name);
        if (!place) return core::Status::InvalidArgument(sheet_where + ": " + Quote(name) + " is not a cell reference");
        row = place->first;
        column = place->second;
      } else if (column >= kMaxColumns) {
        return core::Status::InvalidArgument(sheet_where + ", row " + std::to_string(row + 1) +
                                             ": more than " + std::to_string(kMaxColumns) + " columns");
      }
      XlsxCell cell;
      cell.row = row;
      cell.column = column;
      auto has_value = ReadValue(c, context.strings, cell);
      if (!has_value) return cell_error(row, column, has_value.error().message());
      ++column;
      if (!*has_value) continue;
      if (context.cells_left == 0) {
        return core::Status::InvalidArgument(sheet_where + ": more than " + std::to_string(context.max_cells) +
                                             " cells in the workbook; not read");
      }
      --context.cells_left;
      sheet.cells.push_back(std::move(cell));
    }
    ++row;
  }
  // Writers list cells in order; sorting makes Find work whatever the file did, and a cell given
  // twice keeps its last value.
  std::stable_sort(sheet.cells.begin(), sheet.cells.end(), [](const XlsxCell& a, const XlsxCell& b) {
    return a.row != b.row ? a.row < b.row : a.column < b.column;
  });
  auto last = std::unique(sheet.cells.rbegin(), sheet.cells.rend(), [](const XlsxCell& a, const XlsxCell& b) {
    return a.row == b.row && a.column == b.column;
  });
  sheet.cells.erase(sheet.cells.begin(), last.base());
  return core::Status::Ok();
}

}  // namespace polyfon::io::xlsx
