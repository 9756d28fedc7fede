#include "core/governance.hpp"

#include "core/enum_names.hpp"

namespace polyfon::core {

namespace {
constexpr EnumNameTable<BodyKind, 8> kBodyKindNames{{
    {BodyKind::kSteeringGroup, "steering_group"},
    {BodyKind::kStrategyGroup, "strategy_group"},
    {BodyKind::kWorkingGroup, "working_group"},
    {BodyKind::kExperiencePanel, "experience_panel"},
    {BodyKind::kScientificCouncil, "scientific_council"},
    {BodyKind::kNationalNetwork, "national_network"},
    {BodyKind::kRegionalNode, "regional_node"},
    {BodyKind::kSecretariat, "secretariat"},
}};
}  // namespace

const char* BodyKindName(BodyKind kind) { return EnumName(kBodyKindNames, kind); }
std::optional<BodyKind> ParseBodyKind(std::string_view name) { return EnumFromName(kBodyKindNames, name); }

}  // namespace polyfon::core
