// The value history of the memory store: recording changes, reading them, undoing an import.
#include <algorithm>
#include <map>
#include <set>

#include "store/memory/memory_state.hpp"
#include "store/put_checks.hpp"
#include "store/undo_refusals.hpp"

namespace polyfon::store::memory {

using core::Result;
using core::Status;

namespace {

bool SameSource(const core::ImportSource& a, const core::ImportSource& b) {
  return a.name == b.name && a.sha256 == b.sha256 && a.imported_at == b.imported_at && a.imported_by == b.imported_by;
}

bool Listed(const std::vector<std::string>& list, const std::string& code) {
  return list.empty() || std::find(list.begin(), list.end(), code) != list.end();
}

}  // namespace

int64_t MemoryState::SourceId(const core::ImportSource& source) {
  for (size_t i = transaction_sources_; i < sources_.size(); ++i) {
    if (!sources_[i].undoes && SameSource(sources_[i].source, source)) return static_cast<int64_t>(i) + 1;
  }
  sources_.push_back({.source = source, .undoes = std::nullopt});
  return static_cast<int64_t>(sources_.size());
}

void MemoryState::RecordChange(const ValueKey& key, const std::string& start, const std::string& end,
                               const StoredValue* before, const StoredValue* after, int64_t source) {
  ChangeRow change;
  change.key = key;
  change.start = start;
  change.end = end;
  change.source = source;
  if (before) {
    change.old_value = before->value;
    change.old_provenance = before->provenance;
    change.old_source = before->source;
  }
  if (after) {
    change.new_value = after->value;
    change.new_stored_by = after->provenance.stored_by;
    change.new_comment = after->provenance.comment;
  }
  changes_.push_back(std::move(change));
}

std::optional<int64_t> MemoryState::UndoneBy(int64_t source_id) const {
  for (size_t i = 0; i < sources_.size(); ++i) {
    if (sources_[i].undoes == source_id) return static_cast<int64_t>(i) + 1;
  }
  return std::nullopt;
}

Result<core::UndoCounts> MemoryState::UndoSource(int64_t source_id, const core::ImportSource& undo) {
  if (source_id < 1 || static_cast<size_t>(source_id) > sources_.size()) return UnknownImport(source_id);
  const SourceRow& undone = sources_[source_id - 1];
  if (undone.undoes) return UndoOfAnUndo(source_id, undone.source.name, *undone.undoes);
  if (auto by = UndoneBy(source_id)) return UndoneAlready(source_id, undone.source.name, *by);

  // Per key, in order of first change: the first change (the state to put back) and the last.
  std::map<ValueKey, std::pair<size_t, size_t>> span;
  std::vector<ValueKey> keys;
  for (size_t i = 0; i < changes_.size(); ++i) {
    if (changes_[i].source != source_id) continue;
    auto [it, first] = span.try_emplace(changes_[i].key, i, i);
    if (first) keys.push_back(changes_[i].key);
    it->second.second = i;
  }
  if (keys.empty()) return NothingRecordedToUndo(source_id, undone.source.name);

  // A later change by an import that still counts (neither undone nor an undo) is a conflict.
  for (size_t i = span[keys.front()].first; i < changes_.size(); ++i) {
    const ChangeRow& change = changes_[i];
    if (change.source == source_id || sources_[change.source - 1].undoes || UndoneBy(change.source)) continue;
    auto it = span.find(change.key);
    if (it == span.end() || i < it->second.second) continue;
    const core::DataValue value{.element = change.key[0],
                                .period = change.key[1],
                                .org_unit = change.key[2],
                                .combo = change.key[3],
                                .attribute_combo = change.key[4],
                                .value = 0,
                                .provenance = {}};
    return ChangedAgainLater(source_id, undone.source.name, DescribeValue(value), change.source,
                             sources_[change.source - 1].source.name);
  }

  sources_.push_back({.source = undo, .undoes = source_id});
  core::UndoCounts counts{.source_id = static_cast<int64_t>(sources_.size())};
  for (const ValueKey& key : keys) {
    const ChangeRow first = changes_[span[key].first];  // a copy: RecordChange below grows changes_
    auto stored = values_.find(key);
    const std::optional<double> current =
        stored == values_.end() ? std::nullopt : std::optional<double>(stored->second.value);
    if (first.old_value == current) {
      ++counts.unchanged;
      continue;
    }
    if (!first.old_value) {
      RecordChange(key, first.start, first.end, &stored->second, nullptr, counts.source_id);
      values_.erase(stored);
      ++counts.deleted;
      continue;
    }
    const StoredValue restored{.value = *first.old_value,
                               .provenance = first.old_provenance,
                               .source = first.old_source,
                               .start = first.start,
                               .end = first.end};
    RecordChange(key, first.start, first.end, stored == values_.end() ? nullptr : &stored->second, &restored,
                 counts.source_id);
    values_.insert_or_assign(key, restored);
    ++counts.restored;
  }
  return counts;
}

std::vector<core::ValueChange> MemoryState::History(const core::HistoryFilter& filter) const {
  const std::string from = filter.from ? filter.from->ToString() : "";
  const std::string to = filter.to ? filter.to->ToString() : "";
  std::vector<core::ValueChange> out;
  for (size_t i = changes_.size(); i-- > 0;) {
    if (filter.limit > 0 && out.size() == filter.limit) break;
    const ChangeRow& row = changes_[i];
    if (!Listed(filter.elements, row.key[0]) || !Listed(filter.org_units, row.key[2])) continue;
    if ((filter.from && row.end < from) || (filter.to && row.start > to)) continue;
    if (filter.source_id && row.source != *filter.source_id) continue;
    core::ValueChange& change = out.emplace_back();
    change.id = static_cast<int64_t>(i) + 1;
    change.element = row.key[0];
    change.period = row.key[1];
    change.org_unit = row.key[2];
    change.combo = row.key[3];
    change.attribute_combo = row.key[4];
    change.old_value = row.old_value;
    change.old_provenance = row.old_provenance;
    change.new_value = row.new_value;
    change.new_stored_by = row.new_stored_by;
    change.new_comment = row.new_comment;
    change.source_id = row.source;
    change.source = sources_[row.source - 1].source;
  }
  return out;
}

std::vector<core::RecordedSource> MemoryState::Sources() const {
  std::vector<core::RecordedSource> out;
  for (size_t i = 0; i < sources_.size(); ++i) {
    const int64_t id = static_cast<int64_t>(i) + 1;
    out.push_back({.id = id,
                   .source = sources_[i].source,
                   .changes = std::count_if(changes_.begin(), changes_.end(),
                                            [&](const ChangeRow& change) { return change.source == id; }),
                   .undoes = sources_[i].undoes,
                   .undone_by = UndoneBy(id)});
  }
  return out;
}

}  // namespace polyfon::store::memory
