// Cluster participants with their membership history. Spec: docs/formats/metadata_csv.md.

#include <array>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/participant.hpp"
#include "core/text.hpp"
#include "io/parse_context.hpp"
#include "io/row_view.hpp"

namespace polyfon::io {

namespace {

enum Column : size_t { kCode, kName, kType, kHelix, kHealthRegion, kOrgUnit, kHistory, kContact, kNote };

constexpr std::array<ColumnSpec, 9> kColumns{{
    {"code", true},
    {"name", true},
    {"type", false},
    {"helix_category", true},
    {"health_region", false},
    {"org_unit", false},
    {"history", false},
    {"contact", false},
    {"note", false},
}};

// YYYY, YYYY-MM or YYYY-MM-DD; the first two mean the first day of that year or month, which is
// how membership dates are usually known.
std::optional<core::Date> ParseHistoryDate(std::string_view text) {
  if (text.size() == 7 && text[4] == '-') return core::ParseDate(std::string(text) + "-01");
  return core::ParseDate(text);
}

// Parses "observer:2015-01-01|full_member:2017-11|left:2022", reporting the first bad entry.
std::optional<std::vector<core::MembershipEntry>> ParseHistory(RowView& row) {
  std::vector<core::MembershipEntry> history;
  for (std::string_view entry : SplitList(row.Get(kHistory))) {
    const std::string quoted = "'" + std::string(entry) + "'";
    const size_t colon = entry.find(':');
    if (colon == std::string_view::npos) {
      row.Report(kHistory, "entry " + quoted + " must be STATUS:DATE, e.g. full_member:2017-11");
      return std::nullopt;
    }
    const std::string status_text(core::Trim(entry.substr(0, colon)));
    const std::string_view date_text = core::Trim(entry.substr(colon + 1));
    const std::optional<core::MembershipStatus> status = core::ParseMembershipStatus(AsciiLower(status_text));
    if (!status) {
      row.Report(kHistory, "unknown status '" + status_text + "' in entry " + quoted +
                               " (expected observer, full_member or left)");
      return std::nullopt;
    }
    const std::optional<core::Date> from = ParseHistoryDate(date_text);
    if (!from) {
      row.Report(kHistory, "'" + std::string(date_text) + "' in entry " + quoted +
                               " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
      return std::nullopt;
    }
    if (!history.empty() && *from <= history.back().from) {
      row.Report(kHistory, "entry " + quoted + " is not after the entry before it (entries must be in date order)");
      return std::nullopt;
    }
    history.push_back({*status, *from});
  }
  return history;
}

// The code of the catalog unit named in `column` (by code, name or alias), or "" if empty.
std::string OrgUnitCode(ParseContext& ctx, RowView& row, Column column) {
  const std::string_view text = row.Get(column);
  if (text.empty()) return {};
  const core::OrgUnit* unit = ctx.catalog.MatchOrgUnit(text);
  if (unit == nullptr) {
    row.Report(column, "unknown org unit '" + std::string(text) + "' (not in the catalog)");
    return {};
  }
  return unit->code;
}

}  // namespace

void ParseParticipantsCsv(ParseContext& ctx, ImportBatch& batch) {
  const ColumnMap columns(ctx.header, kColumns, ctx.problems);
  if (!columns.ok()) return;
  std::unordered_map<std::string, int64_t> first_line;
  ForEachRow(ctx, columns.width(), batch, [&](const CsvRecord& record) {
    RowView row(record, columns, ctx.problems);
    core::Participant participant;
    participant.code = std::string(row.Required(kCode));
    participant.name = std::string(row.Required(kName));
    participant.type = std::string(row.Get(kType));
    const std::string_view helix_text = row.Required(kHelix);
    const std::optional<core::HelixCategory> helix = core::ParseHelixCategory(AsciiLower(helix_text));
    if (!helix_text.empty() && !helix) {
      row.Report(kHelix, "unknown helix category '" + std::string(helix_text) +
                             "' (expected government, civil_society, industry, services or academia)");
    }
    participant.health_region = OrgUnitCode(ctx, row, kHealthRegion);
    participant.org_unit = OrgUnitCode(ctx, row, kOrgUnit);
    std::optional<std::vector<core::MembershipEntry>> history = ParseHistory(row);
    participant.contact = std::string(row.Get(kContact));
    participant.note = std::string(row.Get(kNote));
    if (!participant.code.empty()) {
      const auto [it, inserted] = first_line.emplace(participant.code, row.line());
      if (!inserted) row.Report(kCode, "'" + participant.code + "' is already on line " + std::to_string(it->second));
    }
    if (!row.ok()) return;
    participant.helix = *helix;
    participant.history = std::move(*history);
    batch.participants.push_back(std::move(participant));
  });
}

}  // namespace polyfon::io
