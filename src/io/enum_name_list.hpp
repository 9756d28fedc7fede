#pragma once

// Internal to io: how a message lists the names an enum field accepts.

#include <string>

namespace polyfon::io {

// "a, b or c": the names `name_of` gives the enum's values in declaration order, for messages such
// as "unknown kind 'x' (expected a, b or c)". Walks the values from 0 until `name_of` returns ""
// (core's name tables return "" for a value they do not list), so a new enumerator is listed as
// soon as core names it.
// REQUIRES: E's enumerators are 0, 1, 2, ... without gaps.
template <typename E>
std::string EnumNameList(const char* (*name_of)(E)) {
  std::string names;
  std::string last;
  for (int i = 0;; ++i) {
    const std::string name = name_of(static_cast<E>(i));
    if (name.empty()) break;
    if (!last.empty()) names += names.empty() ? last : ", " + last;
    last = name;
  }
  return names.empty() ? last : names + " or " + last;
}

}  // namespace polyfon::io
