#pragma once

#include <string>
#include <vector>

#include "analytics/query.hpp"
#include "core/catalog.hpp"

namespace polyfon::app {

// Query rows as a JSON-stat 2.0 dataset (the format of Statistics Norway's API): dimensions dx, ou
// and pe in that order with codes as ids and catalog names as labels, values row-major. A hidden
// (suppressed) cell is null with status ":" (confidential), a missing one null with "..", as SSB
// writes them. `rows` must be a full items × org units × periods grid, as RunQuery returns it.
std::string RenderJsonStat(const std::vector<analytics::ResultRow>& rows, const analytics::QuerySpec& spec,
                           const core::CatalogIndex& index);

}  // namespace polyfon::app
