#pragma once

#include <string_view>

namespace polyfon::io {

// True if a header cell names the year column that starts an NPR table: "year", "år" or "aar",
// ignoring case and surrounding spaces. Format detection uses it, having no catalog to match the
// other columns against.
bool IsNprYearColumn(std::string_view header_cell);

}  // namespace polyfon::io
