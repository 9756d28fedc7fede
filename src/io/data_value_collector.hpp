#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/data_value.hpp"
#include "io/problem_list.hpp"

namespace polyfon::io {

// Gathers the values of one file so that no two share a key (element, period, org unit, combo,
// attribute combo): a repeat with the same value is dropped, a repeat with another value is a
// problem naming both places (lines in CSV, dataValues[i] in JSON). The key index is a flat open-addressing table of (hash, position in
// the output) pairs, so keys are never copied and a lookup rarely leaves the table: a node-based
// std::unordered_set cost more than the rest of the import together. Not thread-safe.
class DataValueCollector {
 public:
  // `values` and `problems` must outlive the collector; `values` must be empty and not be changed
  // meanwhile except through it.
  DataValueCollector(std::vector<core::DataValue>& values, ProblemList& problems);
  // For callers that only Insert and report conflicts themselves.
  explicit DataValueCollector(std::vector<core::DataValue>& values);

  // Makes room for `count` values (at most kMaxReserve), so large files do not regrow the vector
  // and the table. The cap keeps a file of blank lines from reserving gigabytes.
  static constexpr size_t kMaxReserve = size_t{1} << 20;
  void Reserve(size_t count);

  // Adds `value`, read at `line`; `column` and `column_name` locate the value cell for messages.
  // REQUIRES: constructed with a ProblemList.
  void Add(core::DataValue&& value, int64_t line, size_t column, std::string_view column_name);

  // A key met again with another value.
  struct Conflict {
    double value;             // the new one, which was not added
    double earlier;           // the one kept
    int64_t earlier_position;  // where the kept one was read (as passed to Insert or Add)
  };
  // Adds `value`, read at `position` (a line, or an index in formats without lines), or drops it
  // as an identical repeat; reports nothing. Returns the conflict when the key holds another value.
  std::optional<Conflict> Insert(core::DataValue&& value, int64_t position);

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint64_t hash = 0;
    uint32_t index = kEmpty;  // in values_
  };

  static uint64_t HashKey(const core::DataValue& value);
  void Grow();

  std::vector<core::DataValue>& values_;
  ProblemList* problems_ = nullptr;
  std::vector<int64_t> lines_;  // line (or position) of each value in values_
  std::vector<Slot> slots_;     // size a power of two, at most half full
};

// "501 conflicts with 500 EARLIER for the same data element, period, org unit and combos", where
// `earlier` names the kept value's place ("on line 2", "in dataValues[0]").
std::string ConflictMessage(const DataValueCollector::Conflict& conflict, std::string_view earlier);

}  // namespace polyfon::io
