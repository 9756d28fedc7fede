#pragma once

#include <optional>
#include <string_view>

#include "analytics/value_cube.hpp"
#include "core/catalog.hpp"
#include "core/indicator.hpp"
#include "core/period.hpp"

namespace polyfon::analytics {

// Aggregates recorded values to any org unit and period, following three rules:
//  1. A recorded total beats a computed sum: a value recorded for a unit (or for the default
//     disaggregation, or for the whole period) is used as it is; lower levels are summed only
//     where no total was recorded.
//  2. Units are summed along the hierarchy valid on the first day of each recorded period, so a
//     2017 figure follows the 2017 map.
//  3. Over time, sum elements add up the recorded periods inside the query period; last-value
//     elements (stocks) take each unit's latest value in the period and add those up; distinct
//     counts are never added up at all: a person may appear in several units, disaggregations or
//     periods.
// Holds references to the catalog index and the cube, which must outlive it.
class Aggregator {
 public:
  Aggregator(const core::CatalogIndex& catalog, const ValueCube& cube) : catalog_(catalog), cube_(cube) {}

  // The value of `ref` for `org_unit` over `period`, or nullopt when nothing was recorded that
  // the rules allow to use. REQUIRES: ref.element exists in the catalog.
  std::optional<double> Aggregate(const core::DataRef& ref, std::string_view org_unit,
                                  const core::Period& period) const;

 private:
  // The value of `ref` for `org_unit` in exactly the recorded period `period`.
  std::optional<double> ValueIn(const core::DataRef& ref, const core::DataElement& element,
                                std::string_view org_unit, const core::Period& period, int depth) const;
  // The latest value of a stock for `org_unit` within `period`: its own, else its children's.
  std::optional<double> LatestIn(const core::DataRef& ref, const core::DataElement& element,
                                 std::string_view org_unit, const core::Period& period, int depth) const;
  // The recorded value of a cell, resolving disaggregations (rule 1).
  static std::optional<double> CellTotal(const std::vector<CellEntry>& entries, const core::DataRef& ref,
                                         bool summable);

  const core::CatalogIndex& catalog_;
  const ValueCube& cube_;
};

}  // namespace polyfon::analytics
