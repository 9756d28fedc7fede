#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analytics/query.hpp"
#include "core/status.hpp"

namespace polyfon::analytics {

// What a unit would have with equal access: the reference rate applied to its own denominator.
struct EqualAccessRow {
  ResultRow observed;                     // the indicator's row for this unit
  RowStatus status = RowStatus::kMissing;
  std::optional<double> expected;         // reference rate × denominator / factor
  std::optional<double> expected_ratio;   // expected / the first unit's expected (≈ population ratio)
  std::optional<double> gap;              // expected − observed numerator: how many are missing
  std::optional<double> gap_low;          // from the observed count's exact interval
  std::optional<double> gap_high;
};

// Applies `reference_rate` (in the indicator's unit, e.g. per 100 000) to every row of one
// indicator: rows as RunQuery returns them, with numerator and denominator. `factor` is the
// indicator's factor. The gap interval carries the Poisson error of the observed count; the
// reference is taken as fixed (the national rate's own error is small beside a region's).
core::Result<std::vector<EqualAccessRow>> EqualAccess(const std::vector<ResultRow>& rows, double reference_rate,
                                                      double factor);

}  // namespace polyfon::analytics
