// An XLSX file is a zip package (OPC): _rels/.rels names the workbook part, the workbook lists its
// sheets by name and relationship id, and the workbook's relationships name each sheet's part and
// the shared string table. ECMA-376 parts 1 and 2.

#include "io/xlsx_reader.hpp"

#include <algorithm>

#include "io/xlsx_parts.hpp"
#include "io/zip_archive.hpp"

namespace polyfon::io {

namespace {

constexpr uint32_t kMaxRows = 1048576;
constexpr uint32_t kMaxColumns = 16384;

struct Relationship {
  std::string id;
  std::string type;    // the last segment of the type URI: "worksheet", "sharedStrings"
  std::string target;  // the part's name in the zip, resolved
};

std::string DirectoryOf(std::string_view part) {
  const size_t slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

// The zip member a relationship's target names: absolute ("/xl/sheet1.xml") or relative to the
// directory of the part that holds the relationship, with "." and ".." resolved.
std::string ResolveTarget(std::string_view base_directory, std::string_view target) {
  const std::string path = target.starts_with('/') ? std::string(target.substr(1))
                                                   : std::string(base_directory) + std::string(target);
  std::vector<std::string> segments;
  size_t start = 0;
  while (start <= path.size()) {
    const size_t slash = std::min(path.find('/', start), path.size());
    const std::string segment = path.substr(start, slash - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = slash + 1;
  }
  std::string resolved;
  for (const std::string& segment : segments) resolved += (resolved.empty() ? "" : "/") + segment;
  return resolved;
}

core::Result<std::vector<Relationship>> ReadRelationships(std::string& bytes, std::string_view where,
                                                         std::string_view base_directory) {
  pugi::xml_document document;
  POLYFON_RETURN_IF_ERROR(xlsx::LoadXml(document, bytes, where));
  std::vector<Relationship> relationships;
  for (pugi::xml_node node = document.document_element().first_child(); node; node = node.next_sibling()) {
    if (node.type() != pugi::node_element || xlsx::LocalName(node.name()) != "Relationship") continue;
    if (xlsx::Attribute(node, "TargetMode") == "External") continue;
    const std::string_view type = xlsx::Attribute(node, "Type");
    relationships.push_back({std::string(xlsx::Attribute(node, "Id")), std::string(type.substr(type.rfind('/') + 1)),
                             ResolveTarget(base_directory, xlsx::Attribute(node, "Target"))});
  }
  return relationships;
}

const Relationship* FindType(const std::vector<Relationship>& relationships, std::string_view type) {
  for (const Relationship& r : relationships) {
    if (r.type == type) return &r;
  }
  return nullptr;
}

// Reads parts of one package within the limits, counting what all parts inflate to.
class PartReader {
 public:
  PartReader(std::string_view file_name, const ZipArchive& zip, const XlsxLimits& limits)
      : file_name_(file_name), zip_(zip), limits_(limits), total_left_(limits.max_total_bytes) {}

  // A part within the per-part limit may still overrun the total: that is found once it is read,
  // so at most one part's limit is held beyond the total.
  core::Result<std::optional<std::string>> Read(std::string_view part) {
    auto bytes = zip_.Read(part, limits_.max_part_bytes);
    if (!bytes || !*bytes) return bytes;
    if ((*bytes)->size() > total_left_) {
      return core::Status::InvalidArgument(std::string(file_name_) + ": its parts inflate to more than " +
                                           DescribeBytes(limits_.max_total_bytes) + "; not read");
    }
    total_left_ -= (*bytes)->size();
    return bytes;
  }

  std::string Where(std::string_view part) const { return std::string(file_name_) + ": " + std::string(part); }

 private:
  std::string_view file_name_;
  const ZipArchive& zip_;
  const XlsxLimits& limits_;
  size_t total_left_;
};

}  // namespace

std::string XlsxCellName(uint32_t row, uint32_t column) {
  std::string letters;
  for (uint64_t c = uint64_t{column} + 1; c > 0; c = (c - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  }
  return letters + std::to_string(uint64_t{row} + 1);
}

std::optional<std::pair<uint32_t, uint32_t>> ParseXlsxCellName(std::string_view name) {
  size_t i = 0;
  if (i < name.size() && name[i] == '$') ++i;
  uint32_t column = 0;
  const size_t letters = i;
  for (; i < name.size() && name[i] >= 'A' && name[i] <= 'Z' && i - letters < 3; ++i) {
    column = column * 26 + static_cast<uint32_t>(name[i] - 'A' + 1);
  }
  if (i == letters || column > kMaxColumns) return std::nullopt;
  if (i < name.size() && name[i] == '$') ++i;
  uint32_t row = 0;
  const size_t digits = i;
  for (; i < name.size() && name[i] >= '0' && name[i] <= '9' && i - digits < 7; ++i) {
    row = row * 10 + static_cast<uint32_t>(name[i] - '0');
  }
  if (i == digits || i != name.size() || row == 0 || row > kMaxRows) return std::nullopt;
  return std::make_pair(row - 1, column - 1);
}

const XlsxCell* XlsxWorksheet::Find(uint32_t row, uint32_t column) const {
  const auto it = std::lower_bound(cells.begin(), cells.end(), std::make_pair(row, column),
                                   [](const XlsxCell& cell, const std::pair<uint32_t, uint32_t>& place) {
                                     return std::make_pair(cell.row, cell.column) < place;
                                   });
  return it != cells.end() && it->row == row && it->column == column ? &*it : nullptr;
}

const XlsxWorksheet* XlsxWorkbook::Find(std::string_view name) const {
  for (const XlsxWorksheet& sheet : sheets) {
    if (sheet.name == name) return &sheet;
  }
  return nullptr;
}

core::Result<XlsxWorkbook> ReadXlsx(std::string_view file_name, std::string_view content, const XlsxLimits& limits) {
  POLYFON_ASSIGN_OR_RETURN(const ZipArchive zip, ZipArchive::Open(file_name, content));
  PartReader parts(file_name, zip, limits);
  const std::string name(file_name);

  std::string workbook_part = "xl/workbook.xml";  // where every writer puts it, if the package does not say
  POLYFON_ASSIGN_OR_RETURN(auto package_rels, parts.Read("_rels/.rels"));
  if (package_rels) {
    POLYFON_ASSIGN_OR_RETURN(const auto rels, ReadRelationships(*package_rels, parts.Where("_rels/.rels"), ""));
    if (const Relationship* document = FindType(rels, "officeDocument")) workbook_part = document->target;
  }
  POLYFON_ASSIGN_OR_RETURN(auto workbook_bytes, parts.Read(workbook_part));
  if (!workbook_bytes) {
    return core::Status::InvalidArgument(name + ": not an XLSX workbook (the zip archive has no " + workbook_part +
                                         ")");
  }
  pugi::xml_document workbook;
  POLYFON_RETURN_IF_ERROR(xlsx::LoadXml(workbook, *workbook_bytes, parts.Where(workbook_part)));
  if (xlsx::LocalName(workbook.document_element().name()) != "workbook") {
    return core::Status::InvalidArgument(name + ": not an XLSX workbook (" + workbook_part + " is no workbook)");
  }

  const std::string directory = DirectoryOf(workbook_part);
  const std::string rels_part = directory + "_rels/" + workbook_part.substr(directory.size()) + ".rels";
  POLYFON_ASSIGN_OR_RETURN(auto rels_bytes, parts.Read(rels_part));
  if (!rels_bytes) return core::Status::InvalidArgument(name + ": not an XLSX workbook (no " + rels_part + ")");
  POLYFON_ASSIGN_OR_RETURN(const auto rels, ReadRelationships(*rels_bytes, parts.Where(rels_part), directory));

  std::vector<std::string> strings;
  if (const Relationship* shared = FindType(rels, "sharedStrings")) {
    POLYFON_ASSIGN_OR_RETURN(auto bytes, parts.Read(shared->target));
    if (!bytes) return core::Status::InvalidArgument(name + ": the workbook names " + shared->target + ", which is missing");
    POLYFON_ASSIGN_OR_RETURN(strings, xlsx::ReadSharedStrings(*bytes, parts.Where(shared->target)));
  }

  XlsxWorkbook out;
  size_t cells_left = limits.max_cells;
  for (pugi::xml_node sheet = xlsx::Child(workbook.document_element(), "sheets").first_child(); sheet;
       sheet = sheet.next_sibling()) {
    if (sheet.type() != pugi::node_element || xlsx::LocalName(sheet.name()) != "sheet") continue;
    const std::string sheet_name(xlsx::Attribute(sheet, "name"));
    const std::string_view id = xlsx::Attribute(sheet, "id");
    const auto rel = std::find_if(rels.begin(), rels.end(), [&](const Relationship& r) { return r.id == id; });
    if (rel == rels.end()) {
      return core::Status::InvalidArgument(name + ": sheet " + sheet_name + ": its relationship '" + std::string(id) +
                                           "' is not in " + rels_part);
    }
    if (rel->type != "worksheet") continue;  // chart sheets and dialogs hold no cells
    if (out.sheets.size() == limits.max_sheets) {
      return core::Status::InvalidArgument(name + ": more than " + std::to_string(limits.max_sheets) +
                                           " worksheets; not read");
    }
    POLYFON_ASSIGN_OR_RETURN(auto bytes, parts.Read(rel->target));
    if (!bytes) return core::Status::InvalidArgument(name + ": sheet " + sheet_name + ": " + rel->target + " is missing");
    XlsxWorksheet& read = out.sheets.emplace_back();
    read.name = sheet_name;
    const xlsx::SheetContext context{file_name, rel->target, strings, cells_left, limits.max_cells};
    POLYFON_RETURN_IF_ERROR(xlsx::ReadSheetCells(*bytes, context, read));
  }
  return out;
}

}  // namespace polyfon::io
