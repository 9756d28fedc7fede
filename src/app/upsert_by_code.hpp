#pragma once

// Internal to app: merging lists of items keyed by code.

#include <algorithm>
#include <vector>

namespace polyfon::app {

// Each of `incoming` replaces the item of `existing` with the same code, or is appended.
template <typename T>
void UpsertByCode(const std::vector<T>& incoming, std::vector<T>& existing) {
  for (const T& item : incoming) {
    auto it = std::find_if(existing.begin(), existing.end(), [&](const T& e) { return e.code == item.code; });
    if (it == existing.end()) {
      existing.push_back(item);
    } else {
      *it = item;
    }
  }
}

}  // namespace polyfon::app
