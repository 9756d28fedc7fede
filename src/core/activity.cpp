#include "core/activity.hpp"

#include "core/enum_names.hpp"

namespace polyfon::core {

namespace {
constexpr EnumNameTable<ActivityKind, 7> kKindNames{{
    {ActivityKind::kWebinar, "webinar"},
    {ActivityKind::kConference, "conference"},
    {ActivityKind::kCourse, "course"},
    {ActivityKind::kNetworkMeeting, "network_meeting"},
    {ActivityKind::kSeedGrant, "seed_grant"},
    {ActivityKind::kDisseminationGrant, "dissemination_grant"},
    {ActivityKind::kConcert, "concert"},
}};
constexpr EnumNameTable<ActivityStatus, 4> kStatusNames{{
    {ActivityStatus::kPlanned, "planned"},
    {ActivityStatus::kHeld, "held"},
    {ActivityStatus::kCancelled, "cancelled"},
    {ActivityStatus::kPostponed, "postponed"},
}};
}  // namespace

const char* ActivityKindName(ActivityKind kind) { return EnumName(kKindNames, kind); }
std::optional<ActivityKind> ParseActivityKind(std::string_view name) { return EnumFromName(kKindNames, name); }
const char* ActivityStatusName(ActivityStatus status) { return EnumName(kStatusNames, status); }
std::optional<ActivityStatus> ParseActivityStatus(std::string_view name) { return EnumFromName(kStatusNames, name); }

}  // namespace polyfon::core
