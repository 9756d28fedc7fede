#include "store/sqlite/value_reader.hpp"

#include <algorithm>
#include <compare>
#include <numeric>
#include <string>

namespace polyfon::store::sqlite {

using core::Result;
using core::Status;

namespace {

// The codes of one small table by id, and each code's rank in byte order. Values are read by id
// and sorted by rank, which avoids five joins and a sort on strings over millions of rows.
struct Dimension {
  std::vector<std::string> code;  // by id; empty where no row has that id
  std::vector<uint32_t> rank;     // by id

  bool Has(int64_t id) const { return id >= 0 && static_cast<size_t>(id) < code.size(); }
};

// Ids come from INTEGER PRIMARY KEYs that only grow from 1, so they index a vector densely.
constexpr int64_t kMaxDenseId = int64_t{1} << 26;

Result<Dimension> LoadDimension(Connection& connection, const char* sql, auto&& on_row) {
  POLYFON_ASSIGN_OR_RETURN(Statement statement, connection.Prepare(sql));
  Dimension dimension;
  Status status = statement.ForEach([&](Statement& row) -> Status {
    const int64_t id = row.Int(0);
    if (id < 0 || id > kMaxDenseId) {
      return Status::Corruption("database " + connection.label() + ": unexpected id " + std::to_string(id) + " in '" +
                                sql + "'");
    }
    if (static_cast<size_t>(id) >= dimension.code.size()) dimension.code.resize(id + 1);
    dimension.code[id] = row.Text(1);
    on_row(row, id);
    return Status::Ok();
  });
  POLYFON_RETURN_IF_ERROR(status);
  std::vector<uint32_t> order(dimension.code.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return dimension.code[a] < dimension.code[b]; });
  dimension.rank.resize(order.size());
  for (uint32_t position = 0; position < order.size(); ++position) dimension.rank[order[position]] = position;
  return dimension;
}

// Where a value goes in the result: the ranks of its five codes (element, period, org unit, combo,
// attribute combo), then its position as read, packed for quick comparison.
struct SortKey {
  uint64_t element_period;
  uint64_t org_unit_combo;
  uint64_t attribute_position;

  auto operator<=>(const SortKey&) const = default;
  uint32_t position() const { return static_cast<uint32_t>(attribute_position); }
};

uint64_t Pair(uint32_t high, uint32_t low) { return uint64_t{high} << 32 | low; }

// ", 3, 7, 9" -> "(3, 7, 9)": ids are our own integers, so they go into the SQL text directly.
std::string IdList(const std::vector<int64_t>& ids) {
  std::string out = "(";
  for (size_t i = 0; i < ids.size(); ++i) (out += i == 0 ? "" : ", ") += std::to_string(ids[i]);
  return out + ")";
}

// Puts values[perm[k]] at position k for every k, in place, by following the permutation's cycles.
void Permute(std::vector<core::DataValue>& values, std::vector<uint32_t>& perm) {
  for (size_t i = 0; i < perm.size(); ++i) {
    if (perm[i] == i) continue;
    core::DataValue held = std::move(values[i]);
    size_t j = i;
    for (;;) {
      const size_t k = perm[j];
      perm[j] = static_cast<uint32_t>(j);
      if (k == i) {
        values[j] = std::move(held);
        break;
      }
      values[j] = std::move(values[k]);
      j = k;
    }
  }
}

}  // namespace

