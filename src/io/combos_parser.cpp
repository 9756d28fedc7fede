// Category option combos. Spec: docs/formats/metadata_csv.md.

#include <array>
#include <string>
#include <unordered_map>

#include "core/data_element.hpp"
#include "core/uid.hpp"
#include "io/parse_context.hpp"
#include "io/row_view.hpp"
#include "io/uid_column.hpp"

namespace polyfon::io {

namespace {

enum Column : size_t { kCode, kName, kCategory, kUid };

constexpr std::array<ColumnSpec, 4> kColumns{{
    {"code", true},
    {"name", true},
    {"category", true},
    {"uid", false},
}};

}  // namespace

void ParseCombosCsv(ParseContext& ctx, ImportBatch& batch) {
  const ColumnMap columns(ctx.header, kColumns, ctx.problems);
  if (!columns.ok()) return;
  std::unordered_map<std::string, int64_t> first_line;
  UidColumn uids(columns, kUid, kCode, ctx.problems);
  ForEachRow(ctx, columns.width(), batch, [&](const CsvRecord& record) {
    RowView row(record, columns, ctx.problems);
    core::CategoryOptionCombo combo;
    combo.code = std::string(row.Required(kCode));
    combo.name = std::string(row.Required(kName));
    combo.category = std::string(row.Required(kCategory));
    combo.uid = uids.Read(row);
    if (!combo.code.empty()) {
      const auto [it, inserted] = first_line.emplace(combo.code, row.line());
      if (!inserted) row.Report(kCode, "'" + combo.code + "' is already on line " + std::to_string(it->second));
    }
    if (!row.ok()) return;
    uids.Claim(row.line(), combo.code, core::UidOf(combo));
    batch.combos.push_back(std::move(combo));
  });
}

}  // namespace polyfon::io
