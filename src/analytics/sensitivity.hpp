#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analytics/cluster_effect.hpp"
#include "analytics/equal_access.hpp"
#include "analytics/query.hpp"
#include "core/status.hpp"

namespace polyfon::analytics {

// Assumed completeness of registration: the share of real cases that were coded, as a range.
struct CompletenessRange {
  double low = 1;
  double high = 1;
};

// Completeness per org unit, with a default for units not named.
struct CompletenessAssumption {
  CompletenessRange fallback;
  std::map<std::string, CompletenessRange> by_unit;
  const CompletenessRange& For(const std::string& unit) const;
};

// Parses "0.6:1" (all units) or "0.6:1,NO-HN=0.4:0.9" (a default and per-unit ranges). Each bound
// must lie in (0, 1] with low <= high. Fails with kInvalidArgument naming the bad item.
core::Result<CompletenessAssumption> ParseCompleteness(std::string_view text);

// The range of a rate when its count is only `completeness` of the truth: rate / high .. rate / low.
struct RateRange {
  ResultRow observed;
  std::optional<double> low;
  std::optional<double> high;
};
std::vector<RateRange> AdjustedRates(const std::vector<ResultRow>& rows, const CompletenessAssumption& assumption);

// The range of an equal-access gap when both the unit's count and the reference rate are only
// partly registered: the true count is count / c_unit and the true reference rate is
// reference / c_reference, each completeness anywhere in its range (a box: the two are not tied,
// even when the unit is part of the reference). gap_low = reference / c_ref.high × population −
// count / c_unit.low, gap_high the other way round. An explicit target rate is a true rate: pass
// {1, 1} as its completeness.
struct GapRange {
  EqualAccessRow observed;
  std::optional<double> expected_low;
  std::optional<double> expected_high;
  std::optional<double> gap_low;
  std::optional<double> gap_high;
};
std::vector<GapRange> AdjustedGaps(const std::vector<EqualAccessRow>& rows, double reference_rate,
                                   const CompletenessRange& reference_completeness,
                                   const CompletenessAssumption& assumption, double factor);

// The cluster effect under every corner of the completeness box (each unit at its low or high
// completeness for all periods; 2^G corners, G <= 10): the smallest and largest coefficient.
struct EffectRange {
  ClusterEffect observed;
  double coefficient_low = 0;
  double coefficient_high = 0;
  double irr_low = 1;
  double irr_high = 1;
  int scenarios = 0;
};
core::Result<EffectRange> ClusterEffectRange(const EffectPanel& panel, const CompletenessAssumption& assumption,
                                             double level);

}  // namespace polyfon::analytics
