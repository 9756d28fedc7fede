#include "store/sqlite/code_map.hpp"

namespace polyfon::store::sqlite {

namespace {
core::Status LoadInto(Connection& connection, const char* sql, CodeMap& map) {
  POLYFON_ASSIGN_OR_RETURN(Statement statement, connection.Prepare(sql));
  return statement.ForEach([&](Statement& row) { map.emplace(row.Text(0), row.Int(1)); });
}
}  // namespace

core::Result<CodeMaps> LoadCodeMaps(Connection& connection) {
  CodeMaps maps;
  POLYFON_RETURN_IF_ERROR(LoadInto(connection, "SELECT code, id FROM data_element", maps.elements));
  POLYFON_RETURN_IF_ERROR(LoadInto(connection, "SELECT code, id FROM org_unit", maps.org_units));
  POLYFON_RETURN_IF_ERROR(LoadInto(connection, "SELECT code, id FROM category_option_combo", maps.combos));
  POLYFON_RETURN_IF_ERROR(LoadInto(connection, "SELECT code, id FROM period", maps.periods));
  return maps;
}

}  // namespace polyfon::store::sqlite
