// The NPR table: a year column, then one column per org unit, as the Norwegian Patient Registry
// and the cluster publish patient counts. Spec: docs/formats/npr_table.md.

#include <array>
#include <string>
#include <vector>

#include "core/period.hpp"
#include "core/text.hpp"
#include "io/data_value_collector.hpp"
#include "io/npr_table.hpp"
#include "io/number_parser.hpp"
#include "io/parse_context.hpp"

namespace polyfon::io {

namespace {

// Symbols statistics offices print for a missing figure (SSB: "." not applicable, ".." not
// available, ":" suppressed; "-" nil or not available).
constexpr std::array<std::string_view, 4> kMissingSymbols{".", "..", ":", "-"};

bool IsMissing(std::string_view cell) {
  if (cell.empty()) return true;
  for (std::string_view symbol : kMissingSymbols) {
    if (cell == symbol) return true;
  }
  return false;
}

struct UnitColumn {
  std::string code;
  std::string name;  // header text, for messages
};

// The org unit of each column after the first, or an empty code where there is a problem.
std::vector<UnitColumn> MatchColumns(ParseContext& ctx) {
  const CsvRecord& header = ctx.header;
  std::vector<UnitColumn> units(header.size());
  const std::string_view year_name = core::Trim(header[0]);
  units[0].name = std::string(year_name);
  if (!IsNprYearColumn(year_name)) {
    ctx.problems.Add(header.line, 0, year_name, "the first column must be the year (year or år)");
  }
  if (header.size() < 2) ctx.problems.AddLine(header.line, "no org unit columns after the year column");
  for (size_t column = 1; column < header.size(); ++column) {
    const std::string_view name = core::Trim(header[column]);
    units[column].name = std::string(name);
    if (name.empty()) {
      ctx.problems.AddLine(header.line, "column " + std::to_string(column + 1) + " has no name");
      continue;
    }
    const core::OrgUnit* unit = ctx.catalog.MatchOrgUnit(name);
    if (unit == nullptr) {
      ctx.problems.Add(header.line, column, name, "unknown org unit (not a code, name or alias in the catalog)");
      continue;
    }
    for (size_t earlier = 1; earlier < column; ++earlier) {
      if (units[earlier].code == unit->code) {
        ctx.problems.Add(header.line, column, name,
                         "same org unit (" + unit->code + ") as column " + std::to_string(earlier + 1));
      }
    }
    units[column].code = unit->code;
  }
  return units;
}

}  // namespace

bool IsNprYearColumn(std::string_view header_cell) {
  const std::string key = core::NameKey(header_cell);
  return key == "year" || key == "\xC3\xA5r" || key == "aar";  // "år"
}

void ParseNprTable(ParseContext& ctx, ImportBatch& batch) {
  const core::DataElement* element = ctx.catalog.FindElement(ctx.options.element);
  if (element == nullptr) {
    ctx.problems.AddFile("data element '" + ctx.options.element +
                         "' (the element the table counts) is not in the catalog");
    return;
  }
  const size_t problems_before = ctx.problems.size();
  const std::vector<UnitColumn> units = MatchColumns(ctx);
  if (ctx.problems.size() != problems_before) return;

  DataValueCollector collector(batch.values, ctx.problems);
  collector.Reserve(ctx.reader.RemainingLines() * (units.size() - 1));
  ForEachRow(ctx, units.size(), batch, [&](const CsvRecord& record) {
    const std::string_view year_text = core::Trim(record[0]);
    auto period = core::Period::Parse(year_text);
    if (year_text.size() != 4 || !period || period->type() != core::PeriodType::kYearly) {
      ctx.problems.Add(record.line, 0, units[0].name, "'" + std::string(year_text) + "' is not a year such as 2016");
      return;
    }
    const std::string period_id = period->Id();
    for (size_t column = 1; column < units.size(); ++column) {
      const std::string_view cell = core::Trim(record[column]);
      if (IsMissing(cell)) continue;
      auto value = ParseValue(element->value_type, cell);
      if (!value) {
        ctx.problems.Add(record.line, column, units[column].name, value.error().message());
        continue;
      }
      core::DataValue out;
      out.element = element->code;
      out.period = period_id;
      out.org_unit = units[column].code;
      out.value = *value;
      // The store records the import's own user and time for values without them (ImportSource).
      collector.Add(std::move(out), record.line, column, units[column].name);
    }
  });
}

}  // namespace polyfon::io
