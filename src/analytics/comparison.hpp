#pragma once

#include <optional>
#include <string>

#include "analytics/query.hpp"
#include "core/status.hpp"

namespace polyfon::analytics {

// How two cells of one data item compare: the ratio of their values, exact where both are counts
// (or rates of counts): the rate ratio's conditional interval and p-value (R's poisson.test).
struct Comparison {
  RowStatus status = RowStatus::kMissing;  // kSuppressed if either side is; kMissing if either is
  std::optional<double> ratio;
  std::optional<double> ci_low;
  std::optional<double> ci_high;
  std::optional<double> p_value;
};

// Compares `a` to `b` (a / b). `a` and `b` are rows of RunQuery for the same item; their
// numerator and denominator give the counts and exposures. Intervals only where both rows carry
// an exact interval, i.e. both numerators are counts.
core::Result<Comparison> Compare(const ResultRow& a, const ResultRow& b, double level);

// Growth from `earlier` to `later` of one item and org unit: absolute and percent change, the
// percent change's exact interval and p-value (from the rate ratio later / earlier), and the
// compound annual growth over `years`.
struct Growth {
  RowStatus status = RowStatus::kMissing;
  std::optional<double> change;
  std::optional<double> percent_change;
  std::optional<double> ci_low;   // of the percent change
  std::optional<double> ci_high;  // of the percent change
  std::optional<double> p_value;
  std::optional<double> annual_growth_percent;
};

core::Result<Growth> GrowthBetween(const ResultRow& earlier, const ResultRow& later, double years, double level);

}  // namespace polyfon::analytics
