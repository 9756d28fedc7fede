#pragma once

#include <array>
#include <cstdint>

#include "core/data_value.hpp"
#include "core/status.hpp"
#include "store/sqlite/connection.hpp"
#include "store/sqlite/keyed_row.hpp"

namespace polyfon::store::sqlite {

// The prepared statements of the value path and how a value binds to them. The multi-row ones
// come in sizes 1, 2, 4 ... kChunk rows, so any number of rows up to kChunk takes at most kSizes
// statements (7 = 4 + 2 + 1). All are cached on the connection and owned by it.
struct ValueStatements {
  static constexpr size_t kChunk = 32;
  static constexpr size_t kSizes = 6;  // 2^0 .. 2^5 rows
  static_assert(kChunk == size_t{1} << (kSizes - 1));
  static constexpr int kColumns = 11;  // parameters per row of data_value
  static constexpr int kHistoryColumns = 9;  // parameters per row of value_change (see BindChange)

  // Prepares them all; the others are valid once this succeeded.
  core::Status Prepare(Connection& connection);
  bool prepared() const { return insert_source != nullptr; }

  // Stored key and value of the rows between key ?1-?5 and key ?6-?10 (inclusive, primary-key
  // order), at most ?11.
  Statement* range = nullptr;
  // kChunk new rows, a plain INSERT.
  Statement* insert = nullptr;
  // [i]: stored key and value of 2^i keys, ?(5k+1)-?(5k+5) for key k.
  std::array<Statement*, kSizes> lookup{};
  // [i]: 2^i rows each new or with a different value: inserted, or updated with their provenance.
  std::array<Statement*, kSizes> upsert{};
  // kChunk value_change rows of new values (nothing stored before), a plain INSERT.
  Statement* insert_changes = nullptr;
  // [i]: 2^i value_change rows, each copying the old side from the stored row, if any. Runs before
  // the upsert of the same rows, while the old values are still there.
  std::array<Statement*, kSizes> record_changes{};
  // A new period (code, type, start, end) returning its id.
  Statement* insert_period = nullptr;
  // A new import_source (name, sha256, imported_at, imported_by) returning its id.
  Statement* insert_source = nullptr;
};

// Binds the five key ids of `row` to parameters `first` .. `first` + 4.
void BindKey(Statement& statement, int first, const KeyedRow& row);
// Binds one data_value row, all kColumns in table order, from parameter `first` on.
// REQUIRES: `value` outlives the statement's next run (its text is not copied).
// Empty stored_by / last_updated are bound as the source's imported_by / imported_at.
void BindRow(Statement& statement, int first, const KeyedRow& row, const core::DataValue& value,
             const core::ImportSource& source, int64_t source_id);
// Binds the new side of one value_change row, kHistoryColumns from parameter `first` on: source
// id, the five key ids, value, stored_by (empty = the source's imported_by) and comment.
// REQUIRES: as BindRow.
void BindChange(Statement& statement, int first, const KeyedRow& row, const core::DataValue& value,
                const core::ImportSource& source, int64_t source_id);

}  // namespace polyfon::store::sqlite
