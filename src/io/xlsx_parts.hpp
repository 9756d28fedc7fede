#pragma once

// Internal to io (xlsx_reader): the XML parts of an XLSX package, read with pugixml. Element and
// attribute names are matched by their local name, because writers choose their own namespace
// prefixes ("x:sheet" as well as "sheet").

#include <pugixml.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"
#include "io/xlsx_reader.hpp"

namespace polyfon::io::xlsx {

// Parses `bytes` (modified in place; keep it alive with the document). Fails with kInvalidArgument
// "WHERE: malformed XML at offset N: what pugixml found" (N counts bytes from 0). No DTD is read, so entities cannot expand.
core::Status LoadXml(pugi::xml_document& document, std::string& bytes, std::string_view where);

// The name of `node` or an attribute without its namespace prefix.
std::string_view LocalName(const char* name);
// The first child element of `node` whose local name is `local`, or an empty node.
pugi::xml_node Child(const pugi::xml_node& node, std::string_view local);
// The value of the attribute of `node` whose local name is `local`, or "".
std::string_view Attribute(const pugi::xml_node& node, std::string_view local);

// The text of a string item (<si>, <is>): its <t>, or the <t> of each rich-text run <r> joined,
// without phonetic guides, with the _xHHHH_ escapes of OOXML decoded.
std::string ItemText(const pugi::xml_node& item);

// The shared string table (xl/sharedStrings.xml) in order.
core::Result<std::vector<std::string>> ReadSharedStrings(std::string& bytes, std::string_view where);

// What ReadSheetCells needs besides the part's bytes.
struct SheetContext {
  std::string_view file_name;
  std::string_view part;                   // for messages about the XML: "xl/worksheets/sheet1.xml"
  const std::vector<std::string>& strings;  // the shared strings
  size_t& cells_left;                       // the cell budget left; fails when it runs out
  size_t max_cells;                         // the whole budget, for the message
};

// Reads the cells of a worksheet part into `sheet` (whose name is set), sorted by row and column.
core::Status ReadSheetCells(std::string& bytes, const SheetContext& context, XlsxWorksheet& sheet);

}  // namespace polyfon::io::xlsx
