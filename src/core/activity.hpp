#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace polyfon::core {

// What the cluster does besides counting: these feed the activity indicators.
enum class ActivityKind {
  kWebinar,
  kConference,
  kCourse,
  kNetworkMeeting,
  kSeedGrant,
  kDisseminationGrant,
  kConcert,
};

enum class ActivityStatus { kPlanned, kHeld, kCancelled, kPostponed };

const char* ActivityKindName(ActivityKind kind);  // "network_meeting"
std::optional<ActivityKind> ParseActivityKind(std::string_view name);
const char* ActivityStatusName(ActivityStatus status);  // "held"
std::optional<ActivityStatus> ParseActivityStatus(std::string_view name);

struct Activity {
  std::string code;
  ActivityKind kind = ActivityKind::kWebinar;
  std::string title;
  Date date;               // the (first) day; a grant's award date
  std::string organiser;   // participant code; empty when the cluster as a whole organised it
  std::optional<int64_t> attendees;  // absent when not reported
  ActivityStatus status = ActivityStatus::kHeld;
  std::string place;
  std::string note;  // sources and caveats

  bool operator==(const Activity&) const = default;
};

}  // namespace polyfon::core
