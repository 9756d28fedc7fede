#pragma once

// The fixture of the value-history contract tests (history_contract_test.cpp, undo_contract_test.cpp).

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "store_contract_test.hpp"

namespace polyfon::store::testing {

inline core::ImportSource At(std::string name, std::string when, std::string who = "tester") {
  return {.name = std::move(name), .sha256 = std::string(64, 'a'), .imported_at = std::move(when), .imported_by = who};
}

// "element/period/org unit: old -> new" of each change, newest first; "-" for no value.
inline std::vector<std::string> Summaries(const std::vector<core::ValueChange>& changes) {
  const auto text = [](const std::optional<double>& value) { return value ? std::to_string(int(*value)) : "-"; };
  std::vector<std::string> out;
  for (const auto& c : changes) {
    out.push_back(c.element + "/" + c.period + "/" + c.org_unit + "/" + c.combo + ": " + text(c.old_value) + " -> " +
                  text(c.new_value) + " by " + std::to_string(c.source_id));
  }
  return out;
}

// The same, sorted: the changes of one batch come in no particular order.
inline std::vector<std::string> SortedSummaries(const std::vector<core::ValueChange>& changes) {
  std::vector<std::string> out = Summaries(changes);
  std::sort(out.begin(), out.end());
  return out;
}

// A HistoryFilter built field by field: Changes().Elements({"population"}).Limit(1).
struct Changes : core::HistoryFilter {
  Changes& Elements(std::vector<std::string> codes) { return elements = std::move(codes), *this; }
  Changes& OrgUnits(std::vector<std::string> codes) { return org_units = std::move(codes), *this; }
  Changes& From(core::Date date) { return from = date, *this; }
  Changes& To(core::Date date) { return to = date, *this; }
  Changes& Source(int64_t id) { return source_id = id, *this; }
  Changes& Limit(size_t n) { return limit = n, *this; }
};

class HistoryContractTest : public StoreContractTest {
 protected:
  std::vector<core::ValueChange> History(const core::HistoryFilter& filter = {}) {
    return Unwrap(store().LoadHistory(filter));
  }
  std::vector<core::RecordedSource> Sources() { return Unwrap(store().LoadSources()); }
  core::Result<core::UndoCounts> Undo(int64_t id, bool commit = true) {
    auto writer = Begin();
    auto counts = writer->UndoSource(id, At("undo of import " + std::to_string(id), "2026-03-01T00:00:00Z", "admin"));
    if (counts && commit) {
      EXPECT_TRUE(writer->Commit().ok());
    }
    return counts;
  }
};

}  // namespace polyfon::store::testing
