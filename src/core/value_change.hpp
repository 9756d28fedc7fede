#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/data_value.hpp"
#include "core/date.hpp"

namespace polyfon::core {

// An import as the store recorded it. A batch of values gets one at its first change (a re-import
// that changes nothing leaves none), and so does every undo.
struct RecordedSource {
  int64_t id = 0;  // grows with every recorded import: the newest has the largest
  ImportSource source;
  int64_t changes = 0;               // value changes recorded under it
  std::optional<int64_t> undoes;     // on an undo: the import it undid
  std::optional<int64_t> undone_by;  // on an undone import: the undo

  bool operator==(const RecordedSource&) const = default;
};

// One change the store made to one value, kept for good: the audit trail. Every insert, update and
// delete of a value writes one, in the same transaction; a put that leaves a value as it was writes
// none. Values stored before a store kept history have no recorded changes.
struct ValueChange {
  int64_t id = 0;  // grows with every change: a later change has a larger id
  // The value's key, as in DataValue.
  std::string element;
  std::string period;  // canonical DHIS2 id
  std::string org_unit;
  std::string combo = "default";
  std::string attribute_combo = "default";
  std::optional<double> old_value;  // none: the change inserted the value
  Provenance old_provenance;        // of the old value; empty when it was inserted
  std::optional<double> new_value;  // none: the change deleted it (only an undo deletes)
  std::string new_stored_by;        // of the new value; empty when it was deleted
  std::string new_comment;
  // Who changed it, when and from what: the import's record (imported_by, imported_at, file).
  int64_t source_id = 0;
  ImportSource source;

  bool operator==(const ValueChange&) const = default;
};

// Which changes to load: those of the listed elements and org units (all when empty) whose period
// overlaps [from, to] (open ends allowed), made by import `source_id` if given; the newest `limit`
// of them (all when 0).
struct HistoryFilter {
  std::vector<std::string> elements;
  std::vector<std::string> org_units;
  std::optional<Date> from;
  std::optional<Date> to;
  std::optional<int64_t> source_id;
  size_t limit = 0;
};

// What undoing an import did, value by value.
struct UndoCounts {
  int64_t source_id = 0;  // the import recording the undo (its restorations are its changes)
  int64_t restored = 0;   // values set back to what they were before the import
  int64_t deleted = 0;    // values the import had inserted, now removed
  int64_t unchanged = 0;  // values the import left as it found them (changed, then changed back)
};

}  // namespace polyfon::core
