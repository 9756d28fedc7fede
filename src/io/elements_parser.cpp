// Data elements. Spec: docs/formats/metadata_csv.md.

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/data_element.hpp"
#include "core/uid.hpp"
#include "io/parse_context.hpp"
#include "io/row_view.hpp"
#include "io/uid_column.hpp"

namespace polyfon::io {

namespace {

enum Column : size_t { kCode, kName, kValueType, kAggregation, kCombos, kDescription, kUid };

constexpr std::array<ColumnSpec, 7> kColumns{{
    {"code", true},
    {"name", true},
    {"value_type", true},
    {"aggregation", true},
    {"combos", true},
    {"description", false},
    {"uid", false},
}};

}  // namespace

void ParseElementsCsv(ParseContext& ctx, ImportBatch& batch) {
  const ColumnMap columns(ctx.header, kColumns, ctx.problems);
  if (!columns.ok()) return;
  std::unordered_map<std::string, int64_t> first_line;
  UidColumn uids(columns, kUid, kCode, ctx.problems);
  ForEachRow(ctx, columns.width(), batch, [&](const CsvRecord& record) {
    RowView row(record, columns, ctx.problems);
    core::DataElement element;
    element.code = std::string(row.Required(kCode));
    element.name = std::string(row.Required(kName));
    const std::string_view type_text = row.Required(kValueType);
    const std::optional<core::ValueType> type = core::ParseValueType(AsciiLower(type_text));
    if (!type_text.empty() && !type) {
      row.Report(kValueType, "unknown value type '" + std::string(type_text) +
                                 "' (expected integer, non_negative_integer, number, percentage or boolean)");
    }
    const std::string_view aggregation_text = row.Required(kAggregation);
    const std::optional<core::AggregationType> aggregation = core::ParseAggregationType(AsciiLower(aggregation_text));
    if (!aggregation_text.empty() && !aggregation) {
      row.Report(kAggregation,
                 "unknown aggregation '" + std::string(aggregation_text) + "' (expected sum, last_value or distinct)");
    }
    for (std::string_view combo : SplitList(row.Get(kCombos))) {
      if (combo == core::kDefaultCombo) continue;  // always allowed, so not listed
      if (ctx.catalog.FindCombo(combo) == nullptr) {
        row.Report(kCombos,
                   "unknown category option combo '" + std::string(combo) + "' (load it with a combos file first)");
      } else if (std::find(element.combos.begin(), element.combos.end(), combo) == element.combos.end()) {
        element.combos.emplace_back(combo);
      }
    }
    element.description = std::string(row.Get(kDescription));
    element.uid = uids.Read(row);
    if (!element.code.empty()) {
      const auto [it, inserted] = first_line.emplace(element.code, row.line());
      if (!inserted) row.Report(kCode, "'" + element.code + "' is already on line " + std::to_string(it->second));
    }
    if (!row.ok()) return;
    uids.Claim(row.line(), element.code, core::UidOf(element));
    element.value_type = *type;
    element.aggregation = *aggregation;
    batch.elements.push_back(std::move(element));
  });
}

}  // namespace polyfon::io
