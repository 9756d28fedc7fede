#include "core/data_element.hpp"

#include "core/enum_names.hpp"

namespace polyfon::core {

namespace {
constexpr EnumNameTable<ValueType, 5> kValueTypeNames{{
    {ValueType::kInteger, "integer"},
    {ValueType::kNonNegativeInteger, "non_negative_integer"},
    {ValueType::kNumber, "number"},
    {ValueType::kPercentage, "percentage"},
    {ValueType::kBoolean, "boolean"},
}};
constexpr EnumNameTable<AggregationType, 3> kAggregationNames{{
    {AggregationType::kSum, "sum"},
    {AggregationType::kLastValue, "last_value"},
    {AggregationType::kDistinct, "distinct"},
}};
}  // namespace

const char* ValueTypeName(ValueType type) { return EnumName(kValueTypeNames, type); }
std::optional<ValueType> ParseValueType(std::string_view name) { return EnumFromName(kValueTypeNames, name); }
const char* AggregationTypeName(AggregationType type) { return EnumName(kAggregationNames, type); }
std::optional<AggregationType> ParseAggregationType(std::string_view name) {
  return EnumFromName(kAggregationNames, name);
}

}  // namespace polyfon::core

#include <cmath>

namespace polyfon::core {

std::string CheckValueAllowed(ValueType type, double value) {
  if (!std::isfinite(value)) return "must be a finite number";
  const bool whole = std::floor(value) == value;
  switch (type) {
    case ValueType::kInteger:
      return whole ? "" : "must be a whole number";
    case ValueType::kNonNegativeInteger:
      return whole && value >= 0 ? "" : "must be a whole number of 0 or more";
    case ValueType::kNumber:
      return "";
    case ValueType::kPercentage:
      return value >= 0 && value <= 100 ? "" : "must be a percentage from 0 to 100";
    case ValueType::kBoolean:
      return value == 0 || value == 1 ? "" : "must be true or false (1 or 0)";
  }
  return "";
}

}  // namespace polyfon::core
