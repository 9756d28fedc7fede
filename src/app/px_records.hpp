#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace polyfon::app {

// Writing PX-Axis records, `KEYWORD("subkey")=value;` (the counterpart of io/px_keywords, which
// reads them), for RenderPx. PX 2013 gives texts in lines of at most 256 characters and a value
// text (VALUES) at most 256 characters; lines are counted here in bytes, never fewer than
// characters.

// `text` as the format can quote it: '"' becomes '\'' (nothing escapes a quote in PX) and control
// characters, line breaks included, become spaces (a quoted text ends on its line).
std::string PxQuotable(std::string_view text);

// `text` cut to at most `limit` bytes (limit >= 4) at a character boundary, ending in '…' where
// it was cut.
std::string PxClipped(std::string_view text, size_t limit);

// Appends `head` ("TITLE="), `text` quoted and ";\n", on one line: the caller keeps texts short.
void AppendPxText(std::string& out, std::string_view head, std::string_view text);

// Appends `head` ("VALUES(\"region\")="), `items` quoted and separated by commas, and ";\n",
// wrapping after a comma before a line grows past 256 bytes. `items` must not be empty.
void AppendPxList(std::string& out, std::string_view head, const std::vector<std::string>& items);

}  // namespace polyfon::app
