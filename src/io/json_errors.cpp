#include "io/json_errors.hpp"

#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>

#include "io/text_check.hpp"

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

namespace {

using Json = nlohmann::json;

// Finds where nlohmann's parser stops, building nothing: SAX events are accepted and dropped.
struct ErrorPosition {
  size_t position = 0;

  bool null() { return true; }
  bool boolean(bool /*value*/) { return true; }
  bool number_integer(Json::number_integer_t /*value*/) { return true; }
  bool number_unsigned(Json::number_unsigned_t /*value*/) { return true; }
  bool number_float(Json::number_float_t /*value*/, const Json::string_t& /*raw*/) { return true; }
  bool string(Json::string_t& /*value*/) { return true; }
  bool binary(Json::binary_t& /*value*/) { return true; }
  bool start_object(std::size_t /*elements*/) { return true; }
  bool end_object() { return true; }
  bool start_array(std::size_t /*elements*/) { return true; }
  bool end_array() { return true; }
  bool key(Json::string_t& /*name*/) { return true; }
  bool parse_error(std::size_t at, const std::string& /*last_token*/, const Json::exception& /*error*/) {
    position = at;
    return false;
  }
};

}  // namespace

core::Status CheckJsonText(std::string_view file_name, std::string_view content) {
  if (content.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return core::Status::InvalidArgument(std::string(file_name) + ": file is empty");
  }
  if (const size_t bad = FindInvalidText(content); bad != std::string_view::npos) {
    return core::Status::InvalidArgument(std::string(file_name) + ":" + LineColumn(content, bad) +
                                         ": not a text file (binary data or invalid UTF-8; save it as UTF-8)");
  }
  return core::Status::Ok();
}

std::string MalformedJsonMessage(std::string_view file_name, std::string_view content, std::string_view what) {
  ErrorPosition finder;
  Json::sax_parse(content, &finder);
  // The position counts the bytes read, the offending one included.
  const size_t offset = finder.position > 0 ? finder.position - 1 : 0;
  return std::string(file_name) + ":" + LineColumn(content, offset) + ": " + JsonParserMessage(what);
}

const char* JsonKindName(nlohmann::json::value_t type) {
  switch (type) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::boolean: return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: return "a number";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::object: return "an object";
    case nlohmann::json::value_t::array: return "an array";
    default: return "a value";
  }
}

}  // namespace polyfon::io
