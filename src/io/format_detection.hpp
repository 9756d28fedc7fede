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
// JSON object, which of the known layouts only a DHIS2 data value set, a JSON-stat dataset and
// the registry document are. No CSV header starts so.
bool LooksLikeJsonObject(std::string_view content);

// The JSON layouts, told apart by their top-level keys.
enum class JsonLayout { kUnknown, kDhis2, kJsonStat, kRegistry };

// The layout of the JSON object `content` by its first telling top-level key: JSON-stat's
// (version, class, id, size, dimension, value, role, status), a DHIS2 data value set's
// (dataValues, dataSet, period, orgUnit, completeDate, attributeOptionCombo) or the registry
// document's (bodies, activities, goals, planItems). Reads only as far as that key, skipping
// nested values without parsing them; kUnknown if no key tells or `content` is no JSON object.
JsonLayout DetectJsonLayout(std::string_view content);

// DetectJsonLayout(content) == JsonLayout::kJsonStat.
bool LooksLikeJsonStat(std::string_view content);

// True if `content` starts (after an optional BOM and whitespace) with a PX keyword record such as
// `CHARSET="ANSI";` or `AXIS-VERSION="2006";` and holds a `DATA=` record. No CSV header of the
// known layouts or JSON starts so.
bool LooksLikePx(std::string_view content);

// True if `content` starts with a ZIP local file header ("PK\3\4"), as every XLSX file does.
bool LooksLikeZip(std::string_view content);

}  // namespace polyfon::io
