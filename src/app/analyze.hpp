#pragma once

#include <string>
#include <vector>

#include "analytics/cluster_effect.hpp"
#include "analytics/comparison.hpp"
#include "analytics/coverage.hpp"
#include "analytics/equal_access.hpp"
#include "analytics/query.hpp"
#include "analytics/sensitivity.hpp"
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

// The reference of an equal-access analysis: an org unit's rate (default: the nation), the best
// rate among the analysed units, or a given rate.
struct GapReference {
  enum class Kind { kOrgUnit, kBest, kRate } kind = Kind::kOrgUnit;
  std::string org_unit;  // kOrgUnit; empty = the catalog's nation
  double rate = 0;       // kRate
};

// "best", a number (a rate), or an org unit code; empty = the nation.
GapReference ParseGapReference(const std::string& text);

struct GapResult {
  std::string reference_label;  // "NO", "best (NO-HV)", "rate"
  std::string reference_org_unit;  // the unit whose rate is the reference; empty for a given rate
  double reference_rate = 0;
  std::vector<analytics::EqualAccessRow> rows;
};

// Equal access for one indicator with a denominator, in one period, for the org units of `spec`.
// Fails with kInvalidArgument for anything else, and when the reference rate is unknown or hidden.
core::Result<GapResult> AnalyzeGap(core::Store& store, const analytics::QuerySpec& spec, const GapReference& reference);

// A log-linear Poisson trend per org unit over the periods of `spec` (stats::FitPoissonTrend):
// the yearly growth factor with its interval. The item must be a count or a rate of counts.
struct TrendRow {
  std::string dx;
  std::string ou;
  analytics::RowStatus status = analytics::RowStatus::kMissing;  // suppressed if any point is
  int points = 0;
  std::optional<double> growth_factor;
  std::optional<double> low;
  std::optional<double> high;
  std::optional<double> dispersion;
};

// Needs one item and at least three periods; fails with kInvalidArgument otherwise.
core::Result<std::vector<TrendRow>> AnalyzeTrend(core::Store& store, const analytics::QuerySpec& spec);

// The cluster's coverage per org unit and period (analytics::CoverageOf), unless a value of the
// data element `cluster_coverage` is recorded for that cell, which then wins (source "data").
struct CoverageRow {
  std::string ou;
  std::string pe;
  std::optional<double> share;
  int members = 0;
  int units = 0;
  std::string source;  // "membership" or "data"
};

// Fails with kNotFound for an unknown org unit.
core::Result<std::vector<CoverageRow>> AnalyzeCoverage(core::Store& store, const std::vector<std::string>& org_units,
                                                       const std::vector<core::Period>& periods);

// The cluster effect (analytics::EstimateClusterEffect) for the item of `spec` — a count element
// (offset: the `population` element) or an indicator of counts (offset: its denominator) — over
// its org units and periods, with `exposure` as the covariate: "cluster_coverage" (the default,
// AnalyzeCoverage) or any data element.
core::Result<analytics::ClusterEffect> AnalyzeEffect(core::Store& store, const analytics::QuerySpec& spec,
                                                     const std::string& exposure);

// Under-registration: rate ranges per cell; for an indicator with a denominator, the equal-access
// gap of each cell against `reference` (per period) with its range; and, with two or more units
// and periods, the range of the cluster-effect estimate over the corners of the completeness box.
// The reference rate is divided by the completeness of its own unit (a given rate is taken as true).
struct SensitivityReference {
  std::string pe;
  std::string label;  // as GapResult::reference_label
  double rate = 0;
  analytics::CompletenessRange completeness;  // assumed for the reference's own unit
};
struct SensitivityResult {
  std::vector<analytics::RateRange> rates;
  std::vector<std::optional<analytics::GapRange>> gaps;  // one per rate row when gaps apply, else empty
  std::vector<SensitivityReference> gap_references;      // per period with gaps
  std::optional<analytics::EffectRange> effect;
};
core::Result<SensitivityResult> AnalyzeSensitivity(core::Store& store, const analytics::QuerySpec& spec,
                                                   const analytics::CompletenessAssumption& assumption,
                                                   const std::string& exposure, const GapReference& reference = {});

// The name of the data element that overrides computed coverage.
inline constexpr const char* kCoverageElement = "cluster_coverage";

}  // namespace polyfon::app
