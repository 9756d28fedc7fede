#include "store/sqlite/value_writer.hpp"

#include <algorithm>
#include <limits>

#include "store/put_checks.hpp"
#include "store/sqlite/value_statements.hpp"

namespace polyfon::store::sqlite {

using core::DataValue;
using core::Result;
using core::Status;

namespace {

// The previous lookup of one dimension: consecutive values usually share element, period and
// combos, and comparing two short strings is cheaper than hashing one.
struct LastHit {
  std::string_view code;
  int64_t id = 0;
  bool valid = false;
};

bool Lookup(const CodeMap& map, LastHit& last, std::string_view code, int64_t& id) {
  if (last.valid && last.code == code) {
    id = last.id;
    return true;
  }
  auto it = map.find(code);
  if (it == map.end()) return false;
  last = {code, it->second, true};
  id = it->second;
  return true;
}

bool SameSource(const core::ImportSource& a, const core::ImportSource& b) {
  return a.name == b.name && a.sha256 == b.sha256 && a.imported_at == b.imported_at && a.imported_by == b.imported_by;
}

}  // namespace

Status ValueWriter::Resolve(std::span<const DataValue> values) {
  rows_.clear();
  pending_periods_.clear();
  pending_ids_.clear();
  if (values.size() > std::numeric_limits<uint32_t>::max()) {
    return Status::InvalidArgument("too many data values in one batch: " + std::to_string(values.size()));
  }
  rows_.reserve(values.size());
  LastHit element, period, org_unit, combo, attribute_combo;
  for (uint32_t i = 0; i < values.size(); ++i) {
    const DataValue& value = values[i];
    POLYFON_RETURN_IF_ERROR(CheckNumber(value));
    std::array<int64_t, 5> key;
    if (!Lookup(maps_.elements, element, value.element, key[0])) {
      return UnknownInValue(value, "data element", value.element);
    }
    if (!Lookup(maps_.periods, period, value.period, key[1])) {
      POLYFON_ASSIGN_OR_RETURN(key[1], PendingPeriod(value));
      period = {value.period, key[1], true};
    }
    if (!Lookup(maps_.org_units, org_unit, value.org_unit, key[2])) {
      return UnknownInValue(value, "org unit", value.org_unit);
    }
    if (!Lookup(maps_.combos, combo, value.combo, key[3])) {
      return UnknownInValue(value, "category option combo", value.combo);
    }
    if (!Lookup(maps_.combos, attribute_combo, value.attribute_combo, key[4])) {
      return UnknownInValue(value, "attribute option combo", value.attribute_combo);
    }
    if ((key[0] | key[2] | key[3] | key[4]) > KeyedRow::kMaxId) {
      return Status::Internal("database " + connection_.label() + ": ids beyond " + std::to_string(KeyedRow::kMaxId) +
                              " in " + DescribeValue(value));
    }
    rows_.push_back(KeyedRow::Pack(key, i));
  }
  return Status::Ok();
}

// A period the database does not have yet gets a placeholder id above KeyedRow::kMaxId until
// Write() inserts it; a non-canonical spelling of a known period ("2018W5") maps to the known id.
Result<int64_t> ValueWriter::PendingPeriod(const DataValue& value) {
  if (auto it = pending_ids_.find(value.period); it != pending_ids_.end()) return it->second;
  Result<core::Period> period = core::Period::Parse(value.period);
  if (!period) return Status::InvalidArgument(DescribeValue(value) + ": " + period.error().message());
  int64_t id = 0;
  const std::string canonical = period->Id();
  if (auto known = maps_.periods.find(canonical); known != maps_.periods.end()) {
    id = known->second;
  } else if (auto pending = pending_ids_.find(canonical); pending != pending_ids_.end()) {
    id = pending->second;
  } else {
    id = KeyedRow::kMaxId + 1 + static_cast<int64_t>(pending_periods_.size());
    pending_periods_.push_back(*period);
    pending_ids_.emplace(canonical, id);
  }
  if (id > KeyedRow::kMaxId && id - KeyedRow::kMaxId > KeyedRow::kMaxId) {
    return Status::InvalidArgument("too many new periods in one batch");
  }
  pending_ids_.emplace(value.period, id);
  return id;
}

Status ValueWriter::InsertPendingPeriods() {
  if (pending_periods_.empty()) return Status::Ok();
  std::vector<int64_t> ids;
  for (const core::Period& period : pending_periods_) {
    const std::string code = period.Id(), start = period.Start().ToString(), end = period.End().ToString();
    statements_.insert_period->BindText(1, code);
    statements_.insert_period->BindText(2, core::PeriodTypeName(period.type()));
    statements_.insert_period->BindText(3, start);
    statements_.insert_period->BindText(4, end);
    int64_t id = 0;
    POLYFON_RETURN_IF_ERROR(statements_.insert_period->ForEach([&](Statement& row) { id = row.Int(0); }));
    if (id > KeyedRow::kMaxId) return Status::Internal("database " + connection_.label() + ": period id out of range");
    ids.push_back(id);
  }
  const auto real_id = [&](int64_t id) { return id > KeyedRow::kMaxId ? ids[id - KeyedRow::kMaxId - 1] : id; };
  for (const auto& [spelling, id] : pending_ids_) maps_.periods.emplace(spelling, real_id(id));
  for (KeyedRow& row : rows_) row.set_period(real_id(row.period()));
  pending_periods_.clear();
  pending_ids_.clear();
  return Status::Ok();
}

Status ValueWriter::EnsureSourceRow(Source& source) {
  if (source.id != 0) return Status::Ok();
  statements_.insert_source->BindText(1, source.source.name);
  statements_.insert_source->BindText(2, source.source.sha256);
  statements_.insert_source->BindText(3, source.source.imported_at);
  statements_.insert_source->BindText(4, source.source.imported_by);
  return statements_.insert_source->ForEach([&](Statement& row) { source.id = row.Int(0); });
}

size_t ValueWriter::ChunkEnd(size_t begin) const {
  size_t end = begin + 1;
  while (end < rows_.size() && end - begin < kChunk && !rows_[end].SameKey(rows_[end - 1])) ++end;
  return end;
}

Status ValueWriter::WriteChunk(size_t begin, size_t end, std::span<const DataValue> values, Source& source,
                               core::WriteCounts& counts) {
  const size_t n = end - begin;
  const std::span<const KeyedRow> chunk(rows_.data() + begin, n);

  // Which keys are stored, and with what value. Scanning the range between the first and last key
  // usually answers in one statement: it is empty on a fresh import and holds just the chunk's
  // keys on a re-import. When many other keys lie between (a batch interleaved with stored data),
  // the keys are looked up one by one instead, all in one statement, and the next chunks skip the
  // scan that would likely overflow again.
  std::array<bool, kChunk> stored{};
  std::array<double, kChunk> stored_value{};
  const auto mark = [&](Statement& row) {
    const KeyedRow found = KeyedRow::Pack({row.Int(0), row.Int(1), row.Int(2), row.Int(3), row.Int(4)}, 0);
    auto it = std::lower_bound(chunk.begin(), chunk.end(), found,
                               [](const KeyedRow& a, const KeyedRow& b) { return a.KeyLess(b); });
    if (it != chunk.end() && it->SameKey(found)) {
      stored[it - chunk.begin()] = true;
      stored_value[it - chunk.begin()] = row.Real(5);
    }
  };
  bool scanned_all = false;
  if (scans_to_skip_ > 0) {
    --scans_to_skip_;
  } else {
    BindKey(*statements_.range, 1, chunk.front());
    BindKey(*statements_.range, 6, chunk.back());
    statements_.range->BindInt(11, kScanLimit + 1);
    int64_t scanned = 0;
    POLYFON_RETURN_IF_ERROR(statements_.range->ForEach([&](Statement& row) {
      if (++scanned <= kScanLimit) mark(row);
    }));
    scanned_all = scanned <= kScanLimit;
    if (!scanned_all) scans_to_skip_ = kScansToSkip;
  }
  if (!scanned_all) {
    stored.fill(false);
    // Pad the smallest lookup statement that fits with the last key.
    size_t size_index = 0;
    while ((size_t{1} << size_index) < n) ++size_index;
    Statement& lookup = *statements_.lookup[size_index];
    for (size_t i = 0; i < (size_t{1} << size_index); ++i) {
      BindKey(lookup, static_cast<int>(i) * 5 + 1, chunk[std::min(i, n - 1)]);
    }
    POLYFON_RETURN_IF_ERROR(lookup.ForEach(mark));
  }
  if (n == kChunk && std::none_of(stored.begin(), stored.end(), [](bool b) { return b; })) {
    // All new, the path of a fresh import: one plain multi-row insert, and one for their history.
    POLYFON_RETURN_IF_ERROR(EnsureSourceRow(source));
    for (size_t r = 0; r < n; ++r) {
      const DataValue& value = values[chunk[r].index()];
      BindRow(*statements_.insert, static_cast<int>(r) * ValueStatements::kColumns + 1, chunk[r], value,
              source.source, source.id);
      BindChange(*statements_.insert_changes, static_cast<int>(r) * ValueStatements::kHistoryColumns + 1, chunk[r],
                 value, source.source, source.id);
    }
    POLYFON_RETURN_IF_ERROR(statements_.insert_changes->Run());
    POLYFON_RETURN_IF_ERROR(statements_.insert->Run());
    counts.inserted += static_cast<int64_t>(n);
    return Status::Ok();
  }

  std::array<const KeyedRow*, kChunk> writes;
  size_t write_count = 0;
  for (size_t i = 0; i < n; ++i) {
    if (stored[i] && stored_value[i] == values[chunk[i].index()].value) {
      ++counts.unchanged;
      continue;
    }
    ++(stored[i] ? counts.updated : counts.inserted);
    writes[write_count++] = &chunk[i];
  }
  if (write_count == 0) return Status::Ok();

  // Write them with as few statements as the sizes allow (32 = one, 7 = 4 + 2 + 1), each after
  // the statement that records their history, which reads the rows they replace.
  POLYFON_RETURN_IF_ERROR(EnsureSourceRow(source));
  size_t done = 0;
  for (size_t i = ValueStatements::kSizes; i-- > 0;) {
    const size_t size = size_t{1} << i;
    while (write_count - done >= size) {
      Statement& record = *statements_.record_changes[i];
      Statement& upsert = *statements_.upsert[i];
      for (size_t r = 0; r < size; ++r) {
        const KeyedRow& row = *writes[done + r];
        const DataValue& value = values[row.index()];
        BindChange(record, static_cast<int>(r) * ValueStatements::kHistoryColumns + 1, row, value, source.source,
                   source.id);
        BindRow(upsert, static_cast<int>(r) * ValueStatements::kColumns + 1, row, value, source.source, source.id);
      }
      POLYFON_RETURN_IF_ERROR(record.Run());
      POLYFON_RETURN_IF_ERROR(upsert.Run());
      done += size;
    }
  }
  return Status::Ok();
}

Result<core::WriteCounts> ValueWriter::Write(std::span<const DataValue> values, const core::ImportSource& source) {
  core::WriteCounts counts;
  if (rows_.empty()) return counts;
  if (!statements_.prepared()) POLYFON_RETURN_IF_ERROR(statements_.Prepare(connection_));
  POLYFON_RETURN_IF_ERROR(InsertPendingPeriods());
  // Key order turns inserts into appends to the B-tree, keeps its pages in cache and puts new
  // keys side by side for the bulk insert. Equal keys stay in batch order.
  if (!std::is_sorted(rows_.begin(), rows_.end())) std::sort(rows_.begin(), rows_.end());
  auto found =
      std::find_if(sources_.begin(), sources_.end(), [&](const Source& s) { return SameSource(s.source, source); });
  Source& slot = found != sources_.end() ? *found : sources_.emplace_back(Source{.source = source});
  // A chunk ends before a repeated key, so the repeat sees the earlier value as stored.
  for (size_t begin = 0; begin < rows_.size();) {
    const size_t end = ChunkEnd(begin);
    POLYFON_RETURN_IF_ERROR(WriteChunk(begin, end, values, slot, counts));
    begin = end;
  }
  return counts;
}

}  // namespace polyfon::store::sqlite
