#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/status.hpp"

namespace polyfon::io {

// How the JSON readers (DHIS2 data value sets, JSON-stat) name the place where a document stops
// being JSON, so both say it alike: "FILE:LINE:COLUMN: what the parser found".

// "LINE:COLUMN" of the byte at `offset` in `text`, 1-based, counting columns in characters as
// editors do (UTF-8 continuation bytes do not count). An offset past the end means the end.
std::string LineColumn(std::string_view text, size_t offset);

// nlohmann's exception text without its prefix ("[json.exception.parse_error.101] parse error at
// line 1, column 6: "), whose line and column count bytes; other exceptions without their
// "[json.exception.out_of_range.406] " ("number overflow parsing '1e999'").
std::string JsonParserMessage(std::string_view what);

// What the readers that build a DOM (JSON-stat, the registry document) check before parsing
// `content` (its BOM already removed): Ok, or kInvalidArgument "FILE: file is empty" for a blank
// file and "FILE:LINE:COLUMN: not a text file (binary data or invalid UTF-8; save it as UTF-8)".
core::Status CheckJsonText(std::string_view file_name, std::string_view content);

// "FILE:LINE:COLUMN: what the parser found" for `content`, which nlohmann's DOM parser rejected
// with the exception text `what`. Not every exception carries the position (a number too large
// for a double does not), so it is found again with a SAX pass that builds nothing.
std::string MalformedJsonMessage(std::string_view file_name, std::string_view content, std::string_view what);

// How the DOM readers name a JSON value's kind in messages: "null", "a boolean", "a number",
// "a string", "an object", "an array".
const char* JsonKindName(nlohmann::json::value_t type);

// "must be EXPECTED, found an object"; a number is quoted ("found -2"), since its kind is no news.
template <typename Json>
std::string FoundJson(std::string_view expected, const Json& json) {
  return "must be " + std::string(expected) + ", found " + (json.is_number() ? json.dump() : JsonKindName(json.type()));
}

}  // namespace polyfon::io
