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

}  // namespace polyfon::io
