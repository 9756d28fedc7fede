#include "analytics/aggregator.hpp"

#include <vector>

#include "core/data_element.hpp"

namespace polyfon::analytics {

namespace {
// Deeper than any real hierarchy; guards against a cycle slipping past validation.
constexpr int kMaxDepth = 64;
}  // namespace

std::optional<double> Aggregator::CellTotal(const std::vector<CellEntry>& entries, const core::DataRef& ref,
                                            bool summable) {
  std::optional<double> total;
  std::optional<double> breakdown_sum;
  size_t breakdown_count = 0;
  for (const CellEntry& entry : entries) {
    if (!ref.combo.empty()) {
      if (entry.combo == ref.combo) total = total.value_or(0) + entry.value;
    } else if (entry.combo == core::kDefaultCombo) {
      total = total.value_or(0) + entry.value;
    } else {
      breakdown_sum = breakdown_sum.value_or(0) + entry.value;
      ++breakdown_count;
    }
  }
  if (total || !breakdown_sum) return total;
  // No recorded total: disaggregations add up to one only where adding is allowed.
  if (summable || breakdown_count == 1) return breakdown_sum;
  return std::nullopt;
}

std::optional<double> Aggregator::ValueIn(const core::DataRef& ref, const core::DataElement& element,
                                          std::string_view org_unit, const core::Period& period, int depth) const {
  const bool summable = element.aggregation != core::AggregationType::kDistinct;
  if (const auto* entries = cube_.Find(element.code, org_unit, period)) {
    if (auto total = CellTotal(*entries, ref, summable)) return total;
  }
  if (!summable || depth >= kMaxDepth) return std::nullopt;
  std::optional<double> sum;
  for (const std::string& child : catalog_.ChildrenOn(org_unit, period.Start())) {
    if (auto v = ValueIn(ref, element, child, period, depth + 1)) sum = sum.value_or(0) + *v;
  }
  return sum;
}

std::optional<double> Aggregator::LatestIn(const core::DataRef& ref, const core::DataElement& element,
                                           std::string_view org_unit, const core::Period& period, int depth) const {
  const std::vector<core::Period>& recorded = cube_.PeriodsOf(element.code);
  const core::Period* latest = nullptr;
  std::optional<double> latest_value;
  for (const core::Period& p : recorded) {
    if (!period.Contains(p)) continue;
    const auto* entries = cube_.Find(element.code, org_unit, p);
    if (entries == nullptr) continue;
    auto v = CellTotal(*entries, ref, true);
    // Latest end wins; on a tie the coarser (earlier-starting) period, a recorded total.
    if (v && (latest == nullptr || latest->End() < p.End())) {
      latest = &p;
      latest_value = v;
    }
  }
  if (latest_value || depth >= kMaxDepth) return latest_value;
  std::optional<double> sum;
  for (const std::string& child : catalog_.ChildrenOn(org_unit, period.Start())) {
    if (auto v = LatestIn(ref, element, child, period, depth + 1)) sum = sum.value_or(0) + *v;
  }
  return sum;
}

std::optional<double> Aggregator::Aggregate(const core::DataRef& ref, std::string_view org_unit,
                                            const core::Period& period) const {
  const core::DataElement* element = catalog_.FindElement(ref.element);
  if (element == nullptr) return std::nullopt;
  if (element->aggregation == core::AggregationType::kLastValue) return LatestIn(ref, *element, org_unit, period, 0);
  if (auto exact = ValueIn(ref, *element, org_unit, period, 0)) return exact;
  if (element->aggregation == core::AggregationType::kDistinct) return std::nullopt;

  // Recorded periods strictly inside the query period that have a value here, coarsest first
  // within each stretch, so a quarter's recorded total hides its months (rule 1).
  std::vector<std::pair<core::Period, double>> used;
  for (const core::Period& recorded : cube_.PeriodsOf(element->code)) {
    if (recorded == period || !period.Contains(recorded)) continue;
    auto v = ValueIn(ref, *element, org_unit, recorded, 0);
    if (!v) continue;
    bool covered = false;
    for (auto it = used.begin(); it != used.end();) {
      if (it->first.Contains(recorded)) {
        covered = true;
        break;
      }
      if (recorded.Contains(it->first)) {
        it = used.erase(it);
      } else {
        ++it;
      }
    }
    if (!covered) used.emplace_back(recorded, *v);
  }
  if (used.empty()) return std::nullopt;
  double sum = 0;
  for (const auto& item : used) sum += item.second;
  return sum;
}

}  // namespace polyfon::analytics
