#pragma once

#include <array>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "core/catalog.hpp"
#include "core/store.hpp"
#include "store/memory/keyed_table.hpp"

namespace polyfon::store::memory {

// Everything a memory store holds, and the put operations on it with the SQLite store's
// semantics. A plain value: a writer works on a copy and the store swaps it in on commit.
// Every put checks everything before it changes anything, so a failed put leaves the state as it
// was.
class MemoryState {
 public:
  // An empty store: only the "default" category option combo, as after the first SQL migration.
  MemoryState();

  core::Result<core::Change> PutOrgUnit(const core::OrgUnit& unit);
  core::Result<core::Change> ReplaceParentLinks(std::string_view child, std::span<const core::ParentLink> links);
  core::Result<core::Change> PutElement(const core::DataElement& element);
  core::Result<core::Change> PutCombo(const core::CategoryOptionCombo& combo);
  core::Result<core::Change> PutIndicator(const core::Indicator& indicator);
  core::Result<core::Change> PutParticipant(const core::Participant& participant);
  // Only a different value changes a stored row (and then its provenance and source too).
  core::Result<core::WriteCounts> PutValues(std::span<const core::DataValue> values, const core::ImportSource& source);

  core::Catalog Catalog() const;
  // Sorted by the codes of the key, as the SQLite store sorts them.
  std::vector<core::DataValue> Values(const core::ValueFilter& filter) const;

  int64_t data_version() const { return data_version_; }
  void BumpDataVersion() { ++data_version_; }

 private:
  // element, canonical period, org unit, combo, attribute combo: std::map orders it like SQL's
  // ORDER BY over the same codes.
  using ValueKey = std::array<std::string, 5>;
  struct StoredValue {
    double value = 0;
    core::Provenance provenance;
    size_t source = 0;
    std::string start;  // period start and end, YYYY-MM-DD, for the date filter
    std::string end;
  };

  KeyedTable<core::OrgUnit> org_units_;
  std::map<std::string, std::vector<core::ParentLink>> links_;  // by child
  KeyedTable<core::DataElement> elements_;
  KeyedTable<core::CategoryOptionCombo> combos_;
  KeyedTable<core::Indicator> indicators_;
  KeyedTable<core::Participant> participants_;
  std::map<ValueKey, StoredValue> values_;
  std::vector<core::ImportSource> sources_;
  int64_t data_version_ = 0;
};

}  // namespace polyfon::store::memory
