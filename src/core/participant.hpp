#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace polyfon::core {

// The five kinds of actor in the cluster (quintuple helix).
enum class HelixCategory { kGovernment, kCivilSociety, kIndustry, kServices, kAcademia };

enum class MembershipStatus { kObserver, kFullMember, kLeft };

const char* HelixCategoryName(HelixCategory category);  // "civil_society"
std::optional<HelixCategory> ParseHelixCategory(std::string_view name);
const char* MembershipStatusName(MembershipStatus status);  // "full_member"
std::optional<MembershipStatus> ParseMembershipStatus(std::string_view name);

// One stretch of a participant's membership: its status from `from` until the next entry.
struct MembershipEntry {
  MembershipStatus status = MembershipStatus::kFullMember;
  Date from;

  bool operator==(const MembershipEntry&) const = default;
};

// A cluster participant: an organisation (or a partnership of several) that has joined the cluster.
// `org_unit` optionally ties it to the unit its figures are reported for; `health_region` is the
// region it belongs to, for coverage by region.
struct Participant {
  std::string code;
  std::string name;
  std::string type;  // free text as the cluster describes it ("helseføretak (health trust)")
  HelixCategory helix = HelixCategory::kServices;
  std::string health_region;  // org unit code or empty
  std::string org_unit;       // org unit code or empty
  std::vector<MembershipEntry> history;  // sorted by `from`
  std::string contact;  // the contact person, as the participant gives it (name, role); may be empty
  std::string note;

  // The status valid on `day`, or nullopt before the participant first joined.
  std::optional<MembershipStatus> StatusOn(const Date& day) const;
  bool operator==(const Participant&) const = default;
};

}  // namespace polyfon::core