// REQUIRES: a transaction is open, so the small tables and the values are one snapshot.
Result<std::vector<core::DataValue>> ReadValues(Connection& connection, const core::ValueFilter& filter) {
  std::vector<int64_t> element_ids, period_ids;
  const std::string from = filter.from ? filter.from->ToString() : "";
  const std::string to = filter.to ? filter.to->ToString() : "";
  POLYFON_ASSIGN_OR_RETURN(
      const Dimension elements,
      LoadDimension(connection, "SELECT id, code FROM data_element", [&](Statement& row, int64_t id) {
        if (std::find(filter.elements.begin(), filter.elements.end(), row.TextView(1)) != filter.elements.end()) {
          element_ids.push_back(id);
        }
      }));
  // Dates are stored as YYYY-MM-DD text, so comparing strings compares days.
  POLYFON_ASSIGN_OR_RETURN(
      const Dimension periods,
      LoadDimension(connection, "SELECT id, code, start_date, end_date FROM period", [&](Statement& row, int64_t id) {
        if ((!filter.from || row.TextView(3) >= from) && (!filter.to || row.TextView(2) <= to)) {
          period_ids.push_back(id);
        }
      }));
  POLYFON_ASSIGN_OR_RETURN(const Dimension org_units,
                           LoadDimension(connection, "SELECT id, code FROM org_unit", [](Statement&, int64_t) {}));
  POLYFON_ASSIGN_OR_RETURN(
      const Dimension combos,
      LoadDimension(connection, "SELECT id, code FROM category_option_combo", [](Statement&, int64_t) {}));

  std::vector<core::DataValue> values;
  const bool by_element = !filter.elements.empty(), by_date = filter.from || filter.to;
  if ((by_element && element_ids.empty()) || (by_date && period_ids.empty())) return values;
  std::string where = " FROM data_value WHERE 1";
  // The key starts (period, element): listing the periods too, all of them when no dates are given,
  // turns an element filter into seeks instead of a scan of the whole table.
  if (by_element || by_date) where += " AND period_id IN " + IdList(period_ids);
  if (by_element) where += " AND element_id IN " + IdList(element_ids);
  // Counting first is a quick pass over the B-tree that spares growing a vector of DataValues
  // (272 bytes each) by copying it, which cost more than the count for a million rows.
  POLYFON_ASSIGN_OR_RETURN(Statement count, connection.Prepare("SELECT count(*)" + where));
  int64_t rows = 0;
  POLYFON_RETURN_IF_ERROR(count.ForEach([&](Statement& row) { rows = row.Int(0); }));
  values.reserve(static_cast<size_t>(rows));
  std::vector<SortKey> order;
  order.reserve(static_cast<size_t>(rows));
  POLYFON_ASSIGN_OR_RETURN(Statement statement,
                           connection.Prepare("SELECT element_id, period_id, org_unit_id, combo_id, "
                                              "attribute_combo_id, value, stored_by, last_updated, comment, "
                                              "followup" +
                                              where));
  POLYFON_RETURN_IF_ERROR(statement.ForEach([&](Statement& row) -> Status {
    const std::array<int64_t, 5> ids{row.Int(0), row.Int(1), row.Int(2), row.Int(3), row.Int(4)};
    if (!elements.Has(ids[0]) || !periods.Has(ids[1]) || !org_units.Has(ids[2]) || !combos.Has(ids[3]) ||
        !combos.Has(ids[4]) || values.size() >= UINT32_MAX) {
      return Status::Corruption("database " + connection.label() + ": a data value refers to a missing id");
    }
    order.push_back({Pair(elements.rank[ids[0]], periods.rank[ids[1]]),
                     Pair(org_units.rank[ids[2]], combos.rank[ids[3]]),
                     Pair(combos.rank[ids[4]], static_cast<uint32_t>(values.size()))});
    core::DataValue& value = values.emplace_back();
    value.element = elements.code[ids[0]];
    value.period = periods.code[ids[1]];
    value.org_unit = org_units.code[ids[2]];
    value.combo = combos.code[ids[3]];
    value.attribute_combo = combos.code[ids[4]];
    value.value = row.Real(5);
    value.provenance.stored_by = row.TextView(6);
    value.provenance.last_updated = row.TextView(7);
    value.provenance.comment = row.TextView(8);
    value.provenance.followup = row.Int(9) != 0;
    return Status::Ok();
  }));
  if (!std::is_sorted(order.begin(), order.end())) std::sort(order.begin(), order.end());
  std::vector<uint32_t> perm(order.size());
  for (size_t k = 0; k < order.size(); ++k) perm[k] = order[k].position();
  Permute(values, perm);
  return values;
}

}  // namespace polyfon::store::sqlite
