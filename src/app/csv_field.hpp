#pragma once

// Internal to app: one CSV field as RFC 4180 writes it.

#include <string>

namespace polyfon::app {

// Quoted, with inner quotes doubled, only when it holds a comma, a quote or a line break.
inline std::string CsvField(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

}  // namespace polyfon::app
