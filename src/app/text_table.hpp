#pragma once

#include <string>
#include <vector>

namespace polyfon::app {

// Lays out rows of cells (the first row is the header) in columns two spaces apart for a terminal;
// columns marked in `right_aligned` are right-aligned (numbers). Widths count characters, not
// bytes, so "–" and "ø" line up.
std::string AlignColumns(const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& right_aligned);

}  // namespace polyfon::app
