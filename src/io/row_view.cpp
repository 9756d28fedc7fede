#include "io/row_view.hpp"

#include "core/text.hpp"

namespace polyfon::io {

std::vector<std::string_view> SplitList(std::string_view text) {
  std::vector<std::string_view> items;
  while (true) {
    const size_t bar = text.find('|');
    const std::string_view item = core::Trim(text.substr(0, bar));
    if (!item.empty()) items.push_back(item);
    if (bar == std::string_view::npos) break;
    text.remove_prefix(bar + 1);
  }
  return items;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace polyfon::io
