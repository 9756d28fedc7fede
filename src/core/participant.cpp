#include "core/participant.hpp"

#include "core/enum_names.hpp"

namespace polyfon::core {

namespace {
constexpr EnumNameTable<HelixCategory, 5> kHelixNames{{
    {HelixCategory::kGovernment, "government"},
    {HelixCategory::kCivilSociety, "civil_society"},
    {HelixCategory::kIndustry, "industry"},
    {HelixCategory::kServices, "services"},
    {HelixCategory::kAcademia, "academia"},
}};
constexpr EnumNameTable<MembershipStatus, 3> kStatusNames{{
    {MembershipStatus::kObserver, "observer"},
    {MembershipStatus::kFullMember, "full_member"},
    {MembershipStatus::kLeft, "left"},
}};
}  // namespace

const char* HelixCategoryName(HelixCategory category) { return EnumName(kHelixNames, category); }
std::optional<HelixCategory> ParseHelixCategory(std::string_view name) { return EnumFromName(kHelixNames, name); }
const char* MembershipStatusName(MembershipStatus status) { return EnumName(kStatusNames, status); }
std::optional<MembershipStatus> ParseMembershipStatus(std::string_view name) {
  return EnumFromName(kStatusNames, name);
}

std::optional<MembershipStatus> Participant::StatusOn(const Date& day) const {
  std::optional<MembershipStatus> status;
  for (const MembershipEntry& entry : history) {
    if (entry.from <= day) status = entry.status;
  }
  return status;
}

}  // namespace polyfon::core
