#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/account.hpp"
#include "core/catalog.hpp"

namespace polyfon::core {

// Who asks: a signed-in user with a role, or an anonymous visitor (no role). The access rules of
// Role (core/account.hpp) are decided here and nowhere else.
struct Principal {
  std::string user;                    // empty for an anonymous visitor
  std::optional<Role> role;            // nullopt for an anonymous visitor
  std::vector<std::string> org_units;  // a reporter's own org units

  static Principal Anonymous() { return {}; }
  static Principal Of(const User& user) { return {user.name, user.role, user.org_units}; }

  bool signed_in() const { return role.has_value(); }
  // At least `least` (viewer < reporter < coordinator < admin). False for anonymous visitors.
  bool HasRole(Role least) const;
  // Figures with small counts shown: viewers, coordinators and admins. Anonymous visitors and
  // reporters get public output (a reporter sees its own units' values unsuppressed, see
  // OwnUnits).
  bool SeesUnsuppressed() const;
  // May write values at all (reporter and up); a reporter only within WritableUnits.
  bool MayWriteValues() const { return HasRole(Role::kReporter); }
  // May read the audit trail of value changes and imports.
  bool MayReadAudit() const { return HasRole(Role::kCoordinator); }
  // May manage users and read the account log.
  bool MayManageUsers() const { return HasRole(Role::kAdmin); }
  // What a cached answer for this principal depends on: "public", "full", or the reporter's units.
  std::string ViewKey() const;
};

// The org units whose values a reporter may write and read unsuppressed: its own units and every
// unit below them through any parent link, in any period (a clinic that moved between trusts stays
// its trust's for the years it belonged there; the link's dates are not checked, so it is the
// reporter's for all years, which errs towards letting the unit's own reporter fix its history).
// Empty for roles other than reporter: those write everywhere or nowhere (MayWriteValues).
std::set<std::string> OwnUnits(const Principal& principal, const Catalog& catalog);

}  // namespace polyfon::core
