#include "app/analyze.hpp"

#include <cstdlib>
#include <map>
#include <utility>

#include "app/query_data.hpp"
#include "stats/poisson_glm.hpp"

namespace polyfon::app {

namespace {

double YearsBetween(const core::Period& first, const core::Period& last) {
  if (first.type() == core::PeriodType::kYearly) return last.year() - first.year();
  return static_cast<double>(last.Start().DaysSinceEpoch() - first.Start().DaysSinceEpoch()) / 365.25;
}

}  // namespace

core::Result<RatioResult> AnalyzeRatio(core::Store& store, const analytics::QuerySpec& spec) {
  const size_t cells = spec.org_units.size() * spec.periods.size();
  if (spec.items.size() != 1 || cells != 2) {
    return core::Status::InvalidArgument(
        "a ratio compares one item in two cells: two org units in one period (--ou A,B --pe 2018) or one org unit "
        "in two periods (--ou A --pe '2018;2016')");
  }
  POLYFON_ASSIGN_OR_RETURN(std::vector<analytics::ResultRow> rows, QueryData(store, spec));
  RatioResult result{rows[0], rows[1], {}};
  POLYFON_ASSIGN_OR_RETURN(result.comparison, analytics::Compare(rows[0], rows[1], spec.level));
  return result;
}

core::Result<std::vector<GrowthResult>> AnalyzeGrowth(core::Store& store, const analytics::QuerySpec& spec) {
  if (spec.items.size() != 1 || spec.periods.size() < 2) {
    return core::Status::InvalidArgument("growth needs one item and at least two periods, e.g. --pe 2016:2018");
  }
  const core::Period& first = spec.periods.front();
  const core::Period& last = spec.periods.back();
  if (first.type() != last.type() || !(first < last)) {
    return core::Status::InvalidArgument("growth runs from an earlier to a later period of the same type");
  }
  analytics::QuerySpec ends = spec;
  ends.periods = {first, last};
  POLYFON_ASSIGN_OR_RETURN(std::vector<analytics::ResultRow> rows, QueryData(store, ends));
  std::vector<GrowthResult> results;
  const double years = YearsBetween(first, last);
  for (size_t i = 0; i + 1 < rows.size(); i += 2) {
    GrowthResult result{rows[i], rows[i + 1], years, {}};
    POLYFON_ASSIGN_OR_RETURN(result.growth, analytics::GrowthBetween(rows[i], rows[i + 1], years, spec.level));
    results.push_back(std::move(result));
  }
  return results;
}

GapReference ParseGapReference(const std::string& text) {
  GapReference reference;
  char* end = nullptr;
  const double rate = std::strtod(text.c_str(), &end);
  if (text == "best") {
    reference.kind = GapReference::Kind::kBest;
  } else if (!text.empty() && end != nullptr && *end == '\0') {
    reference.kind = GapReference::Kind::kRate;
    reference.rate = rate;
  } else {
    reference.org_unit = text;
  }
  return reference;
}

core::Result<GapResult> AnalyzeGap(core::Store& store, const analytics::QuerySpec& spec, const GapReference& reference) {
  if (spec.items.size() != 1 || spec.periods.size() != 1) {
    return core::Status::InvalidArgument("equal access takes one indicator and one period, e.g. --pe 2018");
  }
  POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
  const core::CatalogIndex index(catalog);
  const core::Indicator* indicator = index.FindIndicator(spec.items.front());
  if (indicator == nullptr || !indicator->denominator) {
    return core::Status::InvalidArgument("equal access needs an indicator with a denominator, e.g. mt_patients_per_100k");
  }
  GapResult result;
  POLYFON_ASSIGN_OR_RETURN(const std::vector<analytics::ResultRow> rows, QueryData(store, spec));
  switch (reference.kind) {
    case GapReference::Kind::kRate:
      result.reference_label = "rate";
      result.reference_rate = reference.rate;
      break;
    case GapReference::Kind::kBest: {
      const analytics::ResultRow* best = nullptr;
      for (const auto& row : rows) {
        if (row.status == analytics::RowStatus::kOk && row.value && (best == nullptr || *best->value < *row.value)) {
          best = &row;
        }
      }
      if (best == nullptr) return core::Status::InvalidArgument("no unit has a rate to serve as the best");
      result.reference_label = "best (" + best->ou + ")";
      result.reference_org_unit = best->ou;
      result.reference_rate = *best->value;
      break;
    }
    case GapReference::Kind::kOrgUnit: {
      std::string code = reference.org_unit;
      if (code.empty()) {
        for (const core::OrgUnit& unit : catalog.org_units) {
          if (unit.kind == core::OrgUnitKind::kNation) code = unit.code;
        }
      }
      if (code.empty()) return core::Status::InvalidArgument("no nation in the catalog; name a --reference");
      analytics::QuerySpec ref_spec = spec;
      ref_spec.org_units = {code};
      POLYFON_ASSIGN_OR_RETURN(const std::vector<analytics::ResultRow> ref, QueryData(store, ref_spec));
      if (ref.front().status != analytics::RowStatus::kOk || !ref.front().value) {
        return core::Status::InvalidArgument("the reference " + code + " has no public rate for " + ref.front().pe);
      }
      result.reference_label = code;
      result.reference_org_unit = code;
      result.reference_rate = *ref.front().value;
      break;
    }
  }
  POLYFON_ASSIGN_OR_RETURN(result.rows, analytics::EqualAccess(rows, result.reference_rate, indicator->factor));
  return result;
}

core::Result<std::vector<TrendRow>> AnalyzeTrend(core::Store& store, const analytics::QuerySpec& spec) {
  if (spec.items.size() != 1 || spec.periods.size() < 3) {
    return core::Status::InvalidArgument("a trend needs one item and at least three periods, e.g. --pe 2016:2018");
  }
  POLYFON_ASSIGN_OR_RETURN(const std::vector<analytics::ResultRow> rows, QueryData(store, spec));
  const core::Period& first = spec.periods.front();
  std::vector<TrendRow> out;
  for (size_t u = 0; u < spec.org_units.size(); ++u) {
    TrendRow trend{spec.items.front(), spec.org_units[u], analytics::RowStatus::kOk, 0, {}, {}, {}, {}};
    std::vector<double> counts, exposures, times;
    for (size_t p = 0; p < spec.periods.size(); ++p) {
      const analytics::ResultRow& row = rows[u * spec.periods.size() + p];
      if (row.status == analytics::RowStatus::kSuppressed) trend.status = analytics::RowStatus::kSuppressed;
      if (row.status != analytics::RowStatus::kOk || !row.ci_low) continue;  // only counts have intervals
      counts.push_back(row.numerator.value_or(*row.value));
      exposures.push_back(row.denominator.value_or(1.0));
      times.push_back(YearsBetween(first, spec.periods[p]));
    }
    trend.points = static_cast<int>(counts.size());
    if (trend.status == analytics::RowStatus::kOk && counts.size() >= 2) {
      auto fit = stats::FitPoissonTrend(counts, exposures, times, spec.level);
      if (fit) {
        trend.growth_factor = fit->growth_factor;
        trend.low = fit->low;
        trend.high = fit->high;
        trend.dispersion = fit->dispersion;
      }
    }
    if (trend.status == analytics::RowStatus::kOk && !trend.growth_factor) trend.status = analytics::RowStatus::kMissing;
    out.push_back(std::move(trend));
  }
  return out;
}

core::Result<std::vector<CoverageRow>> AnalyzeCoverage(core::Store& store, const std::vector<std::string>& org_units,
                                                       const std::vector<core::Period>& periods) {
  POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
  const core::CatalogIndex index(catalog);
  for (const std::string& ou : org_units) {
    if (index.FindOrgUnit(ou) == nullptr) return core::Status::NotFound("unknown org unit '" + ou + "'");
  }
  std::vector<analytics::ResultRow> recorded;
  if (index.FindElement(kCoverageElement) != nullptr) {
    analytics::QuerySpec spec;
    spec.items = {kCoverageElement};
    spec.org_units = org_units;
    spec.periods = periods;
    POLYFON_ASSIGN_OR_RETURN(recorded, QueryData(store, spec));
  }
  std::vector<CoverageRow> rows;
  size_t i = 0;
  for (const std::string& ou : org_units) {
    for (const core::Period& pe : periods) {
      CoverageRow row{ou, pe.Id(), std::nullopt, 0, 0, "membership"};
      if (i < recorded.size() && recorded[i].value) {
        row.share = recorded[i].value;
        row.source = "data";
      } else {
        const analytics::Coverage coverage = analytics::CoverageOf(index, ou, pe);
        row.share = coverage.share;
        row.members = coverage.members;
        row.units = coverage.units;
      }
      ++i;
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

namespace {

core::Result<analytics::EffectPanel> EffectPanelFor(core::Store& store, const analytics::QuerySpec& spec,
                                                    const std::string& exposure) {
  if (spec.items.size() != 1) return core::Status::InvalidArgument("the cluster effect takes one item");
  POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
  const core::CatalogIndex index(catalog);
  analytics::QuerySpec outcome = spec;
  outcome.public_output = false;  // the model needs every count; its output reveals none
  POLYFON_ASSIGN_OR_RETURN(const std::vector<analytics::ResultRow> rows, QueryData(store, outcome));
  std::vector<analytics::ResultRow> populations;
  const bool indicator = index.FindIndicator(spec.items.front()) != nullptr;
  if (!indicator) {
    if (index.FindElement("population") == nullptr) {
      return core::Status::InvalidArgument("the cluster effect of an element needs the element 'population'");
    }
    analytics::QuerySpec population = outcome;
    population.items = {"population"};
    POLYFON_ASSIGN_OR_RETURN(populations, QueryData(store, population));
  }
  analytics::EffectPanel panel;
  panel.units = spec.org_units;
  for (const core::Period& p : spec.periods) panel.periods.push_back(p.Id());
  for (size_t i = 0; i < rows.size(); ++i) {
    const analytics::ResultRow& row = rows[i];
    const bool ok = row.status == analytics::RowStatus::kOk;
    panel.counts.push_back(ok ? (indicator ? row.numerator : row.value) : std::nullopt);
    panel.populations.push_back(indicator ? (ok ? row.denominator : std::nullopt) : populations[i].value);
  }
  if (exposure.empty() || exposure == kCoverageElement) {
    POLYFON_ASSIGN_OR_RETURN(const std::vector<CoverageRow> coverage,
                             AnalyzeCoverage(store, spec.org_units, spec.periods));
    for (const CoverageRow& row : coverage) panel.exposures.push_back(row.share);
  } else {
    if (index.FindElement(exposure) == nullptr) return core::Status::NotFound("unknown exposure element '" + exposure + "'");
    analytics::QuerySpec exposure_spec = outcome;
    exposure_spec.items = {exposure};
    POLYFON_ASSIGN_OR_RETURN(const std::vector<analytics::ResultRow> values, QueryData(store, exposure_spec));
    for (const auto& row : values) panel.exposures.push_back(row.value);
  }
  return panel;
}

}  // namespace

core::Result<analytics::ClusterEffect> AnalyzeEffect(core::Store& store, const analytics::QuerySpec& spec,
                                                     const std::string& exposure) {
  POLYFON_ASSIGN_OR_RETURN(const analytics::EffectPanel panel, EffectPanelFor(store, spec, exposure));
  return analytics::EstimateClusterEffect(panel, spec.level);
}

namespace {

// The gap ranges of every rate row, period by period against that period's reference.
core::Status AddGapRanges(core::Store& store, const analytics::QuerySpec& spec,
                          const analytics::CompletenessAssumption& assumption, const GapReference& reference,
                          double factor, SensitivityResult& result) {
  std::map<std::pair<std::string, std::string>, analytics::GapRange> by_cell;
  for (const core::Period& period : spec.periods) {
    analytics::QuerySpec one = spec;
    one.periods = {period};
    auto found = AnalyzeGap(store, one, reference);
    const bool default_reference = reference.kind == GapReference::Kind::kOrgUnit && reference.org_unit.empty();
    if (!found && default_reference) continue;  // e.g. the nation's rate hidden: no gaps for this period
    if (!found) return found.error();
    GapResult gap = std::move(*found);
    const analytics::CompletenessRange reference_completeness =
        gap.reference_org_unit.empty() ? analytics::CompletenessRange{1, 1} : assumption.For(gap.reference_org_unit);
    for (analytics::GapRange& range :
         analytics::AdjustedGaps(gap.rows, gap.reference_rate, reference_completeness, assumption, factor)) {
      by_cell.emplace(std::make_pair(range.observed.observed.ou, range.observed.observed.pe), std::move(range));
    }
    result.gap_references.push_back({period.Id(), gap.reference_label, gap.reference_rate, reference_completeness});
  }
  for (const analytics::RateRange& rate : result.rates) {
    auto it = by_cell.find({rate.observed.ou, rate.observed.pe});
    result.gaps.push_back(it == by_cell.end() ? std::nullopt : std::optional<analytics::GapRange>(it->second));
  }
  return core::Status::Ok();
}

}  // namespace

core::Result<SensitivityResult> AnalyzeSensitivity(core::Store& store, const analytics::QuerySpec& spec,
                                                   const analytics::CompletenessAssumption& assumption,
                                                   const std::string& exposure, const GapReference& reference) {
  if (spec.items.size() != 1) return core::Status::InvalidArgument("sensitivity takes one item");
  SensitivityResult result;
  POLYFON_ASSIGN_OR_RETURN(const std::vector<analytics::ResultRow> rows, QueryData(store, spec));
  result.rates = analytics::AdjustedRates(rows, assumption);
  {
    POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
    const core::CatalogIndex index(catalog);
    const core::Indicator* indicator = index.FindIndicator(spec.items.front());
    if (indicator != nullptr && indicator->denominator) {
      POLYFON_RETURN_IF_ERROR(AddGapRanges(store, spec, assumption, reference, indicator->factor, result));
    }
  }
  if (spec.org_units.size() >= 2 && spec.periods.size() >= 2) {
    auto panel = EffectPanelFor(store, spec, exposure);
    if (panel) {
      auto range = analytics::ClusterEffectRange(*panel, assumption, spec.level);
      if (range) result.effect = std::move(*range);
    }
  }
  return result;
}

}  // namespace polyfon::app
