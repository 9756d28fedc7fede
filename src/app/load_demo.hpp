#pragma once

#include <string>

#include "app/import_files.hpp"
#include "core/status.hpp"
#include "core/store.hpp"

namespace polyfon::app {

// Loads the bundled real dataset (BundledFiles()) in one transaction. Idempotent: a second run
// changes nothing. `now` is the ISO 8601 time recorded as the values' last update.
core::Result<ImportReport> LoadDemo(core::Store& store, const std::string& now);

}  // namespace polyfon::app
