#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog.hpp"
#include "core/data_value.hpp"
#include "core/date.hpp"
#include "core/status.hpp"

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
  virtual Result<WriteCounts> PutValues(std::span<const DataValue> values, const ImportSource& source) = 0;

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
  virtual Result<std::vector<DataValue>> LoadValues(const ValueFilter& filter) = 0;
  virtual Result<std::unique_ptr<StoreWriter>> BeginWrite() = 0;
  // A number that grows whenever a commit changes anything; caches key on it.
  virtual Result<int64_t> DataVersion() = 0;
};

}  // namespace polyfon::core
