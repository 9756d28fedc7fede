#pragma once

#include "core/status.hpp"

namespace polyfon::cli {

// The exit codes of DESIGN.md §5.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInternal = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitInvalidInput = 3;
inline constexpr int kExitNotFound = 4;

// The one mapping from error codes to exit codes.
int ExitCodeFor(const core::Status& status);

}  // namespace polyfon::cli
