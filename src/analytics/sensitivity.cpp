#include "analytics/sensitivity.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/text.hpp"

namespace polyfon::analytics {

namespace {

constexpr int kMaxCornerUnits = 10;

core::Result<CompletenessRange> ParseRange(std::string_view text) {
  const std::string item(text);
  const size_t colon = item.find(':');
  const std::string low_text = item.substr(0, colon);
  const std::string high_text = colon == std::string::npos ? low_text : item.substr(colon + 1);
  char* end_low = nullptr;
  char* end_high = nullptr;
  CompletenessRange range{std::strtod(low_text.c_str(), &end_low), std::strtod(high_text.c_str(), &end_high)};
  const bool parsed = !low_text.empty() && !high_text.empty() && *end_low == '\0' && *end_high == '\0';
  if (!parsed || !(range.low > 0 && range.high <= 1 && range.low <= range.high)) {
    return core::Status::InvalidArgument("bad completeness '" + item +
                                         "': expected LOW:HIGH with 0 < LOW <= HIGH <= 1, e.g. 0.6:1");
  }
  return range;
}

}  // namespace

const CompletenessRange& CompletenessAssumption::For(const std::string& unit) const {
  auto it = by_unit.find(unit);
  return it == by_unit.end() ? fallback : it->second;
}

core::Result<CompletenessAssumption> ParseCompleteness(std::string_view text) {
  CompletenessAssumption assumption;
  for (const std::string& item : core::SplitList(text)) {
    const size_t eq = item.find('=');
    POLYFON_ASSIGN_OR_RETURN(CompletenessRange range,
                             ParseRange(eq == std::string::npos ? item : item.substr(eq + 1)));
    if (eq == std::string::npos) {
      assumption.fallback = range;
    } else {
      assumption.by_unit[item.substr(0, eq)] = range;
    }
  }
  return assumption;
}

std::vector<RateRange> AdjustedRates(const std::vector<ResultRow>& rows, const CompletenessAssumption& assumption) {
  std::vector<RateRange> out;
  for (const ResultRow& row : rows) {
    RateRange range{row, std::nullopt, std::nullopt};
    if (row.status == RowStatus::kOk && row.value) {
      const CompletenessRange& c = assumption.For(row.ou);
      range.low = *row.value / c.high;
      range.high = *row.value / c.low;
    }
    out.push_back(std::move(range));
  }
  return out;
}

std::vector<GapRange> AdjustedGaps(const std::vector<EqualAccessRow>& rows, double reference_rate,
                                   const CompletenessRange& reference_completeness,
                                   const CompletenessAssumption& assumption, double factor) {
  std::vector<GapRange> out;
  for (const EqualAccessRow& row : rows) {
    GapRange range{row, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    const ResultRow& observed = row.observed;
    if (row.status == RowStatus::kOk && row.expected && observed.numerator && observed.denominator) {
      const CompletenessRange& c = assumption.For(observed.ou);
      const double population = *observed.denominator / factor;
      range.expected_low = reference_rate / reference_completeness.high * population;
      range.expected_high = reference_rate / reference_completeness.low * population;
      range.gap_low = *range.expected_low - *observed.numerator / c.low;
      range.gap_high = *range.expected_high - *observed.numerator / c.high;
    }
    out.push_back(std::move(range));
  }
  return out;
}

core::Result<EffectRange> ClusterEffectRange(const EffectPanel& panel, const CompletenessAssumption& assumption,
                                             double level) {
  const int units = static_cast<int>(panel.units.size());
  if (units > kMaxCornerUnits) {
    return core::Status::InvalidArgument("the effect range tries every corner of the completeness box; at most 10 units");
  }
  EffectRange range;
  POLYFON_ASSIGN_OR_RETURN(range.observed, EstimateClusterEffect(panel, level));
  range.coefficient_low = range.coefficient_high = range.observed.coefficient;
  const size_t periods = panel.periods.size();
  for (unsigned corner = 0; corner < (1u << units); ++corner) {
    EffectPanel scenario = panel;
    for (int u = 0; u < units; ++u) {
      const CompletenessRange& c = assumption.For(panel.units[u]);
      const double completeness = (corner >> u) & 1u ? c.high : c.low;
      for (size_t p = 0; p < periods; ++p) {
        auto& count = scenario.counts[u * periods + p];
        if (count) count = std::round(*count / completeness);
      }
    }
    auto effect = EstimateClusterEffect(scenario, level, 0, /*randomize=*/false);
    if (!effect) continue;
    ++range.scenarios;
    range.coefficient_low = std::min(range.coefficient_low, effect->coefficient);
    range.coefficient_high = std::max(range.coefficient_high, effect->coefficient);
  }
  range.irr_low = std::exp(range.coefficient_low);
  range.irr_high = std::exp(range.coefficient_high);
  return range;
}

}  // namespace polyfon::analytics
