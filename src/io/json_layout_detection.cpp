#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#include "io/format_detection.hpp"

namespace polyfon::io {

namespace {

// Top-level keys only a JSON-stat document has, only a DHIS2 data value set has, and only the
// registry document has.
constexpr std::array<std::string_view, 8> kJsonStatKeys{"version", "class", "dimension", "id",
                                                        "size",    "value", "role",      "status"};
constexpr std::array<std::string_view, 6> kDhis2Keys{"dataValues", "dataSet",      "period",
                                                     "orgUnit",    "completeDate", "attributeOptionCombo"};
constexpr std::array<std::string_view, 4> kRegistryKeys{"bodies", "activities", "goals", "planItems"};

bool Contains(const auto& keys, std::string_view key) {
  for (std::string_view k : keys) {
    if (k == key) return true;
  }
  return false;
}

}  // namespace

JsonLayout DetectJsonLayout(std::string_view content) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (content.starts_with(kBom)) content.remove_prefix(kBom.size());
  const size_t first = content.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || content[first] != '{') return JsonLayout::kUnknown;
  // Walks the top-level object without building anything, skipping nested values, until a key
  // tells the layouts apart; each usually says so in its first key, so big files are not read.
  int64_t depth = 0;
  bool at_key = false;
  for (size_t i = first; i < content.size(); ++i) {
    const char c = content[i];
    if (c == '"') {
      size_t end = i + 1;
      while (end < content.size() && content[end] != '"') end += content[end] == '\\' ? 2 : 1;
      if (depth == 1 && at_key) {
        const std::string_view key = content.substr(i + 1, std::min(end, content.size()) - i - 1);
        if (Contains(kJsonStatKeys, key)) return JsonLayout::kJsonStat;
        if (Contains(kDhis2Keys, key)) return JsonLayout::kDhis2;
        if (Contains(kRegistryKeys, key)) return JsonLayout::kRegistry;
        at_key = false;
      }
      i = end;
    } else if (c == '{' || c == '[') {
      if (++depth == 1) at_key = true;
    } else if (c == '}' || c == ']') {
      if (--depth <= 0) return JsonLayout::kUnknown;
    } else if (c == ',' && depth == 1) {
      at_key = true;
    }
  }
  return JsonLayout::kUnknown;
}

bool LooksLikeJsonStat(std::string_view content) { return DetectJsonLayout(content) == JsonLayout::kJsonStat; }

}  // namespace polyfon::io
