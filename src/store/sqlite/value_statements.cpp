#include "store/sqlite/value_statements.hpp"

#include <string>

namespace polyfon::store::sqlite {

namespace {

std::string Tuples(size_t rows, const char* tuple) {
  std::string out;
  for (size_t row = 0; row < rows; ++row) (out += row == 0 ? "" : ", ") += tuple;
  return out;
}

constexpr const char* kInsertInto =
    "INSERT INTO data_value (element_id, period_id, org_unit_id, combo_id, attribute_combo_id, value, stored_by, "
    "last_updated, comment, followup, source_id) VALUES ";
constexpr const char* kRowTuple = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// In primary-key order, so that BETWEEN is a range of the key.
constexpr const char* kRangeSql =
    "SELECT element_id, period_id, org_unit_id, combo_id, attribute_combo_id, value FROM data_value "
    "WHERE (period_id, element_id, org_unit_id, combo_id, attribute_combo_id) "
    "BETWEEN (?2, ?1, ?3, ?4, ?5) AND (?7, ?6, ?8, ?9, ?10) LIMIT ?11";

// CROSS JOIN fixes the loop order: for each listed key, one seek in the primary key.
std::string LookupSql(size_t rows) {
  return "SELECT v.element_id, v.period_id, v.org_unit_id, v.combo_id, v.attribute_combo_id, v.value FROM (VALUES " +
         Tuples(rows, "(?, ?, ?, ?, ?)") +
         ") AS k CROSS JOIN data_value v ON v.element_id = k.column1 AND v.period_id = k.column2 "
         "AND v.org_unit_id = k.column3 AND v.combo_id = k.column4 AND v.attribute_combo_id = k.column5";
}

std::string UpsertSql(size_t rows) {
  return kInsertInto + Tuples(rows, kRowTuple) +
         " ON CONFLICT (element_id, period_id, org_unit_id, combo_id, attribute_combo_id) DO UPDATE SET "
         "value = excluded.value, stored_by = excluded.stored_by, last_updated = excluded.last_updated, "
         "comment = excluded.comment, followup = excluded.followup, source_id = excluded.source_id";
}

constexpr const char* kChangeColumns =
    "source_id, element_id, period_id, org_unit_id, combo_id, attribute_combo_id, new_value, new_stored_by, "
    "new_comment";
constexpr const char* kChangeTuple = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";

std::string InsertChangesSql(size_t rows) {
  return std::string("INSERT INTO value_change (") + kChangeColumns + ") VALUES " + Tuples(rows, kChangeTuple);
}

// The old side comes from the stored row; a LEFT JOIN leaves it NULL for a key not stored yet.
std::string RecordChangesSql(size_t rows) {
  return "INSERT INTO value_change (source_id, element_id, period_id, org_unit_id, combo_id, attribute_combo_id, "
         "old_value, old_stored_by, old_last_updated, old_comment, old_followup, old_source_id, new_value, "
         "new_stored_by, new_comment) "
         "SELECT k.column1, k.column2, k.column3, k.column4, k.column5, k.column6, v.value, v.stored_by, "
         "v.last_updated, v.comment, v.followup, v.source_id, k.column7, k.column8, k.column9 FROM (VALUES " +
         Tuples(rows, kChangeTuple) +
         ") AS k LEFT JOIN data_value v ON v.element_id = k.column2 AND v.period_id = k.column3 "
         "AND v.org_unit_id = k.column4 AND v.combo_id = k.column5 AND v.attribute_combo_id = k.column6";
}

}  // namespace

core::Status ValueStatements::Prepare(Connection& connection) {
  POLYFON_ASSIGN_OR_RETURN(range, connection.Cached(kRangeSql));
  POLYFON_ASSIGN_OR_RETURN(insert, connection.Cached(kInsertInto + Tuples(kChunk, kRowTuple)));
  for (size_t i = 0; i < kSizes; ++i) {
    POLYFON_ASSIGN_OR_RETURN(lookup[i], connection.Cached(LookupSql(size_t{1} << i)));
    POLYFON_ASSIGN_OR_RETURN(upsert[i], connection.Cached(UpsertSql(size_t{1} << i)));
    POLYFON_ASSIGN_OR_RETURN(record_changes[i], connection.Cached(RecordChangesSql(size_t{1} << i)));
  }
  POLYFON_ASSIGN_OR_RETURN(insert_changes, connection.Cached(InsertChangesSql(kChunk)));
  POLYFON_ASSIGN_OR_RETURN(insert_period, connection.Cached("INSERT INTO period (code, type, start_date, end_date) "
                                                            "VALUES (?1, ?2, ?3, ?4) RETURNING id"));
  POLYFON_ASSIGN_OR_RETURN(insert_source,
                           connection.Cached("INSERT INTO import_source (name, sha256, imported_at, imported_by) "
                                             "VALUES (?1, ?2, ?3, ?4) RETURNING id"));
  return core::Status::Ok();
}

void BindKey(Statement& statement, int first, const KeyedRow& row) {
  const std::array<int64_t, 5> key = row.key();
  for (int k = 0; k < 5; ++k) statement.BindInt(first + k, key[k]);
}

void BindRow(Statement& statement, int first, const KeyedRow& row, const core::DataValue& value,
             const core::ImportSource& source, int64_t source_id) {
  const core::Provenance& p = value.provenance;
  BindKey(statement, first, row);
  statement.BindReal(first + 5, value.value);
  statement.BindText(first + 6, p.stored_by.empty() ? source.imported_by : p.stored_by);
  statement.BindText(first + 7, p.last_updated.empty() ? source.imported_at : p.last_updated);
  statement.BindText(first + 8, value.provenance.comment);
  statement.BindInt(first + 9, value.provenance.followup ? 1 : 0);
  statement.BindInt(first + 10, source_id);
}

void BindChange(Statement& statement, int first, const KeyedRow& row, const core::DataValue& value,
                const core::ImportSource& source, int64_t source_id) {
  const core::Provenance& p = value.provenance;
  statement.BindInt(first, source_id);
  BindKey(statement, first + 1, row);
  statement.BindReal(first + 6, value.value);
  statement.BindText(first + 7, p.stored_by.empty() ? source.imported_by : p.stored_by);
  statement.BindText(first + 8, p.comment);
}

}  // namespace polyfon::store::sqlite
