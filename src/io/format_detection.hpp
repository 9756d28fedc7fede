#pragma once

#include <string_view>

#include "core/status.hpp"
#include "io/csv_reader.hpp"
#include "io/import_format.hpp"

namespace polyfon::io {

// DetectImportFormat on an already-read header record, so ParseImport reads the header once.
// Never returns kAuto; fails with kInvalidArgument ("FILE:LINE: the header fits no known layout
// ...") when no layout matches.
core::Result<ImportFormat> DetectFormatFromHeader(std::string_view file_name, const CsvRecord& header);

// True if the first byte of `content` after an optional UTF-8 BOM and JSON whitespace is '{': a
// JSON object, which of the known layouts only a DHIS2 data value set is. No CSV header starts so.
bool LooksLikeJsonObject(std::string_view content);

}  // namespace polyfon::io
