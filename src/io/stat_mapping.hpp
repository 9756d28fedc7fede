#pragma once

#include <string_view>

#include "core/catalog.hpp"
#include "core/status.hpp"
#include "io/import_batch.hpp"
#include "io/importer.hpp"
#include "io/stat_cube.hpp"
#include "io/stat_mapping_file.hpp"

namespace polyfon::io {

// Maps a statistics table (JSON-stat, PX) onto data values; spec: docs/formats/json_stat.md.
//
// Every cell needs an org unit, a period and a data element, each from a dimension or fixed:
//   1. the mapping's rules ('dimension NAME = ROLE', 'orgunit = CODE', ...), then
//   2. the file's roles (geo: org unit, time: period, metric: data element), else SSB's and
//      Polyfon's own dimension names: Region or ou, Tid or pe, ContentsCode or dx; co gives combos
//      and ao attribute combos.
// A dimension with one category needs no role; one with more must have one (or be kept to one
// category with 'keep'), so no figure is silently summed or dropped.
//
// Category codes map by the mapping's 'code' rules first, else:
//   org units  a catalog code (SSB's summed counties "F-46" are ours); SSB's national code ("0",
//              "0000") as NO; a two-digit county code NN as F-NN; else a unit's name or alias
//              (aliases hold municipality numbers: "4601", also written "K-4601")
//   periods    StatPeriodId: "2020", "2020K1", "20201", "2020M01", "202001", "2020U01"
//   elements, combos  a catalog code ("default" is the total combo)
//
// A cell without a number gives no value; its status symbol, if any, is counted in the batch's
// skipped_symbols. A number with a symbol keeps it as provenance.comment "status: p".
//
// All-or-nothing: the Status (kInvalidArgument) lists up to 10 problems. A code that does not map
// is reported once, at the first cell with a number that uses it:
//   FILE: cell Region=4601, Tid=2020, ContentsCode=Personer1: org unit 4601 is not in the catalog
//   and not in the mapping
// a problem with a rule as MAPPING:LINE: what is wrong, and a table without any number (metadata
// only) as "FILE: no values: ...". `mapping` may be null. batch.rows counts the cells.
core::Result<ImportBatch> MapStatCube(std::string_view file_name, const StatCube& cube, const StatMapping* mapping,
                                      const core::CatalogIndex& catalog);

// What ParseImport does with a statistics table: ParseStatMapping(options.mapping) when one is
// given, then MapStatCube. The batch's format is `format`.
core::Result<ImportBatch> ImportStatCube(std::string_view file_name, const StatCube& cube,
                                         const core::CatalogIndex& catalog, const ImportOptions& options,
                                         ImportFormat format);

// What a status symbol of SSB's and Eurostat's tables means, for reports: ".." "not available",
// ":" "confidential", "." "not applicable", "..." "not yet available", "-" "nil", "p" and "*"
// "provisional", "e" "estimated"; "" for any other.
std::string_view StatSymbolMeaning(std::string_view symbol);

}  // namespace polyfon::io
