#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace polyfon::core {

enum class ValueType {
  kInteger,             // any whole number
  kNonNegativeInteger,  // counts: patients, participants
  kNumber,              // e.g. positions in FTE (0.2)
  kPercentage,          // 0..100
  kBoolean,             // stored as 0/1
};

// How values combine when a query asks for a larger unit or a longer period.
enum class AggregationType {
  kSum,        // flows: summed over units and over time
  kLastValue,  // stocks (positions, population): summed over units, latest value over time
  kDistinct,   // distinct counts (patients): never summed; only a value recorded for exactly that
               // unit and period counts, because a person can appear in several units or periods
};

const char* ValueTypeName(ValueType type);  // "non_negative_integer"
std::optional<ValueType> ParseValueType(std::string_view name);
const char* AggregationTypeName(AggregationType type);  // "last_value"
std::optional<AggregationType> ParseAggregationType(std::string_view name);

// The default category option combo: a value that is the total, not a breakdown.
inline constexpr std::string_view kDefaultCombo = "default";

// What is counted: "mt_patients", "population", "mt_positions". `combos` lists the category option
// combos (disaggregations, e.g. "IBBE10", "IBBE20") a value may carry besides the default.
// `uid` is its DHIS2 uid when one was given; empty means derived from the code (core/uid.hpp).
struct DataElement {
  std::string code;
  std::string name;
  ValueType value_type = ValueType::kNumber;
  AggregationType aggregation = AggregationType::kSum;
  std::vector<std::string> combos;
  std::string description;
  std::string uid = {};

  bool operator==(const DataElement&) const = default;
};

// A count of persons or events, the figures public output hides when small: a non-negative integer
// that is not a stock (population and positions are no counts of persons).
inline bool IsCount(const DataElement& element) {
  return element.value_type == ValueType::kNonNegativeInteger && element.aggregation != AggregationType::kLastValue;
}

// One disaggregation, as the combination of category options it stands for ("IBBE10" = individual
// music therapy; "mental_health" = field of care).
struct CategoryOptionCombo {
  std::string code;
  std::string name;
  std::string category;  // the category it belongs to ("procedure_code", "field")
  std::string uid = {};  // as DataElement::uid

  bool operator==(const CategoryOptionCombo&) const = default;
};

}  // namespace polyfon::core

namespace polyfon::core {
// Empty if `value` is allowed for `type`, else why not ("must be a whole number of 0 or more").
std::string CheckValueAllowed(ValueType type, double value);
}  // namespace polyfon::core
