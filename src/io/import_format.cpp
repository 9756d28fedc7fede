#include "io/import_format.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "io/column_map.hpp"
#include "io/format_detection.hpp"
#include "io/npr_table.hpp"

namespace polyfon::io {

namespace {

constexpr std::array<std::pair<ImportFormat, const char*>, 16> kFormatNames{{
    {ImportFormat::kAuto, "auto"},
    {ImportFormat::kDhis2Csv, "csv"},
    {ImportFormat::kDhis2Json, "dhis2-json"},
    {ImportFormat::kNprTable, "npr-table"},
    {ImportFormat::kOrgUnitsCsv, "orgunits"},
    {ImportFormat::kParticipantsCsv, "participants"},
    {ImportFormat::kElementsCsv, "elements"},
    {ImportFormat::kCombosCsv, "combos"},
    {ImportFormat::kIndicatorsCsv, "indicators"},
    {ImportFormat::kMicrodata, "microdata"},
    {ImportFormat::kJsonStat, "json-stat"},
    {ImportFormat::kPx, "px"},
    {ImportFormat::kXlsxTemplate, "xlsx"},
    {ImportFormat::kActivitiesCsv, "activities"},
    {ImportFormat::kPlanItemsCsv, "plan-items"},
    {ImportFormat::kRegistryJson, "registry-json"},
}};

bool HasColumn(const CsvRecord& header, std::string_view name) {
  return std::any_of(header.fields.begin(), header.fields.end(),
                     [&](std::string_view cell) { return SameColumnName(cell, name); });
}

}  // namespace

const char* ImportFormatName(ImportFormat format) {
  for (const auto& [f, name] : kFormatNames) {
    if (f == format) return name;
  }
  return "";
}

std::optional<ImportFormat> ParseImportFormat(std::string_view name) {
  if (name == "dhis2-csv") return ImportFormat::kDhis2Csv;  // as export names it beside dhis2-json
  for (const auto& [f, n] : kFormatNames) {
    if (name == n) return f;
  }
  return std::nullopt;
}

core::Result<ImportFormat> DetectFormatFromHeader(std::string_view file_name, const CsvRecord& header) {
  if (header.size() > 0 && IsNprYearColumn(header[0])) return ImportFormat::kNprTable;
  if (HasColumn(header, "dataelement") && HasColumn(header, "period") && HasColumn(header, "orgunit") &&
      HasColumn(header, "value")) {
    return ImportFormat::kDhis2Csv;
  }
  // No other layout has a person column, and matching on it alone lets a microdata file that lacks
  // another column get the microdata parser's message about its header.
  if (HasColumn(header, "person_id")) return ImportFormat::kMicrodata;
  // The registry's tables have a title instead of a name; an activity has an organiser, a plan item
  // a responsible participant and a due date.
  if (HasColumn(header, "code") && HasColumn(header, "title")) {
    if (HasColumn(header, "organiser") || HasColumn(header, "organizer")) return ImportFormat::kActivitiesCsv;
    if (HasColumn(header, "responsible") || HasColumn(header, "due")) return ImportFormat::kPlanItemsCsv;
  }
  if (HasColumn(header, "code") && HasColumn(header, "name")) {
    // Each metadata layout has one column the others lack.
    constexpr std::array<std::pair<const char*, ImportFormat>, 5> kDistinctive{{
        {"kind", ImportFormat::kOrgUnitsCsv},
        {"helix_category", ImportFormat::kParticipantsCsv},
        {"value_type", ImportFormat::kElementsCsv},
        {"numerator", ImportFormat::kIndicatorsCsv},
        {"category", ImportFormat::kCombosCsv},
    }};
    for (const auto& [column, format] : kDistinctive) {
      if (HasColumn(header, column)) return format;
    }
  }
  return core::Status::InvalidArgument(
      std::string(file_name) + ":" + std::to_string(header.line) +
      ": the header fits no known layout (expected DHIS2 data values with dataelement, period, orgunit and value; "
      "an NPR table whose first column is year or år; microdata with person_id; metadata with code, name and "
      "one of kind, helix_category, value_type, category or numerator; or activities or plan items with code, title "
      "and organiser or responsible)");
}

bool LooksLikeJsonObject(std::string_view content) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (content.starts_with(kBom)) content.remove_prefix(kBom.size());
  const size_t first = content.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && content[first] == '{';
}

bool LooksLikePx(std::string_view content) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (content.starts_with(kBom)) content.remove_prefix(kBom.size());
  const size_t first = content.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return false;
  // A keyword of capitals, digits and hyphens, then '=', '[' (a language) or '(' (subkeys).
  size_t end = first;
  while (end < content.size() && end - first < 40 &&
         ((content[end] >= 'A' && content[end] <= 'Z') || (content[end] >= '0' && content[end] <= '9') ||
          content[end] == '-')) {
    ++end;
  }
  if (end == first || end >= content.size() || (content[end] != '=' && content[end] != '[' && content[end] != '(')) {
    return false;
  }
  return content.find("DATA=") != std::string_view::npos;
}

bool LooksLikeZip(std::string_view content) { return content.starts_with(std::string_view("PK\x03\x04", 4)); }

core::Result<ImportFormat> DetectImportFormat(std::string_view file_name, std::string_view content) {
  if (LooksLikeZip(content)) return ImportFormat::kXlsxTemplate;
  if (LooksLikePx(content)) return ImportFormat::kPx;
  if (LooksLikeJsonObject(content)) {
    switch (DetectJsonLayout(content)) {
      case JsonLayout::kJsonStat:
        return ImportFormat::kJsonStat;
      case JsonLayout::kRegistry:
        return ImportFormat::kRegistryJson;
      case JsonLayout::kDhis2:
      case JsonLayout::kUnknown:
        return ImportFormat::kDhis2Json;  // whose parser says what a data value set needs
    }
  }
  POLYFON_ASSIGN_OR_RETURN(CsvReader reader, CsvReader::Open(file_name, content));
  CsvRecord header;
  if (!reader.Next(&header)) {
    if (!reader.status().ok()) return reader.status();
    return core::Status::InvalidArgument(std::string(file_name) + ": file is empty");
  }
  return DetectFormatFromHeader(file_name, header);
}

}  // namespace polyfon::io
