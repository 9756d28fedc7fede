#pragma once

#include <string>
#include <string_view>

#include "core/catalog.hpp"
#include "core/status.hpp"
#include "io/import_batch.hpp"
#include "io/import_format.hpp"

namespace polyfon::io {

struct ImportOptions {
  ImportFormat format = ImportFormat::kAuto;
  // Data element for layouts that do not name one (the NPR table, microdata): "mt_patients".
  std::string element = "mt_patients";
  // Who imports and when (ISO 8601). Values whose row has no storedby / lastupdated keep those
  // empty; the store records these (as the ImportSource) in their place.
  std::string stored_by;
  std::string now;
};

// Parses and validates the whole of `content`, the bytes of the file `file_name`, against the
// metadata in `catalog`. All-or-nothing: on success every row is in the batch; on failure the
// Status (kInvalidArgument) lists up to 10 problems, one per line, each as
//   FILE:LINE: column N (NAME): what is wrong
// and nothing is returned. Accepts `;` or `,` separators, UTF-8 with or without BOM, CRLF, quoted
// fields and decimal commas. Rejects empty files, binary data and invalid UTF-8.
// DHIS2 JSON data value sets (detected by their leading '{') report problems as
//   FILE: dataValues[3].value: what is wrong
// and malformed JSON as FILE:LINE:COLUMN: what the JSON parser found.
core::Result<ImportBatch> ParseImport(std::string_view file_name, std::string_view content,
                                      const core::CatalogIndex& catalog, const ImportOptions& options);

}  // namespace polyfon::io
