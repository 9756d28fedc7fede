#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/period.hpp"
#include "core/store.hpp"
#include "store/sqlite/code_map.hpp"
#include "store/sqlite/connection.hpp"
#include "store/sqlite/keyed_row.hpp"
#include "store/sqlite/value_statements.hpp"

namespace polyfon::store::sqlite {

// The bulk path of PutValues, built for millions of values per transaction. Codes become ids
// through in-memory maps (no query per value); the batch is sorted by primary key and cut into
// chunks of up to kChunk distinct keys; each chunk costs one statement that finds its stored keys,
// and one multi-row insert or upsert for the values that are new or different, preceded by one
// that records them in value_change (the history). A value equal to the stored one is not written
// at all, so re-importing a file leaves every row, its provenance and the history as they were.
class ValueWriter {
 public:
  static constexpr size_t kChunk = ValueStatements::kChunk;
  // How many stored rows a chunk's range scan may read before exact lookups are cheaper.
  static constexpr int64_t kScanLimit = 4 * kChunk;
  // How many chunks go straight to lookups after a scan overflowed.
  static constexpr int kScansToSkip = 16;

  // REQUIRES: `connection` has a write transaction open; it and `maps` outlive this object.
  ValueWriter(Connection& connection, CodeMaps& maps) : connection_(connection), maps_(maps) {}

  // Checks a batch and turns its codes into ids without writing anything: an unknown code, a bad
  // period or a non-finite number fails with kInvalidArgument naming the value.
  core::Status Resolve(std::span<const core::DataValue> values);
  // Writes the batch last passed to Resolve(), which must have succeeded, creating its new periods
  // and, at the first change, the import_source row. A failure may leave part of the batch
  // written, so the caller must then roll the transaction back.
  core::Result<core::WriteCounts> Write(std::span<const core::DataValue> values, const core::ImportSource& source);

 private:
  struct Source {
    core::ImportSource source;
    int64_t id = 0;  // 0 until a change needs the row
  };

  core::Result<int64_t> PendingPeriod(const core::DataValue& value);
  core::Status InsertPendingPeriods();
  core::Status EnsureSourceRow(Source& source);
  // End of the chunk starting at `begin`: distinct keys only, at most kChunk of them.
  size_t ChunkEnd(size_t begin) const;
  core::Status WriteChunk(size_t begin, size_t end, std::span<const core::DataValue> values, Source& source,
                          core::WriteCounts& counts);

  Connection& connection_;
  CodeMaps& maps_;
  std::vector<KeyedRow> rows_;                            // kept between batches to reuse its capacity
  std::vector<core::Period> pending_periods_;             // new periods of the batch, placeholder kMaxId + 1 + i
  std::unordered_map<std::string, int64_t> pending_ids_;  // spelling -> placeholder id
  std::vector<Source> sources_;
  int scans_to_skip_ = 0;
  ValueStatements statements_;
};

}  // namespace polyfon::store::sqlite
