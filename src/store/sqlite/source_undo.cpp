#include "store/sqlite/source_undo.hpp"

#include <map>
#include <string>

#include "store/put_checks.hpp"
#include "store/undo_refusals.hpp"

namespace polyfon::store::sqlite {

using core::Result;
using core::Status;

namespace {

using Key = std::array<int64_t, 5>;

void BindKeyIds(Statement& statement, int first, const Key& key) {
  for (int k = 0; k < 5; ++k) statement.BindInt(first + k, key[k]);
}

// "data value (mt_patients, 2018, NO-HV, default, default)" for a key of ids.
Result<std::string> DescribeKey(Connection& connection, const Key& key) {
  POLYFON_ASSIGN_OR_RETURN(
      Statement * codes,
      connection.Cached(
          "SELECT (SELECT code FROM data_element WHERE id = ?1), (SELECT code FROM period WHERE id = ?2), "
          "(SELECT code FROM org_unit WHERE id = ?3), "
          "(SELECT code FROM category_option_combo WHERE id = ?4), "
          "(SELECT code FROM category_option_combo WHERE id = ?5)"));
  BindKeyIds(*codes, 1, key);
  core::DataValue value;
  POLYFON_RETURN_IF_ERROR(codes->ForEach([&](Statement& row) {
    value.element = row.Text(0);
    value.period = row.Text(1);
    value.org_unit = row.Text(2);
    value.combo = row.Text(3);
    value.attribute_combo = row.Text(4);
  }));
  return DescribeValue(value);
}

// Fails with kConflict if a change after the import's last change of a key was made by an import
// that still counts: neither undone nor an undo (an undo only restores what an undone import changed).
Status CheckNoLaterChanges(Connection& connection, int64_t source_id, const std::string& name, int64_t first_change,
                           const std::map<Key, int64_t>& last_change) {
  POLYFON_ASSIGN_OR_RETURN(
      Statement * later,
      connection.Cached("SELECT c.id, c.element_id, c.period_id, c.org_unit_id, c.combo_id, c.attribute_combo_id, "
                        "s.id, s.name FROM value_change c JOIN import_source s ON s.id = c.source_id "
                        "WHERE c.id > ?1 AND c.source_id <> ?2 AND s.undoes IS NULL "
                        "AND NOT EXISTS (SELECT 1 FROM import_source u WHERE u.undoes = s.id) ORDER BY c.id"));
  later->BindInt(1, first_change);
  later->BindInt(2, source_id);
  std::optional<Key> conflict;
  int64_t by = 0;
  std::string by_name;
  POLYFON_RETURN_IF_ERROR(later->ForEach([&](Statement& row) {
    if (conflict) return;
    const Key key{row.Int(1), row.Int(2), row.Int(3), row.Int(4), row.Int(5)};
    auto it = last_change.find(key);
    if (it == last_change.end() || row.Int(0) < it->second) return;
    conflict = key;
    by = row.Int(6);
    by_name = row.Text(7);
  }));
  if (!conflict) return Status::Ok();
  POLYFON_ASSIGN_OR_RETURN(const std::string value, DescribeKey(connection, *conflict));
  return ChangedAgainLater(source_id, name, value, by, by_name);
}

}  // namespace

Result<UndoPlan> PlanUndo(Connection& connection, int64_t source_id) {
  POLYFON_ASSIGN_OR_RETURN(Statement * find,
                           connection.Cached("SELECT s.name, s.undoes, (SELECT u.id FROM import_source u WHERE "
                                             "u.undoes = s.id) FROM import_source s WHERE s.id = ?1"));
  find->BindInt(1, source_id);
  bool found = false;
  std::string name;
  std::optional<int64_t> undoes, undone_by;
  POLYFON_RETURN_IF_ERROR(find->ForEach([&](Statement& row) {
    found = true;
    name = row.Text(0);
    if (!row.IsNull(1)) undoes = row.Int(1);
    if (!row.IsNull(2)) undone_by = row.Int(2);
  }));
  if (!found) return UnknownImport(source_id);
  if (undoes) return UndoOfAnUndo(source_id, name, *undoes);
  if (undone_by) return UndoneAlready(source_id, name, *undone_by);

  // The first change of each key holds the state to put back; nothing may have changed the key
  // after the last one.
  POLYFON_ASSIGN_OR_RETURN(Statement * changes,
                           connection.Cached("SELECT id, element_id, period_id, org_unit_id, combo_id, "
                                             "attribute_combo_id, old_value, old_stored_by, old_last_updated, "
                                             "old_comment, old_followup, old_source_id FROM value_change "
                                             "WHERE source_id = ?1 ORDER BY id"));
  changes->BindInt(1, source_id);
  UndoPlan plan{.source_id = source_id, .targets = {}};
  std::map<Key, int64_t> last_change;
  int64_t first_change = 0;
  POLYFON_RETURN_IF_ERROR(changes->ForEach([&](Statement& row) {
    const Key key{row.Int(1), row.Int(2), row.Int(3), row.Int(4), row.Int(5)};
    if (first_change == 0) first_change = row.Int(0);
    if (!last_change.insert_or_assign(key, row.Int(0)).second) return;  // not the key's first change
    UndoPlan::Target& target = plan.targets.emplace_back();
    target.key = key;
    if (!row.IsNull(6)) {
      target.value = row.Real(6);
      target.provenance = {
          .stored_by = row.Text(7), .last_updated = row.Text(8), .comment = row.Text(9), .followup = row.Int(10) != 0};
    }
    if (!row.IsNull(11)) target.source_id = row.Int(11);
  }));
  if (plan.targets.empty()) return NothingRecordedToUndo(source_id, name);
  POLYFON_RETURN_IF_ERROR(CheckNoLaterChanges(connection, source_id, name, first_change, last_change));

  POLYFON_ASSIGN_OR_RETURN(Statement * stored,
                           connection.Cached("SELECT value FROM data_value WHERE element_id = ?1 AND period_id = ?2 "
                                             "AND org_unit_id = ?3 AND combo_id = ?4 AND attribute_combo_id = ?5"));
  for (UndoPlan::Target& target : plan.targets) {
    BindKeyIds(*stored, 1, target.key);
    POLYFON_RETURN_IF_ERROR(stored->ForEach([&](Statement& row) { target.current = row.Real(0); }));
  }
  return plan;
}

Result<core::UndoCounts> ApplyUndo(Connection& connection, const UndoPlan& plan, const core::ImportSource& undo) {
  core::UndoCounts counts;
  POLYFON_ASSIGN_OR_RETURN(Statement * insert_source,
                           connection.Cached("INSERT INTO import_source (name, sha256, imported_at, imported_by, "
                                             "undoes) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id"));
  insert_source->BindText(1, undo.name);
  insert_source->BindText(2, undo.sha256);
  insert_source->BindText(3, undo.imported_at);
  insert_source->BindText(4, undo.imported_by);
  insert_source->BindInt(5, plan.source_id);
  POLYFON_RETURN_IF_ERROR(insert_source->ForEach([&](Statement& row) { counts.source_id = row.Int(0); }));

  POLYFON_ASSIGN_OR_RETURN(
      Statement * record,
      connection.Cached("INSERT INTO value_change (source_id, element_id, period_id, org_unit_id, combo_id, "
                        "attribute_combo_id, old_value, old_stored_by, old_last_updated, old_comment, old_followup, "
                        "old_source_id, new_value, new_stored_by, new_comment) SELECT ?1, ?2, ?3, ?4, ?5, ?6, "
                        "v.value, v.stored_by, v.last_updated, v.comment, v.followup, v.source_id, ?7, ?8, ?9 "
                        "FROM (SELECT 1) LEFT JOIN data_value v ON v.element_id = ?2 AND v.period_id = ?3 "
                        "AND v.org_unit_id = ?4 AND v.combo_id = ?5 AND v.attribute_combo_id = ?6"));
  POLYFON_ASSIGN_OR_RETURN(
      Statement * restore,
      connection.Cached("INSERT INTO data_value (element_id, period_id, org_unit_id, combo_id, attribute_combo_id, "
                        "value, stored_by, last_updated, comment, followup, source_id) VALUES (?1, ?2, ?3, ?4, ?5, "
                        "?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (element_id, period_id, org_unit_id, combo_id, "
                        "attribute_combo_id) DO UPDATE SET value = excluded.value, stored_by = excluded.stored_by, "
                        "last_updated = excluded.last_updated, comment = excluded.comment, "
                        "followup = excluded.followup, source_id = excluded.source_id"));
  POLYFON_ASSIGN_OR_RETURN(Statement * remove,
                           connection.Cached("DELETE FROM data_value WHERE element_id = ?1 AND period_id = ?2 AND "
                                             "org_unit_id = ?3 AND combo_id = ?4 AND attribute_combo_id = ?5"));
  for (const UndoPlan::Target& target : plan.targets) {
    if (target.value == target.current) {  // both absent, or equal: changed, then changed back
      ++counts.unchanged;
      continue;
    }
    record->BindInt(1, counts.source_id);
    BindKeyIds(*record, 2, target.key);
    if (target.value) {
      record->BindReal(7, *target.value);
      record->BindText(8, target.provenance.stored_by);
      record->BindText(9, target.provenance.comment);
    } else {
      for (int p = 7; p <= 9; ++p) record->BindNull(p);
    }
    POLYFON_RETURN_IF_ERROR(record->Run());
    if (!target.value) {
      BindKeyIds(*remove, 1, target.key);
      POLYFON_RETURN_IF_ERROR(remove->Run());
      ++counts.deleted;
      continue;
    }
    BindKeyIds(*restore, 1, target.key);
    restore->BindReal(6, *target.value);
    restore->BindText(7, target.provenance.stored_by);
    restore->BindText(8, target.provenance.last_updated);
    restore->BindText(9, target.provenance.comment);
    restore->BindInt(10, target.provenance.followup ? 1 : 0);
    if (target.source_id) {
      restore->BindInt(11, *target.source_id);
    } else {
      restore->BindNull(11);
    }
    POLYFON_RETURN_IF_ERROR(restore->Run());
    ++counts.restored;
  }
  return counts;
}

}  // namespace polyfon::store::sqlite
