#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "analytics/value_cube.hpp"
#include "core/catalog.hpp"
#include "core/period.hpp"

namespace polyfon::analytics {

// The cells public output hides: small counts (1 to min_count - 1) and, so that none of them can be
// worked out again, enough other cells.
//
// Cells are (count element, disaggregation, org unit, recorded period) with a value, as the
// Aggregator gives it. A reader may assume that every total is the sum of its parts, even for
// distinct counts, so these are treated as equations: a unit and its children on the period's
// first day (both trees: organisations and catchment areas), and a total and its disaggregations.
// Secondary suppression then hides, in every equation with exactly one hidden cell, its smallest
// shown part of at least 1 (else the total), until none is left; a last check solves all equations
// together and hides more wherever a hidden cell is still pinned down by them jointly.
// Output over a longer period (2016:2018) is hidden when any recorded period within it is.
// `known_units` are org units whose counts the reader knows already (a reporter's own): their cells
// are never hidden, and count as known in every equation, so that no other hidden count can be
// worked out from them either.
class Suppression {
 public:
  Suppression() = default;
  static Suppression Compute(const core::CatalogIndex& catalog, const ValueCube& cube, int min_count,
                             const std::set<std::string>& known_units = {});

  // True if the cell is hidden, or any hidden cell of (element, combo, org unit) has its period
  // within `period` (a year holding a hidden quarter). `combo` empty = the element's total.
  bool Hides(std::string_view element, std::string_view combo, std::string_view org_unit,
             const core::Period& period) const;
  size_t primary() const { return primary_; }  // small counts among the hidden cells

 private:
  // (element, combo, unit) -> hidden periods.
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<core::Period>> hidden_;
  size_t primary_ = 0;
};

}  // namespace polyfon::analytics
