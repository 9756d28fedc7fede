#include "analytics/activity_tally.hpp"

namespace polyfon::analytics {

namespace {
constexpr core::ActivityKind kKinds[] = {
    core::ActivityKind::kWebinar,     core::ActivityKind::kConference,        core::ActivityKind::kCourse,
    core::ActivityKind::kNetworkMeeting, core::ActivityKind::kSeedGrant, core::ActivityKind::kDisseminationGrant,
    core::ActivityKind::kConcert,
};

void Count(const core::Activity& activity, ActivityTally& tally) {
  switch (activity.status) {
    case core::ActivityStatus::kHeld:
      ++tally.held;
      if (activity.attendees) {
        ++tally.reported;
        tally.attendees += *activity.attendees;
      }
      break;
    case core::ActivityStatus::kPlanned: ++tally.planned; break;
    case core::ActivityStatus::kCancelled: ++tally.cancelled; break;
    case core::ActivityStatus::kPostponed: ++tally.postponed; break;
  }
}
}  // namespace

ActivityTally TallyOf(const std::vector<core::Activity>& activities, int year, const std::string& kind) {
  ActivityTally tally;
  tally.year = year;
  tally.kind = kind;
  for (const core::Activity& activity : activities) {
    if (activity.date.year != year) continue;
    if (!kind.empty() && kind != core::ActivityKindName(activity.kind)) continue;
    Count(activity, tally);
  }
  return tally;
}

std::vector<ActivityTally> TallyActivities(const std::vector<core::Activity>& activities, int first_year,
                                           int last_year) {
  std::vector<ActivityTally> rows;
  for (int year = first_year; year <= last_year; ++year) {
    for (core::ActivityKind kind : kKinds) {
      ActivityTally tally = TallyOf(activities, year, core::ActivityKindName(kind));
      if (tally.held + tally.planned + tally.cancelled + tally.postponed > 0) rows.push_back(tally);
    }
    rows.push_back(TallyOf(activities, year, ""));
  }
  return rows;
}

}  // namespace polyfon::analytics
