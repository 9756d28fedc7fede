#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/status.hpp"
#include "store/sqlite/connection.hpp"

namespace polyfon::store::sqlite {

// Hashes std::string and std::string_view alike, so lookups by a view into a caller's value
// allocate nothing.
struct CodeHash {
  using is_transparent = void;
  size_t operator()(std::string_view code) const noexcept { return std::hash<std::string_view>{}(code); }
};

// Code -> surrogate id of one table.
using CodeMap = std::unordered_map<std::string, int64_t, CodeHash, std::equal_to<>>;

// The id maps a writer needs to turn a value's codes into a data_value key. Loaded once when the
// transaction begins and kept current by the writer's own puts.
struct CodeMaps {
  CodeMap elements;
  CodeMap org_units;
  CodeMap combos;
  CodeMap periods;  // canonical ids, plus any other spelling seen in this transaction
};

// Loads all four maps within the current transaction.
core::Result<CodeMaps> LoadCodeMaps(Connection& connection);

}  // namespace polyfon::store::sqlite
