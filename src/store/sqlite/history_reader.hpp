#pragma once

#include <vector>

#include "core/store.hpp"
#include "store/sqlite/connection.hpp"

namespace polyfon::store::sqlite {

// The value_change rows `filter` selects, with codes for ids and each change's import, newest
// first (by id). REQUIRES: a transaction is open on `connection`, so the result is one snapshot.
core::Result<std::vector<core::ValueChange>> ReadHistory(Connection& connection, const core::HistoryFilter& filter);

// Every import_source row, oldest first, with its count of changes and its undo links.
// REQUIRES: as ReadHistory.
core::Result<std::vector<core::RecordedSource>> ReadSources(Connection& connection);

}  // namespace polyfon::store::sqlite
