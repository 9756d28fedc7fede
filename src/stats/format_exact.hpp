#pragma once

// Internal to stats: how a rejected input number appears in an error message.

#include <cstdio>
#include <string>

namespace polyfon::stats {

// All 17 significant digits, so the message shows exactly the value that was rejected.
inline std::string FormatExact(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.17g", x);
  return buffer;
}

}  // namespace polyfon::stats
