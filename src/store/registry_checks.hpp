#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <tuple>

#include "core/store.hpp"
#include "store/put_checks.hpp"

// What every back end does to a registry item before a put writes it, and what it says when a
// delete finds nothing, written once so that all stores store, compare and refuse alike (see
// put_checks.hpp for the catalog's puts).
namespace polyfon::store {

// `body` as stores keep it: members sorted by `from`, then person (members equal in both keep
// the order they were given in). A put compares this form with the stored one, so the same
// members in another order are no change.
inline core::GovernanceBody CanonicalBody(core::GovernanceBody body) {
  std::stable_sort(body.members.begin(), body.members.end(), [](const core::BodyMember& a, const core::BodyMember& b) {
    return std::tie(a.from, a.person) < std::tie(b.from, b.person);
  });
  return body;
}

// Fails unless every target of `goal` is a finite number: SQL would store NaN as NULL, and no
// target is infinite.
inline core::Status CheckTargets(const core::Goal& goal) {
  for (const core::GoalIndicator& indicator : goal.indicators) {
    for (const auto& [year, value] : indicator.targets) {
      if (std::isfinite(value)) continue;
      return core::Status::InvalidArgument("goal '" + goal.code + "': measure " + core::MeasureText(indicator.measure) +
                                           ": the target for " + std::to_string(year) + " is not a finite number");
    }
  }
  return core::Status::Ok();
}

// The kNotFound of DeleteRegistryItem: "no plan item 'a2026-1' in the registry".
inline core::Status NotInRegistry(core::RegistryKind kind, std::string_view code) {
  std::string what = core::RegistryKindName(kind);
  std::replace(what.begin(), what.end(), '_', ' ');
  return core::Status::NotFound("no " + what + " '" + std::string(code) + "' in the registry");
}

}  // namespace polyfon::store
