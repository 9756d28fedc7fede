#pragma once

// Internal to app: which stored values public output hides.

#include "core/data_element.hpp"

namespace polyfon::app {

// The rule of analytics::RunQuery's public output, applied to single stored values: counts are
// non-negative integers that are not stocks (a stock such as population is no count of persons).
inline bool IsCount(const core::DataElement& element) {
  return element.value_type == core::ValueType::kNonNegativeInteger &&
         element.aggregation != core::AggregationType::kLastValue;
}

}  // namespace polyfon::app
