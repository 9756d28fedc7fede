#include "report/html_text.hpp"

namespace polyfon::report {

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
    if (script[i] == '<' && i + 1 < script.size() && (script[i + 1] == '/' || script[i + 1] == '!')) {
      out += script[i + 1] == '/' ? "<\\/" : "\\u003C!";
      ++i;
      continue;
    }
    out += script[i];
  }
  return out;
}

}  // namespace polyfon::report
