#include "io/data_value_collector.hpp"

#include <algorithm>
#include <charconv>
#include <functional>
#include <string>

namespace polyfon::io {

namespace {

constexpr size_t kInitialSlots = 64;

std::string FormatNumber(double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

void Mix(uint64_t& seed, std::string_view text) {
  seed ^= std::hash<std::string_view>{}(text) + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
}

}  // namespace

DataValueCollector::DataValueCollector(std::vector<core::DataValue>& values, ProblemList& problems)
    : values_(values), problems_(&problems), slots_(kInitialSlots) {}

DataValueCollector::DataValueCollector(std::vector<core::DataValue>& values)
    : values_(values), slots_(kInitialSlots) {}

std::string ConflictMessage(const DataValueCollector::Conflict& conflict, std::string_view earlier) {
  std::string message = FormatNumber(conflict.value) + " conflicts with " + FormatNumber(conflict.earlier) + " ";
  message.append(earlier);
  message += " for the same data element, period, org unit and combos";
  return message;
}

uint64_t DataValueCollector::HashKey(const core::DataValue& value) {
  uint64_t seed = 0;
  Mix(seed, value.element);
  Mix(seed, value.period);
  Mix(seed, value.org_unit);
  Mix(seed, value.combo);
  Mix(seed, value.attribute_combo);
  return seed;
}

void DataValueCollector::Reserve(size_t count) {
  count = std::min(count, kMaxReserve);
  values_.reserve(count);
  lines_.reserve(count);
  while (slots_.size() < 2 * count) Grow();
}

void DataValueCollector::Grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.index == kEmpty) continue;
    size_t i = slot.hash & mask;
    while (slots_[i].index != kEmpty) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

void DataValueCollector::Add(core::DataValue&& value, int64_t line, size_t column, std::string_view column_name) {
  if (const auto conflict = Insert(std::move(value), line)) {
    problems_->Add(line, column, column_name,
                   ConflictMessage(*conflict, "on line " + std::to_string(conflict->earlier_position)));
  }
}

std::optional<DataValueCollector::Conflict> DataValueCollector::Insert(core::DataValue&& value, int64_t position) {
  const uint64_t hash = HashKey(value);
  const size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  for (; slots_[i].index != kEmpty; i = (i + 1) & mask) {
    if (slots_[i].hash != hash || !values_[slots_[i].index].SameKey(value)) continue;
    const core::DataValue& earlier = values_[slots_[i].index];
    if (earlier.value != value.value) return Conflict{value.value, earlier.value, lines_[slots_[i].index]};
    return std::nullopt;  // an identical repeat is dropped
  }
  slots_[i] = Slot{hash, static_cast<uint32_t>(values_.size())};
  values_.push_back(std::move(value));
  lines_.push_back(position);
  if (2 * values_.size() > slots_.size()) Grow();
  return std::nullopt;
}

}  // namespace polyfon::io
