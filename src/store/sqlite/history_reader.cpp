#include "store/sqlite/history_reader.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace polyfon::store::sqlite {

using core::Result;
using core::Status;

namespace {

using CodeById = std::unordered_map<int64_t, std::string>;

// id -> code of one small table (column 0 and 1 of `sql`); `on_row` sees every row as well.
Result<CodeById> LoadCodes(Connection& connection, const char* sql, auto&& on_row) {
  POLYFON_ASSIGN_OR_RETURN(Statement statement, connection.Prepare(sql));
  CodeById codes;
  POLYFON_RETURN_IF_ERROR(statement.ForEach([&](Statement& row) {
    codes.emplace(row.Int(0), row.Text(1));
    on_row(row, row.Int(0));
  }));
  return codes;
}

bool Listed(const std::vector<std::string>& list, std::string_view code) {
  return std::find(list.begin(), list.end(), code) != list.end();
}

// "(3, 7, 9)": ids are our own integers, so they go into the SQL text directly.
std::string IdList(const std::vector<int64_t>& ids) {
  std::string out = "(";
  for (size_t i = 0; i < ids.size(); ++i) (out += i == 0 ? "" : ", ") += std::to_string(ids[i]);
  return out + ")";
}

core::ImportSource SourceFromRow(Statement& row, int first) {
  return {.name = row.Text(first),
          .sha256 = row.Text(first + 1),
          .imported_at = row.Text(first + 2),
          .imported_by = row.Text(first + 3)};
}

}  // namespace

Result<std::vector<core::ValueChange>> ReadHistory(Connection& connection, const core::HistoryFilter& filter) {
  std::vector<core::ValueChange> changes;
  std::vector<int64_t> element_ids, org_unit_ids, period_ids;
  const std::string from = filter.from ? filter.from->ToString() : "";
  const std::string to = filter.to ? filter.to->ToString() : "";
  const auto none = [](Statement&, int64_t) {};
  POLYFON_ASSIGN_OR_RETURN(const CodeById elements,
                           LoadCodes(connection, "SELECT id, code FROM data_element", [&](Statement& row, int64_t id) {
                             if (Listed(filter.elements, row.TextView(1))) element_ids.push_back(id);
                           }));
  POLYFON_ASSIGN_OR_RETURN(const CodeById org_units,
                           LoadCodes(connection, "SELECT id, code FROM org_unit", [&](Statement& row, int64_t id) {
                             if (Listed(filter.org_units, row.TextView(1))) org_unit_ids.push_back(id);
                           }));
  // Dates are YYYY-MM-DD text, so comparing strings compares days.
  POLYFON_ASSIGN_OR_RETURN(
      const CodeById periods,
      LoadCodes(connection, "SELECT id, code, start_date, end_date FROM period", [&](Statement& row, int64_t id) {
        if ((!filter.from || row.TextView(3) >= from) && (!filter.to || row.TextView(2) <= to)) {
          period_ids.push_back(id);
        }
      }));
  POLYFON_ASSIGN_OR_RETURN(const CodeById combos,
                           LoadCodes(connection, "SELECT id, code FROM category_option_combo", none));
  const bool by_element = !filter.elements.empty(), by_org_unit = !filter.org_units.empty();
  const bool by_date = filter.from || filter.to;
  if ((by_element && element_ids.empty()) || (by_org_unit && org_unit_ids.empty()) || (by_date && period_ids.empty())) {
    return changes;
  }
  std::unordered_map<int64_t, core::ImportSource> sources;
  POLYFON_ASSIGN_OR_RETURN(Statement source_rows,
                           connection.Prepare("SELECT id, name, sha256, imported_at, imported_by FROM import_source"));
  POLYFON_RETURN_IF_ERROR(
      source_rows.ForEach([&](Statement& row) { sources.emplace(row.Int(0), SourceFromRow(row, 1)); }));

  std::string sql =
      "SELECT id, element_id, period_id, org_unit_id, combo_id, attribute_combo_id, old_value, old_stored_by, "
      "old_last_updated, old_comment, old_followup, new_value, new_stored_by, new_comment, source_id "
      "FROM value_change WHERE 1";
  if (by_element) sql += " AND element_id IN " + IdList(element_ids);
  if (by_org_unit) sql += " AND org_unit_id IN " + IdList(org_unit_ids);
  if (by_date) sql += " AND period_id IN " + IdList(period_ids);
  if (filter.source_id) sql += " AND source_id = " + std::to_string(*filter.source_id);
  sql += " ORDER BY id DESC";
  if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
  POLYFON_ASSIGN_OR_RETURN(Statement statement, connection.Prepare(sql));
  const auto code = [](const CodeById& codes, int64_t id, std::string& out) {
    auto it = codes.find(id);
    if (it == codes.end()) return false;
    out = it->second;
    return true;
  };
  POLYFON_RETURN_IF_ERROR(statement.ForEach([&](Statement& row) -> Status {
    core::ValueChange& change = changes.emplace_back();
    change.id = row.Int(0);
    change.source_id = row.Int(14);
    auto source = sources.find(change.source_id);
    if (!code(elements, row.Int(1), change.element) || !code(periods, row.Int(2), change.period) ||
        !code(org_units, row.Int(3), change.org_unit) || !code(combos, row.Int(4), change.combo) ||
        !code(combos, row.Int(5), change.attribute_combo) || source == sources.end()) {
      return Status::Corruption("database " + connection.label() + ": value change " + std::to_string(change.id) +
                                " refers to a missing id");
    }
    change.source = source->second;
    if (!row.IsNull(6)) {
      change.old_value = row.Real(6);
      change.old_provenance = {
          .stored_by = row.Text(7), .last_updated = row.Text(8), .comment = row.Text(9), .followup = row.Int(10) != 0};
    }
    if (!row.IsNull(11)) {
      change.new_value = row.Real(11);
      change.new_stored_by = row.Text(12);
      change.new_comment = row.Text(13);
    }
    return Status::Ok();
  }));
  return changes;
}

Result<std::vector<core::RecordedSource>> ReadSources(Connection& connection) {
  // Both subqueries are index lookups: value_change_by_source and import_source_by_undoes.
  POLYFON_ASSIGN_OR_RETURN(Statement statement,
                           connection.Prepare("SELECT s.id, s.name, s.sha256, s.imported_at, s.imported_by, s.undoes, "
                                              "(SELECT count(*) FROM value_change c WHERE c.source_id = s.id), "
                                              "(SELECT u.id FROM import_source u WHERE u.undoes = s.id) "
                                              "FROM import_source s ORDER BY s.id"));
  std::vector<core::RecordedSource> sources;
  POLYFON_RETURN_IF_ERROR(statement.ForEach([&](Statement& row) {
    core::RecordedSource& source = sources.emplace_back();
    source.id = row.Int(0);
    source.source = SourceFromRow(row, 1);
    if (!row.IsNull(5)) source.undoes = row.Int(5);
    source.changes = row.Int(6);
    if (!row.IsNull(7)) source.undone_by = row.Int(7);
  }));
  return sources;
}

}  // namespace polyfon::store::sqlite
