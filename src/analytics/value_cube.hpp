#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/data_value.hpp"
#include "core/period.hpp"

namespace polyfon::analytics {

// One recorded number of a cell, by disaggregation.
struct CellEntry {
  std::string combo;
  std::string attribute_combo;
  double value = 0;
};

// Data values indexed for aggregation: by element, org unit and period. Built once from what the
// store returns; read-only afterwards and safe to share between threads.
class ValueCube {
 public:
  // Values whose period id does not parse are skipped (the store only holds valid ones).
  explicit ValueCube(const std::vector<core::DataValue>& values);

  // The entries recorded for exactly (element, org unit, period), or nullptr.
  const std::vector<CellEntry>* Find(std::string_view element, std::string_view org_unit,
                                     const core::Period& period) const;
  // The distinct periods the element has any value for, in ascending order.
  const std::vector<core::Period>& PeriodsOf(std::string_view element) const;

 private:
  static std::string Key(std::string_view element, std::string_view org_unit, std::string_view period);

  std::unordered_map<std::string, std::vector<CellEntry>> cells_;
  std::unordered_map<std::string, std::vector<core::Period>> periods_by_element_;
};

}  // namespace polyfon::analytics
