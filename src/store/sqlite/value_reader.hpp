#pragma once

#include <vector>

#include "core/store.hpp"
#include "store/sqlite/connection.hpp"

namespace polyfon::store::sqlite {

// The values matching `filter`: of the listed elements (all when empty), whose period's
// [start_date, end_date] overlaps [filter.from, filter.to]. Sorted by element, period, org unit,
// combo and attribute combo code (byte order), the order every back end returns.
// REQUIRES: a transaction is open on `connection`, so the result is one snapshot.
core::Result<std::vector<core::DataValue>> ReadValues(Connection& connection, const core::ValueFilter& filter);

}  // namespace polyfon::store::sqlite
