#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace polyfon::core {

// The cluster's bodies, as DESIGN.md §1 lists them.
enum class BodyKind {
  kSteeringGroup,
  kStrategyGroup,
  kWorkingGroup,
  kExperiencePanel,
  kScientificCouncil,
  kNationalNetwork,
  kRegionalNode,
  kSecretariat,
};

const char* BodyKindName(BodyKind kind);  // "steering_group"
std::optional<BodyKind> ParseBodyKind(std::string_view name);

// One person's term in a body. `to` is the last day of the term; open while absent.
struct BodyMember {
  std::string person;
  std::string participant;  // the participant the person represents; empty for e.g. user representatives
  std::string role;         // "chair", "member", "deputy", "user_representative", ... (free, lower case)
  Date from;
  std::optional<Date> to;

  bool ServesOn(const Date& day) const { return from <= day && (!to || day <= *to); }
  bool operator==(const BodyMember&) const = default;
};

struct GovernanceBody {
  std::string code;
  std::string name;
  BodyKind kind = BodyKind::kWorkingGroup;
  std::string note;
  std::vector<BodyMember> members;  // sorted by `from`, then person

  bool operator==(const GovernanceBody&) const = default;
};

}  // namespace polyfon::core
