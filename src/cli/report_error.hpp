#pragma once

#include <string_view>

#include "core/status.hpp"

namespace polyfon::cli {

// Prints "polyfon COMMAND: message" to stderr and returns the exit code for `status`.
int ReportError(std::string_view command, const core::Status& status);

}  // namespace polyfon::cli
