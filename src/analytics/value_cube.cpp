#include "analytics/value_cube.hpp"

#include <algorithm>

namespace polyfon::analytics {

ValueCube::ValueCube(const std::vector<core::DataValue>& values) {
  for (const core::DataValue& v : values) {
    auto period = core::Period::Parse(v.period);
    if (!period) continue;
    cells_[Key(v.element, v.org_unit, period->Id())].push_back({v.combo, v.attribute_combo, v.value});
    periods_by_element_[v.element].push_back(*period);
  }
  for (auto& [element, periods] : periods_by_element_) {
    std::sort(periods.begin(), periods.end(), [](const core::Period& a, const core::Period& b) {
      return std::pair(a.Start(), a.End()) < std::pair(b.Start(), b.End());
    });
    periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
  }
}

std::string ValueCube::Key(std::string_view element, std::string_view org_unit, std::string_view period) {
  std::string key;
  key.reserve(element.size() + org_unit.size() + period.size() + 2);
  key.append(element).push_back('\x1f');
  key.append(org_unit).push_back('\x1f');
  key.append(period);
  return key;
}

const std::vector<CellEntry>* ValueCube::Find(std::string_view element, std::string_view org_unit,
                                              const core::Period& period) const {
  auto it = cells_.find(Key(element, org_unit, period.Id()));
  return it == cells_.end() ? nullptr : &it->second;
}

const std::vector<core::Period>& ValueCube::PeriodsOf(std::string_view element) const {
  static const std::vector<core::Period> kNone;
  auto it = periods_by_element_.find(std::string(element));
  return it == periods_by_element_.end() ? kNone : it->second;
}

}  // namespace polyfon::analytics
