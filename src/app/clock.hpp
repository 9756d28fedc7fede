#pragma once

#include <string>

namespace polyfon::app {

// The current UTC time as ISO 8601 ("2026-11-23T12:00:00Z"); the one place the application reads
// the clock, so use cases can take time as a value.
std::string NowIso8601();

}  // namespace polyfon::app
