#pragma once

#include <string_view>

#include "core/catalog.hpp"
#include "core/status.hpp"
#include "io/import_batch.hpp"
#include "io/importer.hpp"

namespace polyfon::io {

// Reads a filled-in yearly reporting template (WriteXlsxTemplate's, perhaps re-saved by Excel or
// LibreOffice) from the bytes `content` of the file `file_name`. Takes the sheet "Rapport", finds
// its table by the header row, and turns every row whose value cell (column H) is not empty into a
// data value, checked by the same Dhis2ValueChecker as DHIS2 CSV and JSON and the web form: known
// element, period and org unit, combos the element allows, a value of the element's type (numbers
// as Norwegian spreadsheets write them: "1,5" typed as text is 1.5), no two values for one key. An
// empty value cell is skipped: it is no 0. The comment cell (column I) becomes the value's comment.
// All-or-nothing: on failure the Status (kInvalidArgument) lists up to 10 problems in sheet order,
//   FILE: sheet Rapport, cell H12 (mt_positions, NO-HV, 2025): 'abc' is not a number
// naming the cell of the field at fault (A org unit, C element, E combo, F period, H value) and the
// row's element, org unit, period and (if not the total) combo; a file that is no workbook or has
// no such sheet or table is one problem naming the file. `options` is taken for the importers'
// sake; no option changes how a template is read.
core::Result<ImportBatch> ParseXlsxTemplate(std::string_view file_name, std::string_view content,
                                            const core::CatalogIndex& catalog, const ImportOptions& options);

}  // namespace polyfon::io
