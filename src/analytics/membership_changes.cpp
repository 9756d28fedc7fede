#include "analytics/membership_changes.hpp"

#include <algorithm>
#include <tuple>

namespace polyfon::analytics {

std::vector<MembershipChange> MembershipChangesIn(const std::vector<core::Participant>& participants, int year) {
  std::vector<MembershipChange> changes;
  for (const core::Participant& participant : participants) {
    std::optional<core::MembershipStatus> before;
    for (const core::MembershipEntry& entry : participant.history) {
      if (entry.from.year == year && before != entry.status) {
        changes.push_back({participant.code, entry.from, before, entry.status});
      }
      before = entry.status;
    }
  }
  std::sort(changes.begin(), changes.end(), [](const MembershipChange& a, const MembershipChange& b) {
    return std::tie(a.on, a.participant) < std::tie(b.on, b.participant);
  });
  return changes;
}

MemberCount CountMembers(const std::vector<core::Participant>& participants, int year) {
  MemberCount count;
  count.year = year;
  const core::Date end{year, 12, 31};
  for (const core::Participant& participant : participants) {
    std::optional<core::MembershipStatus> status = participant.StatusOn(end);
    if (!status) continue;
    if (*status == core::MembershipStatus::kFullMember) ++count.full_members;
    if (*status == core::MembershipStatus::kObserver) ++count.observers;
    if (*status == core::MembershipStatus::kLeft) ++count.left;
  }
  return count;
}

}  // namespace polyfon::analytics
