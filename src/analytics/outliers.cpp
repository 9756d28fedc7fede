#include "analytics/outliers.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "stats/modified_z_score.hpp"

namespace polyfon::analytics {

const char* OutlierMethodName(OutlierMethod method) {
  return method == OutlierMethod::kMinMax ? "min_max" : "modified_z_score";
}

namespace {

const core::MinMaxBound* BoundFor(const core::DataValue& value, const std::vector<core::MinMaxBound>& bounds) {
  const core::MinMaxBound* general = nullptr;
  for (const core::MinMaxBound& bound : bounds) {
    if (bound.element != value.element || bound.combo != value.combo) continue;
    if (bound.org_unit == value.org_unit) return &bound;
    if (bound.org_unit.empty() && general == nullptr) general = &bound;
  }
  return general;
}

}  // namespace

std::vector<OutlierFlag> FindOutliers(std::span<const core::DataValue> values, std::span<const core::Period> periods,
                                      const OutlierOptions& options) {
  std::set<std::string> wanted;
  for (const core::Period& period : periods) wanted.insert(period.Id());
  using SeriesKey = std::tuple<std::string, std::string, std::string, std::string>;  // element, ou, combo, aoc
  std::map<SeriesKey, std::vector<const core::DataValue*>> series;
  for (const core::DataValue& value : values) {
    if (wanted.count(value.period) == 0) continue;
    series[{value.element, value.org_unit, value.combo, value.attribute_combo}].push_back(&value);
  }
  std::vector<OutlierFlag> flags;
  for (auto& [key, members] : series) {
    std::sort(members.begin(), members.end(), [](const core::DataValue* a, const core::DataValue* b) {
      return core::Period::Parse(a->period)->Start() < core::Period::Parse(b->period)->Start();
    });
    std::vector<double> numbers;
    for (const core::DataValue* value : members) numbers.push_back(value->value);
    std::vector<double> scores;
    if (numbers.size() >= options.min_series) scores = stats::ModifiedZScores(numbers);
    for (size_t i = 0; i < members.size(); ++i) {
      const core::DataValue& value = *members[i];
      if (!scores.empty() && std::fabs(scores[i]) > options.z_threshold) {
        flags.push_back({value, OutlierMethod::kModifiedZScore, scores[i], std::nullopt, std::nullopt});
      }
      if (const core::MinMaxBound* bound = BoundFor(value, options.bounds)) {
        if ((bound->min && value.value < *bound->min) || (bound->max && value.value > *bound->max)) {
          flags.push_back({value, OutlierMethod::kMinMax, 0, bound->min, bound->max});
        }
      }
    }
  }
  return flags;
}

}  // namespace polyfon::analytics
