#include "core/goal.hpp"

#include <cctype>
#include <string>

#include "core/enum_names.hpp"

namespace polyfon::core {

namespace {
constexpr EnumNameTable<Dimension, 12> kDimensionNames{{
    {Dimension::kReach, "reach"},
    {Dimension::kEffectiveness, "effectiveness"},
    {Dimension::kAdoption, "adoption"},
    {Dimension::kImplementation, "implementation"},
    {Dimension::kMaintenance, "maintenance"},
    {Dimension::kAcceptability, "acceptability"},
    {Dimension::kAppropriateness, "appropriateness"},
    {Dimension::kFeasibility, "feasibility"},
    {Dimension::kFidelity, "fidelity"},
    {Dimension::kCost, "cost"},
    {Dimension::kPenetration, "penetration"},
    {Dimension::kSustainability, "sustainability"},
}};

// "3a" -> (3, "a"); codes without a leading number sort before numbered ones, by text.
std::pair<long, std::string_view> SplitNumber(std::string_view code) {
  size_t digits = 0;
  while (digits < code.size() && digits < 9 && std::isdigit(static_cast<unsigned char>(code[digits]))) ++digits;
  if (digits == 0) return {-1, code};
  return {std::stol(std::string(code.substr(0, digits))), code.substr(digits)};
}
}  // namespace

const char* DimensionName(Dimension dimension) { return EnumName(kDimensionNames, dimension); }
std::optional<Dimension> ParseDimension(std::string_view name) { return EnumFromName(kDimensionNames, name); }

bool GoalCodeLess(std::string_view a, std::string_view b) {
  if (a == b) return false;
  if (a == "main") return true;
  if (b == "main") return false;
  return SplitNumber(a) < SplitNumber(b);
}

}  // namespace polyfon::core
