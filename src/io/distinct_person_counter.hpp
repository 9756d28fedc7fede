#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/catalog.hpp"
#include "core/data_value.hpp"

namespace polyfon::io {

// Turns patient-level contacts into counts of DISTINCT persons for a distinct-count element (such
// as mt_patients): one count per year, per org unit that is the treating unit or one of its
// ancestors in the hierarchy valid on 1 January of that year (the first day of the yearly period,
// the day the aggregator takes the hierarchy from), and per combo: the contact's own combo (the
// procedure code) and the default combo (the total). Lower levels are never added up, because a
// person treated in two clinics of one trust, or under two codes, must count once at the trust and
// in the total; the aggregator adds nothing up for such elements, so every level gets its own count.
//
// Person ids exist only inside this object: each is replaced by a dense number as it arrives, and
// TakeValues drops the table that maps them, so nothing derived from a person leaves it but counts.
// Not thread-safe.
class DistinctPersonCounter {
 public:
  // `catalog` and `element` must outlive the counter.
  DistinctPersonCounter(const core::CatalogIndex& catalog, const core::DataElement& element)
      : catalog_(catalog), element_(element) {}

  // Records a contact of `person` with `org_unit` (a code in the catalog) in `year`, under
  // element.combos[combo].
  void Add(std::string_view person, int year, std::string_view org_unit, size_t combo);

  // The counts, one value per (year, unit, combo) reached, ordered by year, unit code and combo (the
  // total first, then the element's combos in order), with empty provenance for the store to fill
  // in. Forgets every person and contact, so the counter starts afresh.
  std::vector<core::DataValue> TakeValues();

 private:
  // Combo slot 0 is the total; slot i + 1 is element.combos[i].
  static constexpr uint32_t kTotal = 0;

  // Where contacts are counted: a year, a unit and a combo slot. Contacts are grouped by this key
  // for their treating unit, and counts are kept by it for every unit they reach.
  struct Cell {
    int year = 0;
    std::string org_unit;
    uint32_t slot = kTotal;
    auto operator<=>(const Cell&) const = default;
  };

  // The treating unit and its ancestors on `day`, nearest first.
  std::vector<std::string> SelfAndAncestors(const std::string& org_unit, const core::Date& day) const;

  const core::CatalogIndex& catalog_;
  const core::DataElement& element_;
  std::unordered_map<std::string, uint32_t> persons_;    // person id -> dense number
  std::map<Cell, uint32_t> groups_;                      // treating cell -> dense number
  std::vector<std::pair<uint32_t, uint32_t>> contacts_;  // (group, person), repeats included
};

}  // namespace polyfon::io
