#pragma once

#include <string_view>

#include "core/catalog.hpp"
#include "core/status.hpp"
#include "io/dhis2_id_scheme.hpp"
#include "io/import_batch.hpp"

namespace polyfon::io {

// Reads a DHIS2 data value set in JSON (docs/formats/dhis2_json.md) and checks every value as the
// DHIS2 CSV parser does (Dhis2ValueChecker). All-or-nothing: on failure the Status
// (kInvalidArgument) lists up to 10 problems in document order as
//   FILE: dataValues[3].value: what is wrong      (FILE: period: ... for a top-level default)
// or, for text that is not well-formed JSON, names the one place where it stops being JSON:
//   FILE:LINE:COLUMN: what the JSON parser found
// Elements, org units and combos are read by code or uid as `schemes` say, overridden by the id
// schemes the document states at its top level (idScheme, dataElementIdScheme, ...: CODE or UID,
// in any case); the values name them by code either way.
// Streams the document (SAX), so memory grows with the values' text, not with a JSON tree.
core::Result<ImportBatch> ParseDhis2Json(std::string_view file_name, std::string_view content,
                                         const core::CatalogIndex& catalog, const IdSchemes& schemes = {});

}  // namespace polyfon::io
