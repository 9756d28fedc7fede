#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/catalog.hpp"
#include "core/status.hpp"
#include "io/dhis2_id_scheme.hpp"
#include "io/import_batch.hpp"
#include "io/import_format.hpp"

namespace polyfon::io {

// A mapping file as given: its name (for messages) and its bytes.
struct MappingFile {
  std::string name;
  std::string content;
};

struct ImportOptions {
  ImportFormat format = ImportFormat::kAuto;
  // Data element for layouts that do not name one (the NPR table, microdata): "mt_patients".
  std::string element = "mt_patients";
  // Who imports and when (ISO 8601). Values whose row has no storedby / lastupdated keep those
  // empty; the store records these (as the ImportSource) in their place.
  std::string stored_by;
  std::string now;
  // How the dimensions and codes of statistics tables (JSON-stat) map onto the catalog
  // (io/stat_mapping_file.hpp); parsed for each such file, ignored by the other layouts.
  std::optional<MappingFile> mapping;
  // The language to read a multilingual PX file in ("sv", "en"); empty = the file's default.
  std::string language;
  // How DHIS2 data value sets (JSON and CSV) name elements, org units and combos; a JSON data value
  // set's own idScheme keys override these. Ignored by the other layouts, which use codes.
  IdSchemes id_schemes;
};

// Parses and validates the whole of `content`, the bytes of the file `file_name`, against the
// metadata in `catalog`. All-or-nothing: on success every row is in the batch; on failure the
// Status (kInvalidArgument) lists up to 10 problems, one per line, each as
//   FILE:LINE: column N (NAME): what is wrong
// and nothing is returned. Accepts `;` or `,` separators, UTF-8 with or without BOM, CRLF, quoted
// fields and decimal commas. Rejects empty files, binary data and invalid UTF-8.
// DHIS2 JSON data value sets (detected by their leading '{') report problems as
//   FILE: dataValues[3].value: what is wrong
// and malformed JSON as FILE:LINE:COLUMN: what the JSON parser found. JSON-stat datasets (a JSON
// object with "version" or "class") report a cell as
//   FILE: cell Region=4601, Tid=2020: what is wrong
// and problems with the mapping file as MAPPING:LINE: what is wrong. PX-Axis files (detected by a
// leading keyword record and a DATA record) are read in their declared code page and mapped the
// same way; their own problems are FILE:LINE: KEYWORD: what is wrong. The registry document
// (a JSON object with bodies, activities, goals or planItems) reports FILE: goals[2].code: what is
// wrong; its references, like those of the activities and plan items CSV files to goals, are left
// to the caller (see ImportBatch::registry).
core::Result<ImportBatch> ParseImport(std::string_view file_name, std::string_view content,
                                      const core::CatalogIndex& catalog, const ImportOptions& options);

}  // namespace polyfon::io
