#include "analytics/equal_access.hpp"

#include <cmath>

namespace polyfon::analytics {

core::Result<std::vector<EqualAccessRow>> EqualAccess(const std::vector<ResultRow>& rows, double reference_rate,
                                                      double factor) {
  if (!std::isfinite(reference_rate) || reference_rate < 0) {
    return core::Status::InvalidArgument("the reference rate must be a number of 0 or more");
  }
  if (!(factor > 0)) return core::Status::InvalidArgument("the indicator's factor must be positive");
  std::vector<EqualAccessRow> out;
  std::optional<double> first_expected;
  for (const ResultRow& row : rows) {
    EqualAccessRow item;
    item.observed = row;
    item.status = row.status;
    if (row.status == RowStatus::kOk && row.numerator && row.denominator) {
      item.expected = reference_rate * *row.denominator / factor;
      item.gap = *item.expected - *row.numerator;
      if (row.ci_low && row.ci_high) {
        // The row's interval is the count's, scaled to a rate; scale it back to counts.
        const double to_count = *row.denominator / factor;
        item.gap_low = *item.expected - *row.ci_high * to_count;
        item.gap_high = *item.expected - *row.ci_low * to_count;
      }
      if (!first_expected) first_expected = item.expected;
      if (*first_expected > 0) item.expected_ratio = *item.expected / *first_expected;
    } else if (row.status == RowStatus::kOk) {
      item.status = RowStatus::kMissing;  // not a ratio with a denominator: nothing to scale
    }
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace polyfon::analytics
