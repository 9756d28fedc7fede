#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/catalog.hpp"
#include "core/period.hpp"

namespace polyfon::analytics {

// How much of an org unit the cluster covers in a period, from the membership history: the share
// of its health trusts (units of kind health_trust below it, on the period's last day) that are
// full members on that day — through a participant whose org unit is the trust or lies below it.
// This is the implementation-science "penetration" of the cluster. Without population figures per
// trust, every trust counts the same.
struct Coverage {
  std::optional<double> share;  // 0..1; absent when the unit has no health trusts below it
  int members = 0;
  int units = 0;
  std::vector<std::string> member_units;  // codes of the covered trusts
};

Coverage CoverageOf(const core::CatalogIndex& catalog, const std::string& org_unit, const core::Period& period);

}  // namespace polyfon::analytics
