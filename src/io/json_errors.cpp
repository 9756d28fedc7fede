#include "io/json_errors.hpp"

#include <algorithm>
#include <cstdint>

namespace polyfon::io {

std::string LineColumn(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  int64_t line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  int64_t column = 1;
  for (size_t i = line_start; i < offset; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;  // not a continuation byte
  }
  return std::to_string(line) + ":" + std::to_string(column);
}

std::string JsonParserMessage(std::string_view what) {
  const size_t start = what.find("parse error");
  if (start == std::string_view::npos) {
    // Other exceptions ("[json.exception.out_of_range.406] number overflow parsing '1e999'") keep
    // their text without the bracketed prefix.
    if (what.starts_with("[json.exception.")) {
      if (const size_t end = what.find("] "); end != std::string_view::npos) what.remove_prefix(end + 2);
    }
    return std::string(what);
  }
  const size_t colon = what.find(": ", start);
  return std::string(colon == std::string_view::npos ? what.substr(start) : what.substr(colon + 2));
}

}  // namespace polyfon::io
