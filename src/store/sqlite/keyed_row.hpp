#pragma once

#include <array>
#include <compare>
#include <cstdint>

namespace polyfon::store::sqlite {

// A data value's key (five ids) and its position in its batch, packed into three words so that
// sorting a million-value batch by key, then position, takes three integer comparisons per step
// and 24 bytes per value. The order is data_value's primary-key order (period, element, org unit,
// combo, attribute combo), which the value writer's range scans rely on. Ids are at most kMaxId.
struct KeyedRow {
  static constexpr int64_t kMaxId = INT32_MAX;

  uint64_t period_element;   // period << 32 | element
  uint64_t org_unit_combo;   // org unit << 32 | combo
  uint64_t attribute_index;  // attribute combo << 32 | position in the batch

  // `key` lists the ids as DataValue does: element, period, org unit, combo, attribute combo.
  static KeyedRow Pack(const std::array<int64_t, 5>& key, uint32_t index) {
    return {Pair(key[1], key[0]), Pair(key[2], key[3]), Pair(key[4], index)};
  }

  int64_t element() const { return Low(period_element); }
  int64_t period() const { return High(period_element); }
  int64_t org_unit() const { return High(org_unit_combo); }
  int64_t combo() const { return Low(org_unit_combo); }
  int64_t attribute_combo() const { return High(attribute_index); }
  uint32_t index() const { return static_cast<uint32_t>(attribute_index); }
  std::array<int64_t, 5> key() const { return {element(), period(), org_unit(), combo(), attribute_combo()}; }

  void set_period(int64_t period) { period_element = Pair(period, element()); }

  // Key order first, then batch position: the order rows are written in.
  auto operator<=>(const KeyedRow&) const = default;
  bool SameKey(const KeyedRow& other) const {
    return period_element == other.period_element && org_unit_combo == other.org_unit_combo &&
           (attribute_index >> 32) == (other.attribute_index >> 32);
  }
  // Key order alone (positions ignored).
  bool KeyLess(const KeyedRow& other) const {
    if (period_element != other.period_element) return period_element < other.period_element;
    if (org_unit_combo != other.org_unit_combo) return org_unit_combo < other.org_unit_combo;
    return (attribute_index >> 32) < (other.attribute_index >> 32);
  }

 private:
  static uint64_t Pair(int64_t high, int64_t low) {
    return static_cast<uint64_t>(high) << 32 | static_cast<uint32_t>(low);
  }
  static int64_t High(uint64_t word) { return static_cast<int64_t>(word >> 32); }
  static int64_t Low(uint64_t word) { return static_cast<int64_t>(word & 0xffffffffu); }
};

}  // namespace polyfon::store::sqlite
