#include "app/px_records.hpp"

namespace polyfon::app {

namespace {

constexpr size_t kLineLimit = 256;

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string PxQuotable(std::string_view text) {
  std::string quotable(text);
  for (char& c : quotable) {
    if (c == '"') {
      c = '\'';
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      c = ' ';
    }
  }
  return quotable;
}

std::string PxClipped(std::string_view text, size_t limit) {
  if (text.size() <= limit) return std::string(text);
  constexpr std::string_view kEllipsis = "…";
  size_t cut = limit - kEllipsis.size();
  while (cut > 0 && IsContinuationByte(text[cut])) --cut;  // not inside a character
  return std::string(text.substr(0, cut)) + std::string(kEllipsis);
}

void AppendPxText(std::string& out, std::string_view head, std::string_view text) {
  out += head;
  out += '"';
  out += PxQuotable(text);
  out += "\";\n";
}

void AppendPxList(std::string& out, std::string_view head, const std::vector<std::string>& items) {
  out += head;
  size_t used = head.size();
  for (size_t i = 0; i < items.size(); ++i) {
    const std::string item = '"' + PxQuotable(items[i]) + '"' + (i + 1 < items.size() ? ',' : ';');
    if (i > 0 && used + item.size() > kLineLimit) {
      out += '\n';
      used = 0;
    }
    out += item;
    used += item.size();
  }
  out += '\n';
}

}  // namespace polyfon::app
