#pragma once

#include <string>

#include "core/status.hpp"

namespace polyfon::cli {

// The new password for `polyfon user add` and `user passwd`, from standard input, never from a
// flag (flags end up in the shell's history and in `ps`). On a terminal it asks twice on standard
// error with echo off, and the two must match; otherwise (a pipe, a file) it takes the first line
// without its line ending. kInvalidArgument when they differ or there is no line at all.
core::Result<std::string> ReadNewPassword();

}  // namespace polyfon::cli
