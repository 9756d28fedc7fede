#pragma once

#include <vector>

#include "analytics/query.hpp"
#include "core/status.hpp"
#include "core/store.hpp"

namespace polyfon::app {

// Loads what `spec` needs from the store and computes its rows (see analytics::RunQuery). Fails
// with kNotFound for an unknown item or org unit, kInvalidArgument for a bad spec, and passes on
// store errors.
core::Result<std::vector<analytics::ResultRow>> QueryData(core::Store& store, const analytics::QuerySpec& spec);

}  // namespace polyfon::app
