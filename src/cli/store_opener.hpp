#pragma once

#include <functional>
#include <memory>
#include <string>

#include "core/status.hpp"
#include "core/store.hpp"

namespace polyfon::cli {

enum class OpenIntent { kCreate, kExisting };

// Opens the store a --db value names. Supplied by main(), the only code that knows concrete stores.
using StoreOpener =
    std::function<core::Result<std::unique_ptr<core::Store>>(const std::string& location, OpenIntent intent)>;

}  // namespace polyfon::cli
