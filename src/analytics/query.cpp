#include "analytics/query.hpp"

#include <cmath>
#include <optional>

#include "analytics/aggregator.hpp"
#include "analytics/suppression.hpp"
#include "stats/poisson_interval.hpp"

namespace polyfon::analytics {

namespace {

using core::IsCount;

// Public output hides a small count itself, and whatever the suppression hides to protect the small
// counts (a cell it hides, or a longer period holding one).
bool Hidden(const Suppression* suppression, const core::DataRef& ref, const std::string& ou, const core::Period& pe,
            double count, const QuerySpec& spec) {
  if (!spec.public_output || spec.known_units.contains(ou)) return false;
  if (count >= 1 && count < spec.min_count) return true;
  return suppression != nullptr && suppression->Hides(ref.element, ref.combo, ou, pe);
}

// Fills ci_low/ci_high with the exact interval of `count` scaled by `scale`, when count is whole.
void SetPoissonInterval(ResultRow& row, double count, double scale, double level) {
  if (count < 0 || std::floor(count) != count) return;
  auto interval = stats::ExactPoissonInterval(count, level);
  if (!interval) return;
  row.ci_low = interval->low * scale;
  row.ci_high = interval->high * scale;
}

ResultRow IndicatorRow(const Aggregator& aggregator, const core::CatalogIndex& catalog,
                       const core::Indicator& indicator, const std::string& ou, const core::Period& pe,
                       const QuerySpec& spec, const Suppression* suppression) {
  ResultRow row;
  row.dx = indicator.code;
  row.ou = ou;
  row.pe = pe.Id();
  const auto numerator = aggregator.Aggregate(indicator.numerator, ou, pe);
  std::optional<double> denominator = 1.0;
  if (indicator.denominator) denominator = aggregator.Aggregate(*indicator.denominator, ou, pe);
  if (!numerator || !denominator || *denominator == 0) return row;
  const core::DataElement* element = catalog.FindElement(indicator.numerator.element);
  if (element != nullptr && IsCount(*element) && Hidden(suppression, indicator.numerator, ou, pe, *numerator, spec)) {
    row.status = RowStatus::kSuppressed;
    return row;
  }
  row.status = RowStatus::kOk;
  const double scale = indicator.factor / *denominator;
  row.value = *numerator * scale;
  row.numerator = numerator;
  if (indicator.denominator) row.denominator = denominator;
  if (indicator.poisson_interval) SetPoissonInterval(row, *numerator, scale, spec.level);
  return row;
}

ResultRow ElementRow(const Aggregator& aggregator, const core::DataElement& element, const core::DataRef& ref,
                     const std::string& ou, const core::Period& pe, const QuerySpec& spec,
                     const Suppression* suppression) {
  ResultRow row;
  row.dx = ref.ToString();
  row.ou = ou;
  row.pe = pe.Id();
  const auto value = aggregator.Aggregate(ref, ou, pe);
  if (!value) return row;
  if (IsCount(element) && Hidden(suppression, ref, ou, pe, *value, spec)) {
    row.status = RowStatus::kSuppressed;
    return row;
  }
  row.status = RowStatus::kOk;
  row.value = value;
  if (IsCount(element)) SetPoissonInterval(row, *value, 1.0, spec.level);
  return row;
}

core::Status UnknownItem(const std::string& item) {
  return core::Status::NotFound("unknown indicator or data element '" + item + "'");
}

}  // namespace

const char* RowStatusName(RowStatus status) {
  switch (status) {
    case RowStatus::kOk: return "ok";
    case RowStatus::kSuppressed: return "suppressed";
    case RowStatus::kMissing: return "missing";
  }
  return "missing";
}

core::Result<std::vector<std::string>> ElementsNeeded(const core::CatalogIndex& catalog,
                                                      const std::vector<std::string>& items) {
  std::vector<std::string> elements;
  auto add = [&elements](const std::string& code) {
    for (const auto& e : elements) {
      if (e == code) return;
    }
    elements.push_back(code);
  };
  for (const std::string& item : items) {
    if (const core::Indicator* indicator = catalog.FindIndicator(item)) {
      add(indicator->numerator.element);
      if (indicator->denominator) add(indicator->denominator->element);
      continue;
    }
    auto ref = core::DataRef::Parse(item);
    if (!ref || catalog.FindElement(ref->element) == nullptr) return UnknownItem(item);
    add(ref->element);
  }
  return elements;
}

core::Result<std::vector<ResultRow>> RunQuery(const core::CatalogIndex& catalog, const ValueCube& cube,
                                              const QuerySpec& spec) {
  if (!(spec.level > 0 && spec.level < 1)) {
    return core::Status::InvalidArgument("confidence level must be between 0 and 1, e.g. 0.95");
  }
  for (const std::string& ou : spec.org_units) {
    if (catalog.FindOrgUnit(ou) == nullptr) return core::Status::NotFound("unknown org unit '" + ou + "'");
  }
  const Aggregator aggregator(catalog, cube);
  std::optional<Suppression> suppression;
  if (spec.public_output) suppression = Suppression::Compute(catalog, cube, spec.min_count, spec.known_units);
  const Suppression* hides = suppression ? &*suppression : nullptr;
  std::vector<ResultRow> rows;
  rows.reserve(spec.items.size() * spec.org_units.size() * spec.periods.size());
  for (const std::string& item : spec.items) {
    const core::Indicator* indicator = catalog.FindIndicator(item);
    std::optional<core::DataRef> ref;
    const core::DataElement* element = nullptr;
    if (indicator == nullptr) {
      auto parsed = core::DataRef::Parse(item);
      if (parsed) element = catalog.FindElement(parsed->element);
      if (element == nullptr) return UnknownItem(item);
      if (!parsed->combo.empty() && catalog.FindCombo(parsed->combo) == nullptr) {
        return core::Status::NotFound("unknown disaggregation '" + parsed->combo + "' in '" + item + "'");
      }
      ref = *parsed;
    }
    for (const std::string& ou : spec.org_units) {
      for (const core::Period& pe : spec.periods) {
        rows.push_back(indicator != nullptr ? IndicatorRow(aggregator, catalog, *indicator, ou, pe, spec, hides)
                                            : ElementRow(aggregator, *element, *ref, ou, pe, spec, hides));
      }
    }
  }
  return rows;
}

}  // namespace polyfon::analytics
