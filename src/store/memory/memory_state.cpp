#include "store/memory/memory_state.hpp"

#include <algorithm>
#include <optional>

#include "core/period.hpp"
#include "store/put_checks.hpp"

namespace polyfon::store::memory {

using core::Change;
using core::DataValue;
using core::Result;
using core::Status;

MemoryState::MemoryState() { combos_.Put({.code = "default", .name = "default", .category = ""}); }

Result<Change> MemoryState::PutOrgUnit(const core::OrgUnit& unit) {
  POLYFON_RETURN_IF_ERROR(CheckCode("org unit", unit.code));
  POLYFON_RETURN_IF_ERROR(CheckUid("org unit", unit.code, unit.uid));
  return org_units_.Put(unit);
}

Result<Change> MemoryState::ReplaceParentLinks(std::string_view child, std::span<const core::ParentLink> links) {
  POLYFON_RETURN_IF_ERROR(CheckLinksOfChild(child, links));
  if (!org_units_.Find(child)) return UnknownInLink(child, child);
  for (const core::ParentLink& link : links) {
    if (!org_units_.Find(link.parent)) return UnknownInLink(child, link.parent);
  }
  std::vector<core::ParentLink>& stored = links_[std::string(child)];
  const Change change = LinksChange(stored, links);
  stored.assign(links.begin(), links.end());
  return change;
}

Result<Change> MemoryState::PutElement(const core::DataElement& element) {
  POLYFON_RETURN_IF_ERROR(CheckCode("data element", element.code));
  POLYFON_RETURN_IF_ERROR(CheckUid("data element", element.code, element.uid));
  return elements_.Put(element);
}

Result<Change> MemoryState::PutCombo(const core::CategoryOptionCombo& combo) {
  POLYFON_RETURN_IF_ERROR(CheckCode("category option combo", combo.code));
  POLYFON_RETURN_IF_ERROR(CheckUid("category option combo", combo.code, combo.uid));
  return combos_.Put(combo);
}

Result<Change> MemoryState::PutIndicator(const core::Indicator& indicator) {
  POLYFON_RETURN_IF_ERROR(CheckCode("indicator", indicator.code));
  return indicators_.Put(indicator);
}

Result<Change> MemoryState::PutParticipant(const core::Participant& participant) {
  POLYFON_RETURN_IF_ERROR(CheckCode("participant", participant.code));
  return participants_.Put(participant);
}

Result<core::WriteCounts> MemoryState::PutValues(std::span<const DataValue> values, const core::ImportSource& source) {
  // Check the whole batch first, in the order the SQLite store checks, so both fail alike.
  std::vector<core::Period> periods;
  periods.reserve(values.size());
  for (const DataValue& value : values) {
    POLYFON_RETURN_IF_ERROR(CheckNumber(value));
    if (!elements_.Find(value.element)) return UnknownInValue(value, "data element", value.element);
    Result<core::Period> period = core::Period::Parse(value.period);
    if (!period) return Status::InvalidArgument(DescribeValue(value) + ": " + period.error().message());
    if (!org_units_.Find(value.org_unit)) return UnknownInValue(value, "org unit", value.org_unit);
    if (!combos_.Find(value.combo)) return UnknownInValue(value, "category option combo", value.combo);
    if (!combos_.Find(value.attribute_combo)) {
      return UnknownInValue(value, "attribute option combo", value.attribute_combo);
    }
    periods.push_back(*period);
  }
  core::WriteCounts counts;
  int64_t source_id = 0;  // recorded at the first change only
  for (size_t i = 0; i < values.size(); ++i) {
    const DataValue& value = values[i];
    ValueKey key{value.element, periods[i].Id(), value.org_unit, value.combo, value.attribute_combo};
    auto it = values_.find(key);
    if (it != values_.end() && it->second.value == value.value) {
      ++counts.unchanged;
      continue;
    }
    if (source_id == 0) source_id = SourceId(source);
    core::Provenance provenance = value.provenance;
    if (provenance.stored_by.empty()) provenance.stored_by = source.imported_by;
    if (provenance.last_updated.empty()) provenance.last_updated = source.imported_at;
    StoredValue stored{.value = value.value,
                       .provenance = std::move(provenance),
                       .source = source_id,
                       .start = periods[i].Start().ToString(),
                       .end = periods[i].End().ToString()};
    RecordChange(key, stored.start, stored.end, it == values_.end() ? nullptr : &it->second, &stored, source_id);
    if (it == values_.end()) {
      values_.emplace(std::move(key), std::move(stored));
      ++counts.inserted;
    } else {
      it->second = std::move(stored);
      ++counts.updated;
    }
  }
  return counts;
}

core::Catalog MemoryState::Catalog() const {
  core::Catalog catalog{.org_units = org_units_.rows(),
                        .links = {},
                        .elements = elements_.rows(),
                        .combos = combos_.rows(),
                        .indicators = indicators_.rows(),
                        .participants = participants_.rows()};
  // Links grouped by child in org unit order, as the SQLite store orders them.
  for (const core::OrgUnit& unit : catalog.org_units) {
    auto it = links_.find(unit.code);
    if (it != links_.end()) catalog.links.insert(catalog.links.end(), it->second.begin(), it->second.end());
  }
  return catalog;
}

std::vector<DataValue> MemoryState::Values(const core::ValueFilter& filter) const {
  const std::string from = filter.from ? filter.from->ToString() : "";
  const std::string to = filter.to ? filter.to->ToString() : "";
  std::vector<DataValue> out;
  for (const auto& [key, stored] : values_) {
    if (!filter.elements.empty() &&
        std::find(filter.elements.begin(), filter.elements.end(), key[0]) == filter.elements.end()) {
      continue;
    }
    if (filter.from && stored.end < from) continue;
    if (filter.to && stored.start > to) continue;
    out.push_back(DataValue{.element = key[0],
                            .period = key[1],
                            .org_unit = key[2],
                            .combo = key[3],
                            .attribute_combo = key[4],
                            .value = stored.value,
                            .provenance = stored.provenance});
  }
  return out;
}

}  // namespace polyfon::store::memory
