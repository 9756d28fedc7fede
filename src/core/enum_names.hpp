#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace polyfon::core {

// Two-way lookup between an enum and its stable snake_case name, from one table per enum.
template <typename E, size_t N>
using EnumNameTable = std::array<std::pair<E, const char*>, N>;

template <typename E, size_t N>
const char* EnumName(const EnumNameTable<E, N>& table, E value) {
  for (const auto& [v, name] : table) {
    if (v == value) return name;
  }
  return "";
}

template <typename E, size_t N>
std::optional<E> EnumFromName(const EnumNameTable<E, N>& table, std::string_view name) {
  for (const auto& [v, n] : table) {
    if (name == n) return v;
  }
  return std::nullopt;
}

}  // namespace polyfon::core
