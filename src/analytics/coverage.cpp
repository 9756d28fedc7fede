#include "analytics/coverage.hpp"

#include <set>

namespace polyfon::analytics {

namespace {

// The health trusts at or below `unit` on `day`.
void CollectTrusts(const core::CatalogIndex& catalog, const std::string& unit, const core::Date& day, int depth,
                   std::vector<std::string>& out) {
  const core::OrgUnit* found = catalog.FindOrgUnit(unit);
  if (found == nullptr || depth > 64) return;
  if (found->kind == core::OrgUnitKind::kHealthTrust) {
    out.push_back(unit);
    return;
  }
  for (const std::string& child : catalog.ChildrenOn(unit, day)) CollectTrusts(catalog, child, day, depth + 1, out);
}

// True if `unit` is `ancestor` or below it on `day`.
bool IsAtOrBelow(const core::CatalogIndex& catalog, std::string unit, const std::string& ancestor,
                 const core::Date& day) {
  for (int depth = 0; !unit.empty() && depth <= 64; ++depth) {
    if (unit == ancestor) return true;
    unit = catalog.ParentOn(unit, day);
  }
  return false;
}

}  // namespace

Coverage CoverageOf(const core::CatalogIndex& catalog, const std::string& org_unit, const core::Period& period) {
  const core::Date day = period.End();
  std::vector<std::string> trusts;
  CollectTrusts(catalog, org_unit, day, 0, trusts);
  Coverage coverage;
  coverage.units = static_cast<int>(trusts.size());
  if (trusts.empty()) return coverage;
  std::set<std::string> covered;
  for (const core::Participant& participant : catalog.catalog().participants) {
    if (participant.org_unit.empty() || participant.StatusOn(day) != core::MembershipStatus::kFullMember) continue;
    for (const std::string& trust : trusts) {
      if (IsAtOrBelow(catalog, participant.org_unit, trust, day)) covered.insert(trust);
    }
  }
  for (const std::string& trust : trusts) {
    if (covered.count(trust) > 0) coverage.member_units.push_back(trust);
  }
  coverage.members = static_cast<int>(coverage.member_units.size());
  coverage.share = static_cast<double>(coverage.members) / coverage.units;
  return coverage;
}

}  // namespace polyfon::analytics
