#include "io/distinct_person_counter.hpp"

#include <algorithm>

#include "core/period.hpp"

namespace polyfon::io {

namespace {

// Deeper than any real hierarchy; guards against a cycle slipping past validation.
constexpr size_t kMaxDepth = 64;

template <typename T>
void SortUnique(std::vector<T>& items) {
  std::sort(items.begin(), items.end());
  items.erase(std::unique(items.begin(), items.end()), items.end());
}

}  // namespace

void DistinctPersonCounter::Add(std::string_view person, int year, std::string_view org_unit, size_t combo) {
  const auto person_number = static_cast<uint32_t>(persons_.size());
  const uint32_t person_id = persons_.try_emplace(std::string(person), person_number).first->second;
  const auto group_number = static_cast<uint32_t>(groups_.size());
  Cell group{year, std::string(org_unit), static_cast<uint32_t>(combo + 1)};
  const uint32_t group_id = groups_.try_emplace(std::move(group), group_number).first->second;
  contacts_.emplace_back(group_id, person_id);
}

std::vector<std::string> DistinctPersonCounter::SelfAndAncestors(const std::string& org_unit,
                                                                 const core::Date& day) const {
  std::vector<std::string> chain{org_unit};
  for (std::string parent = catalog_.ParentOn(org_unit, day); !parent.empty() && chain.size() < kMaxDepth;
       parent = catalog_.ParentOn(parent, day)) {
    chain.push_back(parent);
  }
  return chain;
}

std::vector<core::DataValue> DistinctPersonCounter::TakeValues() {
  // Contacts repeat (therapy is given in series of sessions); once per group and person is enough.
  SortUnique(contacts_);

  // The cells each group counts in: its code and the total, at its unit and every ancestor.
  std::map<Cell, uint32_t> cells;
  std::vector<std::vector<uint32_t>> cells_of_group(groups_.size());
  for (const auto& [group, group_id] : groups_) {
    const core::Date new_year{group.year, 1, 1};
    for (const std::string& unit : SelfAndAncestors(group.org_unit, new_year)) {
      for (const uint32_t slot : {group.slot, kTotal}) {
        const auto next = static_cast<uint32_t>(cells.size());
        cells_of_group[group_id].push_back(cells.try_emplace(Cell{group.year, unit, slot}, next).first->second);
      }
    }
  }

  // (cell, person) once each: the count of a cell is then the number of its entries.
  std::vector<std::pair<uint32_t, uint32_t>> members;
  for (const auto& [group_id, person_id] : contacts_) {
    for (const uint32_t cell : cells_of_group[group_id]) members.emplace_back(cell, person_id);
  }
  SortUnique(members);
  std::vector<double> counts(cells.size(), 0);
  for (const auto& member : members) ++counts[member.first];

  std::vector<core::DataValue> values;
  values.reserve(cells.size());
  for (const auto& [cell, cell_id] : cells) {
    core::DataValue value;
    value.element = element_.code;
    value.period = core::Period::Year(cell.year).Id();
    value.org_unit = cell.org_unit;
    value.combo = cell.slot == kTotal ? std::string(core::kDefaultCombo) : element_.combos[cell.slot - 1];
    value.value = counts[cell_id];
    values.push_back(std::move(value));
  }

  // Swapping with empty containers frees the memory, not just the elements.
  std::unordered_map<std::string, uint32_t>().swap(persons_);
  std::map<Cell, uint32_t>().swap(groups_);
  std::vector<std::pair<uint32_t, uint32_t>>().swap(contacts_);
  return values;
}

}  // namespace polyfon::io
