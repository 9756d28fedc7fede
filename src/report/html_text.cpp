#include "report/html_text.hpp"

#include <cctype>

namespace polyfon::report {

namespace {
bool EqualsIgnoringCase(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != lower[i]) return false;
  }
  return true;
}
}  // namespace

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string EscapeScript(std::string_view script) {
  std::string out;
  out.reserve(script.size());
  for (size_t i = 0; i < script.size(); ++i) {
    const std::string_view rest = script.substr(i);
    if (rest.size() >= 8 && rest[0] == '<' && rest[1] == '/' && EqualsIgnoringCase(rest.substr(2, 6), "script")) {
      out += "<\\/";
      ++i;  // the '/'
      continue;
    }
    if (rest.starts_with("<!--")) {
      out += "\\u003C";
      continue;
    }
    out += script[i];
  }
  return out;
}

}  // namespace polyfon::report
