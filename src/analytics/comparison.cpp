#include "analytics/comparison.hpp"

#include "stats/rate_ratio.hpp"

namespace polyfon::analytics {

namespace {

// Both sides known and public: their common status; else the more restrictive one.
RowStatus CombinedStatus(const ResultRow& a, const ResultRow& b) {
  if (a.status == RowStatus::kSuppressed || b.status == RowStatus::kSuppressed) return RowStatus::kSuppressed;
  if (a.status == RowStatus::kMissing || b.status == RowStatus::kMissing) return RowStatus::kMissing;
  return RowStatus::kOk;
}

// Count and exposure of a row with an exact interval: the numerator over the denominator (a rate)
// or the value itself over an exposure of 1 (a count).
struct CountAndExposure {
  double count = 0;
  double exposure = 1;
};

std::optional<CountAndExposure> Counted(const ResultRow& row) {
  if (!row.ci_low || !row.value) return std::nullopt;
  if (row.numerator && row.denominator) return CountAndExposure{*row.numerator, *row.denominator};
  if (row.numerator) return CountAndExposure{*row.numerator, 1};
  return CountAndExposure{*row.value, 1};
}

}  // namespace

core::Result<Comparison> Compare(const ResultRow& a, const ResultRow& b, double level) {
  Comparison out;
  out.status = CombinedStatus(a, b);
  if (out.status != RowStatus::kOk) return out;
  const auto ca = Counted(a);
  const auto cb = Counted(b);
  if (ca && cb && ca->count + cb->count > 0) {
    POLYFON_ASSIGN_OR_RETURN(stats::RateRatio rr,
                             stats::ExactRateRatio(ca->count, ca->exposure, cb->count, cb->exposure, level));
    out.ratio = rr.ratio;
    out.ci_low = rr.interval.low;
    out.ci_high = rr.interval.high;
    out.p_value = rr.p_value;
  } else if (*b.value != 0) {
    out.ratio = *a.value / *b.value;
  }
  return out;
}

core::Result<Growth> GrowthBetween(const ResultRow& earlier, const ResultRow& later, double years, double level) {
  Growth out;
  out.status = CombinedStatus(earlier, later);
  if (out.status != RowStatus::kOk) return out;
  out.change = *later.value - *earlier.value;
  POLYFON_ASSIGN_OR_RETURN(const Comparison ratio, Compare(later, earlier, level));
  if (ratio.ratio) out.percent_change = (*ratio.ratio - 1) * 100;
  if (ratio.ci_low) out.ci_low = (*ratio.ci_low - 1) * 100;
  if (ratio.ci_high) out.ci_high = (*ratio.ci_high - 1) * 100;
  out.p_value = ratio.p_value;
  if (years > 0 && *earlier.value > 0 && *later.value >= 0) {
    auto annual = stats::CompoundAnnualGrowthPercent(*earlier.value, *later.value, years);
    if (annual) out.annual_growth_percent = *annual;
  }
  return out;
}

}  // namespace polyfon::analytics
