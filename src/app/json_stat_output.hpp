#pragma once

#include <string>
#include <vector>

#include "analytics/query.hpp"
#include "app/export_values.hpp"
#include "core/catalog.hpp"

namespace polyfon::app {

// Query rows as a JSON-stat 2.0 dataset (the format of Statistics Norway's API): dimensions dx, ou
// and pe in that order with codes as ids and catalog names as labels, values row-major. A hidden
// (suppressed) cell is null with status ":" (confidential), a missing one null with "..", as SSB
// writes them. `rows` must be a full items × org units × periods grid, as RunQuery returns it.
std::string RenderJsonStat(const std::vector<analytics::ResultRow>& rows, const analytics::QuerySpec& spec,
                           const core::CatalogIndex& index);

// Stored values (not query rows) as a JSON-stat 2.0 dataset, for `polyfon export --format
// json-stat`: dimensions dx (data element), co (combo), ou (org unit) and pe (period), with ao
// (attribute combo) after co only when a value has one; codes as ids, catalog names as labels,
// roles metric dx, geo ou and time pe. Each dimension holds the codes the values use, elements,
// combos and units in catalog order and periods in time order; a cell no value fills is null
// without a status, and a suppressed value (public output) is null with status ":". Numbers are
// written exactly, so importing the file (io: these dimension ids map without a mapping file)
// gives the same values back; provenance (stored by, comment) is not part of JSON-stat.
std::string RenderValuesJsonStat(const std::vector<ExportedValue>& values, const core::CatalogIndex& index);

}  // namespace polyfon::app
