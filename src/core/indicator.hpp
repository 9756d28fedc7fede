#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/status.hpp"

namespace polyfon::core {

// A reference to data: "mt_patients" (the element's total) or "mt_patients.IBBE10" (one
// disaggregation), as DHIS2 writes data dimension items.
struct DataRef {
  std::string element;
  std::string combo;  // empty = the total

  static Result<DataRef> Parse(std::string_view text);
  std::string ToString() const { return combo.empty() ? element : element + "." + combo; }
  bool operator==(const DataRef&) const = default;
};

// numerator / denominator × factor, each side aggregated on its own before dividing (a ratio of
// sums, never a sum of ratios). No denominator means numerator × factor.
struct Indicator {
  std::string code;
  std::string name;
  DataRef numerator;
  std::optional<DataRef> denominator;
  double factor = 1;
  // True if the numerator is a count whose sampling error is Poisson, so an exact interval applies.
  bool poisson_interval = false;
  std::string description;

  bool operator==(const Indicator&) const = default;
};

}  // namespace polyfon::core
