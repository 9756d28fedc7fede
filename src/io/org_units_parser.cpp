// Organisation units with dated parent links. Spec: docs/formats/metadata_csv.md.

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/org_unit.hpp"
#include "core/uid.hpp"
#include "io/parse_context.hpp"
#include "io/row_view.hpp"
#include "io/uid_column.hpp"

namespace polyfon::io {

namespace {

enum Column : size_t { kCode, kName, kKind, kParent, kValidFrom, kValidTo, kAliases, kUid };

constexpr std::array<ColumnSpec, 8> kColumns{{
    {"code", true},
    {"name", true},
    {"kind", true},
    {"parent", false},
    {"valid_from", false},
    {"valid_to", false},
    {"aliases", false},
    {"uid", false},
}};

constexpr std::array<core::OrgUnitKind, 13> kAllKinds{
    core::OrgUnitKind::kNation,           core::OrgUnitKind::kHealthRegion,
    core::OrgUnitKind::kHealthTrust,      core::OrgUnitKind::kHospital,
    core::OrgUnitKind::kClinic,           core::OrgUnitKind::kCounty,
    core::OrgUnitKind::kMunicipality,     core::OrgUnitKind::kService,
    core::OrgUnitKind::kUniversity,       core::OrgUnitKind::kResearchInstitute,
    core::OrgUnitKind::kUserOrganisation, core::OrgUnitKind::kCatchmentArea,
    core::OrgUnitKind::kOther,
};

std::string KindNames() {
  std::string text;
  for (core::OrgUnitKind kind : kAllKinds) {
    if (!text.empty()) text += ", ";
    text += core::OrgUnitKindName(kind);
  }
  return text;
}

struct UnitSeen {
  size_t index;  // in batch.org_units
  int64_t line;  // first row
};

struct LinkRow {
  core::ParentLink link;
  int64_t line;
};

// A validity bound: YYYY or YYYY-MM-DD. A bare year is 1 January as a start but 31 December as an
// end, since both bounds are inclusive ("2015" to "2018" covers four whole years).
std::optional<core::Date> ParseBound(RowView& row, Column column, bool is_end) {
  const std::string_view text = row.Get(column);
  if (text.empty()) return std::nullopt;
  std::optional<core::Date> date = core::ParseDate(text);
  if (!date) {
    row.Report(column, "'" + std::string(text) + "' is not a date (YYYY or YYYY-MM-DD)");
    return std::nullopt;
  }
  if (is_end && text.size() == 4) {
    date->month = 12;
    date->day = 31;
  }
  return date;
}

bool Overlap(const core::ParentLink& a, const core::ParentLink& b) {
  const bool a_before_b = a.valid_to && b.valid_from && *a.valid_to < *b.valid_from;
  const bool b_before_a = b.valid_to && a.valid_from && *b.valid_to < *a.valid_from;
  return !a_before_b && !b_before_a;
}

void ReadRow(RowView& row, const UidColumn& uids, ImportBatch& batch, std::unordered_map<std::string, UnitSeen>& seen,
             std::vector<LinkRow>& links) {
  const std::string_view code = row.Required(kCode);
  const std::string_view name = row.Required(kName);
  const std::string_view kind_text = row.Required(kKind);
  const std::optional<core::OrgUnitKind> kind = core::ParseOrgUnitKind(AsciiLower(kind_text));
  if (!kind_text.empty() && !kind) {
    row.Report(kKind, "unknown kind '" + std::string(kind_text) + "' (expected " + KindNames() + ")");
  }
  const std::string_view parent = row.Get(kParent);
  const std::optional<core::Date> from = ParseBound(row, kValidFrom, false);
  const std::optional<core::Date> to = ParseBound(row, kValidTo, true);
  if (parent.empty()) {
    if (!row.Get(kValidFrom).empty()) row.Report(kValidFrom, "given without a parent");
    if (!row.Get(kValidTo).empty()) row.Report(kValidTo, "given without a parent");
  } else if (parent == code) {
    row.Report(kParent, "a unit cannot be its own parent");
  }
  if (from && to && *to < *from) {
    row.Report(kValidTo, "'" + std::string(row.Get(kValidTo)) + "' is before valid_from '" +
                             std::string(row.Get(kValidFrom)) + "'");
  }
  const std::string uid = uids.Read(row);
  if (!row.ok()) return;

  auto it = seen.find(std::string(code));
  if (it == seen.end()) {
    it = seen.emplace(std::string(code), UnitSeen{batch.org_units.size(), row.line()}).first;
    batch.org_units.push_back(core::OrgUnit{std::string(code), std::string(name), *kind, {}});
  }
  core::OrgUnit& unit = batch.org_units[it->second.index];
  const std::string first_line = std::to_string(it->second.line);
  if (unit.name != name) {
    row.Report(kName, "'" + std::string(name) + "' differs from '" + unit.name + "' on line " + first_line +
                          " (a unit has one name on all its rows)");
  }
  if (unit.kind != *kind) {
    row.Report(kKind, "'" + std::string(kind_text) + "' differs from '" + core::OrgUnitKindName(unit.kind) +
                          "' on line " + first_line + " (a unit has one kind on all its rows)");
  }
  // A unit's further rows (one per parent link) may leave the uid out.
  if (!uid.empty() && unit.uid.empty()) {
    unit.uid = uid;
  } else if (!uid.empty() && uid != unit.uid) {
    row.Report(kUid, "'" + uid + "' differs from '" + unit.uid + "' given earlier (a unit has one uid)");
  }
  for (std::string_view alias : SplitList(row.Get(kAliases))) {
    if (std::find(unit.aliases.begin(), unit.aliases.end(), alias) == unit.aliases.end()) {
      unit.aliases.emplace_back(alias);
    }
  }
  if (!parent.empty())
    links.push_back({core::ParentLink{std::string(code), std::string(parent), from, to}, row.line()});
}

// Checks the links once all rows are read, since a parent may be defined on a later row; then
// stores them in `batch` grouped by child.
void CheckLinks(ParseContext& ctx, const ColumnMap& columns, const std::unordered_map<std::string, UnitSeen>& seen,
                std::vector<LinkRow>& links, ImportBatch& batch) {
  const size_t parent_column = columns.Index(kParent);
  std::unordered_map<std::string, std::vector<size_t>> by_child;
  std::vector<std::string> children;  // in order of first appearance
  for (size_t i = 0; i < links.size(); ++i) {
    const core::ParentLink& link = links[i].link;
    if (!seen.contains(link.parent) && ctx.catalog.FindOrgUnit(link.parent) == nullptr) {
      ctx.problems.Add(links[i].line, parent_column, columns.Name(parent_column),
                       "unknown org unit '" + link.parent + "' (not in the catalog or this file)");
    }
    auto& same_child = by_child[link.child];
    if (same_child.empty()) children.push_back(link.child);
    for (size_t j : same_child) {
      if (Overlap(links[j].link, link)) {
        ctx.problems.Add(links[i].line, parent_column, columns.Name(parent_column),
                         "the link to '" + link.parent + "' overlaps in time the link to '" + links[j].link.parent +
                             "' on line " + std::to_string(links[j].line) + " (a unit has one parent at a time)");
      }
    }
    same_child.push_back(i);
  }
  for (const std::string& child : children) {
    std::vector<size_t>& group = by_child[child];
    std::stable_sort(group.begin(), group.end(), [&](size_t a, size_t b) {
      return links[a].link.valid_from.value_or(core::Date{0, 1, 1}) <
             links[b].link.valid_from.value_or(core::Date{0, 1, 1});
    });
    for (size_t i : group) batch.links.push_back(links[i].link);
  }
}

// The catalog as it will be after the import: units replaced by code, and the links of every
// child the file gives links for replaced by the file's.
core::Catalog Merge(const core::Catalog& catalog, const ImportBatch& batch) {
  core::Catalog merged = catalog;
  for (const core::OrgUnit& unit : batch.org_units) {
    auto it = std::find_if(merged.org_units.begin(), merged.org_units.end(),
                           [&](const core::OrgUnit& u) { return u.code == unit.code; });
    if (it == merged.org_units.end()) {
      merged.org_units.push_back(unit);
    } else {
      *it = unit;
    }
  }
  std::erase_if(merged.links, [&](const core::ParentLink& link) {
    return std::any_of(batch.links.begin(), batch.links.end(),
                       [&](const core::ParentLink& other) { return other.child == link.child; });
  });
  merged.links.insert(merged.links.end(), batch.links.begin(), batch.links.end());
  return merged;
}

}  // namespace

void ParseOrgUnitsCsv(ParseContext& ctx, ImportBatch& batch) {
  const ColumnMap columns(ctx.header, kColumns, ctx.problems);
  if (!columns.ok()) return;
  std::unordered_map<std::string, UnitSeen> seen;
  std::vector<LinkRow> links;
  UidColumn uids(columns, kUid, kCode, ctx.problems);
  ForEachRow(ctx, columns.width(), batch, [&](const CsvRecord& record) {
    RowView row(record, columns, ctx.problems);
    ReadRow(row, uids, batch, seen, links);
  });
  if (!ctx.problems.empty()) return;
  // Once all rows are read, since a unit's uid may be given on any of its rows.
  for (const core::OrgUnit& unit : batch.org_units) uids.Claim(seen.at(unit.code).line, unit.code, core::UidOf(unit));
  if (!ctx.problems.empty()) return;
  CheckLinks(ctx, columns, seen, links, batch);
  if (!ctx.problems.empty()) return;
  // Only cycles are left to find; the checks above named their lines, a cycle has no one line.
  const core::Status hierarchy = core::ValidateHierarchy(Merge(ctx.catalog.catalog(), batch));
  if (!hierarchy.ok()) ctx.problems.AddFile("hierarchy: " + hierarchy.message());
}

}  // namespace polyfon::io
