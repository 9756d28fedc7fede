// The cluster's activities: conferences, webinars, courses, grants. Spec: docs/formats/registry.md.

#include <array>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/activity.hpp"
#include "io/parse_context.hpp"
#include "io/registry_cells.hpp"
#include "io/row_view.hpp"

namespace polyfon::io {

namespace {

enum Column : size_t { kCode, kKind, kTitle, kDate, kOrganiser, kAttendees, kStatus, kPlace, kNote };

constexpr std::array<ColumnSpec, 9> kColumns{{
    {"code", true},
    {"kind", true},
    {"title", true},
    {"date", true},
    {"organiser", false, "organizer"},
    {"attendees", false},
    {"status", false},
    {"place", false},
    {"note", false},
}};

}  // namespace

void ParseActivitiesCsv(ParseContext& ctx, ImportBatch& batch) {
  const ColumnMap columns(ctx.header, kColumns, ctx.problems);
  if (!columns.ok()) return;
  std::unordered_map<std::string, int64_t> first_line;
  ForEachRow(ctx, columns.width(), batch, [&](const CsvRecord& record) {
    RowView row(record, columns, ctx.problems);
    core::Activity activity;
    activity.code = std::string(row.Required(kCode));
    const std::optional<core::ActivityKind> kind =
        EnumCell(row, kKind, "kind", core::ParseActivityKind, core::ActivityKindName);
    activity.title = std::string(row.Required(kTitle));
    const std::optional<core::Date> date = DayCell(row, kDate);
    activity.organiser = ParticipantCell(row, kOrganiser, ctx.catalog);
    activity.attendees = CountCell(row, kAttendees);
    // Most rows record what happened, so an empty status means held.
    const std::optional<core::ActivityStatus> status =
        EnumCell(row, kStatus, "status", core::ParseActivityStatus, core::ActivityStatusName,
                 std::optional(core::ActivityStatus::kHeld));
    activity.place = std::string(row.Get(kPlace));
    activity.note = std::string(row.Get(kNote));
    if (!activity.code.empty()) {
      const auto [it, inserted] = first_line.emplace(activity.code, row.line());
      if (!inserted) row.Report(kCode, "'" + activity.code + "' is already on line " + std::to_string(it->second));
    }
    if (!row.ok()) return;
    activity.kind = *kind;
    activity.date = *date;
    activity.status = *status;
    batch.registry.activities.push_back(std::move(activity));
  });
}

}  // namespace polyfon::io
