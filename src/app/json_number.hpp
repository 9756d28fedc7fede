#pragma once

// Internal to app: how numbers appear in JSON output (nlohmann is a private dependency of app).

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>

namespace polyfon::app {

// Whole numbers as integers, others rounded to two decimals, non-finite (an infinite ratio) null.
inline nlohmann::ordered_json JsonNumber(double value) {
  if (!std::isfinite(value)) return nullptr;
  const double rounded = std::round(value * 100.0) / 100.0;  // 455.999 shows as 456, not 456.0
  if (std::floor(rounded) == rounded && std::fabs(rounded) < 9e15) return static_cast<int64_t>(rounded);
  return rounded;
}

// Probabilities keep six significant digits: 0.00001234 must not round to 0.
inline nlohmann::ordered_json JsonProbability(double p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", p);
  return std::strtod(buf, nullptr);
}

}  // namespace polyfon::app
