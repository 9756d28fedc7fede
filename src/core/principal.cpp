#include "core/principal.hpp"

#include <map>

namespace polyfon::core {

bool Principal::HasRole(Role least) const {
  return role.has_value() && static_cast<int>(*role) >= static_cast<int>(least);
}

bool Principal::SeesUnsuppressed() const { return signed_in() && *role != Role::kReporter; }

std::string Principal::ViewKey() const {
  if (!signed_in()) return "public";
  if (SeesUnsuppressed()) return "full";
  std::string key = "reporter";
  for (const std::string& unit : org_units) key += ":" + unit;
  return key;
}

std::set<std::string> OwnUnits(const Principal& principal, const Catalog& catalog) {
  std::set<std::string> own;
  if (principal.role != Role::kReporter) return own;
  std::multimap<std::string, std::string> children;
  for (const ParentLink& link : catalog.links) children.emplace(link.parent, link.child);
  std::vector<std::string> pending(principal.org_units.begin(), principal.org_units.end());
  while (!pending.empty()) {
    std::string unit = std::move(pending.back());
    pending.pop_back();
    if (!own.insert(unit).second) continue;
    const auto [begin, end] = children.equal_range(unit);
    for (auto it = begin; it != end; ++it) pending.push_back(it->second);
  }
  return own;
}

}  // namespace polyfon::core
