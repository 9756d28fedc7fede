#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/activity.hpp"

namespace polyfon::analytics {

// The activity indicators of one year: how many activities of a kind (or of all kinds, kind "")
// were held, planned, cancelled or postponed, and the attendance reported for those held.
// Attendance is a lower bound whenever some held activity did not report it (reported < held).
struct ActivityTally {
  int year = 0;
  std::string kind;  // core::ActivityKindName, or "" for all kinds
  int held = 0;
  int planned = 0;
  int cancelled = 0;
  int postponed = 0;
  int64_t attendees = 0;  // summed over held activities that reported attendance
  int reported = 0;       // held activities that reported attendance

  bool operator==(const ActivityTally&) const = default;
};

// For each year in [first_year, last_year]: one row per kind that has an activity that year, in
// the order of core::ActivityKind, then the all-kinds row (also when the year has none).
std::vector<ActivityTally> TallyActivities(const std::vector<core::Activity>& activities, int first_year,
                                           int last_year);

// The all-kinds row, or one kind's row (zero counts when it has none), of one year.
ActivityTally TallyOf(const std::vector<core::Activity>& activities, int year, const std::string& kind);

}  // namespace polyfon::analytics
