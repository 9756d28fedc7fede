#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/status.hpp"

namespace polyfon::io {

enum class ImportFormat {
  kAuto,
  kDhis2Csv,         // DHIS2 data value CSV
  kDhis2Json,        // DHIS2 data value set JSON
  kNprTable,         // wide table: a year column, then one column per region
  kOrgUnitsCsv,      // organisation units with dated parent links
  kParticipantsCsv,  // cluster participants with membership history
  kElementsCsv,      // data elements
  kCombosCsv,        // category option combos
  kIndicatorsCsv,    // indicators
  kMicrodata,        // pseudonymised patient contacts, counted into distinct patients
  kJsonStat,         // a JSON-stat 2.0 dataset (a statistics office's table), mapped by stat_mapping
  kPx,               // a PX-Axis file (PxWeb), mapped by stat_mapping
  kXlsxTemplate,     // a filled-in yearly reporting template (XLSX)
  kActivitiesCsv,    // the cluster's activities (conferences, webinars, ...)
  kPlanItemsCsv,     // milestones and actions of the cluster's plans
  kRegistryJson,     // the registry document: bodies, activities, goals, plan items (registry_json.hpp)
};

// The names used on the command line: "auto", "csv" (= DHIS2 CSV; "dhis2-csv" is read too), "dhis2-json", "npr-table",
// "orgunits", "participants", "elements", "combos", "indicators", "microdata", "json-stat", "px", "xlsx",
// "activities", "plan-items", "registry-json".
const char* ImportFormatName(ImportFormat format);
std::optional<ImportFormat> ParseImportFormat(std::string_view name);

// Decides the format of a file: for a JSON object ('{' after an optional BOM and whitespace)
// JSON-stat if its first telling top-level key is JSON-stat's (version, class, ...), the registry
// document if it is bodies, activities, goals or planItems, else DHIS2 JSON; for
// anything else, from its header row. Fails with kInvalidArgument naming the file when the
// header fits no known layout, or when the file is empty or not text.
core::Result<ImportFormat> DetectImportFormat(std::string_view file_name, std::string_view content);

}  // namespace polyfon::io
