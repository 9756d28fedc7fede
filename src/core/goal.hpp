#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/local_text.hpp"
#include "core/measure.hpp"

namespace polyfon::core {

// The implementation-science dimension an indicator speaks to: RE-AIM (reach, effectiveness,
// adoption, implementation, maintenance) and Proctor et al.'s implementation outcomes.
enum class Dimension {
  kReach,
  kEffectiveness,
  kAdoption,
  kImplementation,
  kMaintenance,
  kAcceptability,
  kAppropriateness,
  kFeasibility,
  kFidelity,
  kCost,
  kPenetration,
  kSustainability,
};

const char* DimensionName(Dimension dimension);  // "penetration"
std::optional<Dimension> ParseDimension(std::string_view name);

// One indicator a goal is followed by, with optional targets per year.
struct GoalIndicator {
  Measure measure;
  LocalText label;  // empty = the measure's own name
  Dimension dimension = Dimension::kReach;
  std::map<int, double> targets;  // year -> value to reach (at least; at most when !higher_is_better)
  bool higher_is_better = true;

  bool operator==(const GoalIndicator&) const = default;
};

// The main goal (code "main") or a sub-goal ("1", "2", "3a", ...) with its indicators.
struct Goal {
  std::string code;
  std::string parent;  // "" for the main goal, else a goal code
  LocalText title;
  std::vector<GoalIndicator> indicators;

  bool operator==(const Goal&) const = default;
};

// Orders goal codes as people number them: "main" first, then 1, 2, 3a, 3b, 4, 10.
bool GoalCodeLess(std::string_view a, std::string_view b);

}  // namespace polyfon::core
