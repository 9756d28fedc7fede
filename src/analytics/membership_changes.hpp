#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/participant.hpp"

namespace polyfon::analytics {

// A participant's status changing on a day: joining (no status before), becoming a full member,
// or leaving.
struct MembershipChange {
  std::string participant;  // code
  core::Date on;
  std::optional<core::MembershipStatus> before;
  core::MembershipStatus after = core::MembershipStatus::kFullMember;

  bool operator==(const MembershipChange&) const = default;
};

// The changes dated in `year`, by date and then participant code. Entries that repeat the status
// before them are no change and are left out.
std::vector<MembershipChange> MembershipChangesIn(const std::vector<core::Participant>& participants, int year);

// How many participants have each status at the end of `year` (31 December).
struct MemberCount {
  int year = 0;
  int full_members = 0;
  int observers = 0;
  int left = 0;

  bool operator==(const MemberCount&) const = default;
};

MemberCount CountMembers(const std::vector<core::Participant>& participants, int year);

}  // namespace polyfon::analytics
