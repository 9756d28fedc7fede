#pragma once

#include <optional>
#include <string>

namespace polyfon::core {

// Bounds a value is expected to stay within (DHIS2's min-max values), for one element and combo
// at one org unit, or at every unit when org_unit is empty. Values outside are flagged for
// follow-up, not rejected.
struct MinMaxBound {
  std::string element;
  std::string combo = "default";
  std::string org_unit;  // empty = every unit
  std::optional<double> min;
  std::optional<double> max;
};

}  // namespace polyfon::core
