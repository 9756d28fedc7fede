#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/account_store.hpp"
#include "core/catalog.hpp"
#include "core/cluster_registry.hpp"
#include "core/data_value.hpp"
#include "core/date.hpp"
#include "core/status.hpp"
#include "core/value_change.hpp"

namespace polyfon::core {

// What a single put did. Writing an identical row again is kUnchanged, so re-importing a file
// changes nothing (not even its provenance).
enum class Change { kUnchanged, kInserted, kUpdated };

struct WriteCounts {
  int64_t inserted = 0;
  int64_t updated = 0;
  int64_t unchanged = 0;

  void Add(Change change) {
    if (change == Change::kInserted) ++inserted;
    else if (change == Change::kUpdated) ++updated;
    else ++unchanged;
  }
  void Add(const WriteCounts& other) {
    inserted += other.inserted;
    updated += other.updated;
    unchanged += other.unchanged;
  }
  int64_t changed() const { return inserted + updated; }
};

// Which values to load: those of the listed elements (all when empty) whose period overlaps
// [from, to] (open ends allowed).
struct ValueFilter {
  std::vector<std::string> elements;
  std::optional<Date> from;
  std::optional<Date> to;
};

// One write transaction. Nothing is visible to readers until Commit() succeeds; destroying an
// uncommitted writer rolls everything back, so a failure at any point leaves the store as it was.
// Puts are upserts keyed by code (values: by element, period, org unit and both combos). Callers
// validate against the catalog first; stores check only what their schema enforces.
// Not thread-safe; one writer per store at a time.
class StoreWriter {
 public:
  virtual ~StoreWriter() = default;

  virtual Result<Change> PutOrgUnit(const OrgUnit& unit) = 0;
  // Replaces all parent links of `child` with `links` (each must have child == `child`).
  virtual Result<Change> ReplaceParentLinks(std::string_view child, std::span<const ParentLink> links) = 0;
  virtual Result<Change> PutElement(const DataElement& element) = 0;
  virtual Result<Change> PutCombo(const CategoryOptionCombo& combo) = 0;
  virtual Result<Change> PutIndicator(const Indicator& indicator) = 0;
  virtual Result<Change> PutParticipant(const Participant& participant) = 0;
  // REQUIRES: every value's period is a valid DHIS2 id and its codes exist in the catalog.
  // Every value it inserts or changes is recorded as a ValueChange of `source` (see value_change.hpp).
  // Registry items (core/cluster_registry.hpp), upserted by code; callers validate them first.
  virtual Result<Change> PutBody(const GovernanceBody& body) = 0;
  virtual Result<Change> PutActivity(const Activity& activity) = 0;
  virtual Result<Change> PutGoal(const Goal& goal) = 0;
  virtual Result<Change> PutPlanItem(const PlanItem& item) = 0;
  // Fails with kNotFound when there is no such item.
  virtual Status DeleteRegistryItem(RegistryKind kind, std::string_view code) = 0;
  virtual Result<WriteCounts> PutValues(std::span<const DataValue> values, const ImportSource& source) = 0;
  // Undoes recorded import `source_id` as a whole: every value it changed goes back to what it was
  // before it, provenance included, and every value it inserted is deleted. These restorations are
  // recorded as the changes of a new import `undo` (the caller names it, e.g. "undo of import 3"),
  // marked as the undo of `source_id`. Fails, having written nothing, with kNotFound for an
  // unknown import; kConflict when it was undone already, or when a later import that is not
  // itself undone changed one of its values again (the message names the first such value and
  // import); kInvalidArgument for an undo (undoing an undo is importing again); and
  // kFailedPrecondition for an import with no recorded changes (one older than the history).
  virtual Result<UndoCounts> UndoSource(int64_t source_id, const ImportSource& undo) = 0;

  // Makes every put durable and visible. After a failed commit nothing was written.
  virtual Status Commit() = 0;
};

// Where the cluster's registry and indicator data live. Implementations: SQLite (embedded default),
// PostgreSQL (server), memory (tests). Every method returns errors as values; no exception or
// database error code crosses this interface.
class Store {
 public:
  virtual ~Store() = default;

  virtual Result<Catalog> LoadCatalog() = 0;
  // The cluster's bodies, activities, goals and plan items, each list sorted by code.
  virtual Result<ClusterRegistry> LoadRegistry() = 0;
  virtual Result<std::vector<DataValue>> LoadValues(const ValueFilter& filter) = 0;
  // The recorded value changes `filter` selects, newest first (by id; the changes of one batch
  // come in no particular order among themselves).
  virtual Result<std::vector<ValueChange>> LoadHistory(const HistoryFilter& filter) = 0;
  // Every recorded import, oldest first, with its count of changes and its undo links.
  virtual Result<std::vector<RecordedSource>> LoadSources() = 0;
  virtual Result<std::unique_ptr<StoreWriter>> BeginWrite() = 0;
  // A number that grows whenever a commit changes anything; caches key on it.
  virtual Result<int64_t> DataVersion() = 0;
  // Users, API tokens and the account log, kept with the data. Lives as long as the store.
  virtual AccountStore& Accounts() = 0;
};

}  // namespace polyfon::core
