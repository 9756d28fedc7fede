// Milestones of the long-term plan and actions of the yearly action plans. Spec:
// docs/formats/registry.md.

#include <array>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/action_plan.hpp"
#include "io/parse_context.hpp"
#include "io/registry_cells.hpp"
#include "io/row_view.hpp"

namespace polyfon::io {

namespace {

enum Column : size_t { kCode, kKind, kPlan, kGoal, kTitle, kResponsible, kDue, kStatus, kNote };

constexpr std::array<ColumnSpec, 9> kColumns{{
    {"code", true},
    {"kind", true},
    {"plan", true},
    {"goal", false},
    {"title", true},
    {"responsible", false},
    {"due", true},
    {"status", false},
    {"note", false},
}};

}  // namespace

void ParsePlanItemsCsv(ParseContext& ctx, ImportBatch& batch) {
  const ColumnMap columns(ctx.header, kColumns, ctx.problems);
  if (!columns.ok()) return;
  std::unordered_map<std::string, int64_t> first_line;
  ForEachRow(ctx, columns.width(), batch, [&](const CsvRecord& record) {
    RowView row(record, columns, ctx.problems);
    core::PlanItem item;
    item.code = std::string(row.Required(kCode));
    const std::optional<core::PlanItemKind> kind =
        EnumCell(row, kKind, "kind", core::ParsePlanItemKind, core::PlanItemKindName);
    const std::optional<int> plan = YearCell(row, kPlan);
    // The goal may be stored rather than in this file's catalog, so the caller checks it.
    item.goal = std::string(row.Get(kGoal));
    item.title = std::string(row.Required(kTitle));
    item.responsible = ParticipantCell(row, kResponsible, ctx.catalog);
    const std::optional<core::Date> due = DayCell(row, kDue);
    const std::optional<core::PlanItemStatus> status =
        EnumCell(row, kStatus, "status", core::ParsePlanItemStatus, core::PlanItemStatusName,
                 std::optional(core::PlanItemStatus::kPlanned));
    item.note = std::string(row.Get(kNote));
    if (!item.code.empty()) {
      const auto [it, inserted] = first_line.emplace(item.code, row.line());
      if (!inserted) row.Report(kCode, "'" + item.code + "' is already on line " + std::to_string(it->second));
    }
    if (!row.ok()) return;
    item.kind = *kind;
    item.plan = *plan;
    item.due = *due;
    item.status = *status;
    batch.registry.plan_items.push_back(std::move(item));
  });
}

}  // namespace polyfon::io
