#pragma once

#include <array>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/catalog.hpp"
#include "core/store.hpp"
#include "store/memory/keyed_table.hpp"
#include "store/memory/memory_registry.hpp"

namespace polyfon::store::memory {

// Everything a memory store holds (the value history too), and the put operations on it with the
// SQLite store's semantics. A plain value: a writer works on a copy and the store swaps it in on commit.
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
  // The registry's items (memory_registry.hpp).
  MemoryRegistry& registry() { return registry_; }
  const MemoryRegistry& registry() const { return registry_; }
  // Only a different value changes a stored row (and then its provenance and source too), and
  // each change is recorded in the history.
  core::Result<core::WriteCounts> PutValues(std::span<const core::DataValue> values, const core::ImportSource& source);
  // StoreWriter::UndoSource; checks everything before it changes anything.
  core::Result<core::UndoCounts> UndoSource(int64_t source_id, const core::ImportSource& undo);
  // Starts a write transaction on this copy: as in SQLite, a batch reuses the import record of an
  // equal source only within one transaction.
  void BeginTransaction() { transaction_sources_ = sources_.size(); }

  core::Catalog Catalog() const;
  // Sorted by the codes of the key, as the SQLite store sorts them.
  std::vector<core::DataValue> Values(const core::ValueFilter& filter) const;
  // Newest first.
  std::vector<core::ValueChange> History(const core::HistoryFilter& filter) const;
  // Oldest first.
  std::vector<core::RecordedSource> Sources() const;

  int64_t data_version() const { return data_version_; }
  void BumpDataVersion() { ++data_version_; }

 private:
  // element, canonical period, org unit, combo, attribute combo: std::map orders it like SQL's
  // ORDER BY over the same codes.
  using ValueKey = std::array<std::string, 5>;
  struct StoredValue {
    double value = 0;
    core::Provenance provenance;
    int64_t source = 0;  // id: position in sources_ + 1
    std::string start;   // period start and end, YYYY-MM-DD, for the date filter
    std::string end;
  };
  struct SourceRow {
    core::ImportSource source;
    std::optional<int64_t> undoes;
  };
  // A value_change row; its id is its position in changes_ + 1.
  struct ChangeRow {
    ValueKey key;
    std::string start;  // of the period, as in StoredValue
    std::string end;
    std::optional<double> old_value;
    core::Provenance old_provenance;
    int64_t old_source = 0;  // 0: none
    std::optional<double> new_value;
    std::string new_stored_by;
    std::string new_comment;
    int64_t source = 0;
  };

  // The id of the record of `source` in this transaction, added at its first use.
  int64_t SourceId(const core::ImportSource& source);
  // Appends the change of `key` from `before` (none: inserted) to `after` (none: deleted).
  void RecordChange(const ValueKey& key, const std::string& start, const std::string& end,
                    const StoredValue* before, const StoredValue* after, int64_t source);
  std::optional<int64_t> UndoneBy(int64_t source_id) const;

  KeyedTable<core::OrgUnit> org_units_;
  std::map<std::string, std::vector<core::ParentLink>> links_;  // by child
  KeyedTable<core::DataElement> elements_;
  KeyedTable<core::CategoryOptionCombo> combos_;
  KeyedTable<core::Indicator> indicators_;
  KeyedTable<core::Participant> participants_;
  MemoryRegistry registry_;
  std::map<ValueKey, StoredValue> values_;
  std::vector<SourceRow> sources_;
  size_t transaction_sources_ = 0;  // sources_ before this one were recorded by earlier transactions
  std::vector<ChangeRow> changes_;
  int64_t data_version_ = 0;
};

}  // namespace polyfon::store::memory
