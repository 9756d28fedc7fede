#pragma once

#include <string>

#include "core/status.hpp"

namespace polyfon::cli {

// The whole file's bytes; kNotFound when it cannot be opened, kUnavailable when reading fails.
core::Result<std::string> ReadFile(const std::string& path);

}  // namespace polyfon::cli
