#pragma once

#include <string>
#include <vector>

#include "analytics/comparison.hpp"
#include "analytics/query.hpp"
#include "core/status.hpp"
#include "core/store.hpp"

namespace polyfon::app {

// One data item in two cells, compared: a / b.
struct RatioResult {
  analytics::ResultRow a;
  analytics::ResultRow b;
  analytics::Comparison comparison;
};

// `spec` must select exactly two cells of one item: two org units in one period, or one org unit
// in two periods; the first is compared to the second, in the order given. Fails with
// kInvalidArgument otherwise, kNotFound for unknown codes.
core::Result<RatioResult> AnalyzeRatio(core::Store& store, const analytics::QuerySpec& spec);

// Growth of one item in one org unit from the first to the last period of `spec`.
struct GrowthResult {
  analytics::ResultRow first;
  analytics::ResultRow last;
  double years = 0;
  analytics::Growth growth;
};

// One result per org unit of `spec` (one item, at least two periods of one type). Years between
// periods: the difference of their years for yearly periods, else days / 365.25.
core::Result<std::vector<GrowthResult>> AnalyzeGrowth(core::Store& store, const analytics::QuerySpec& spec);

}  // namespace polyfon::app
