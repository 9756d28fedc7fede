// Statistics tables onto data values: one value per cell with a number, once every dimension has a
// role (stat_roles) and every category used a code (stat_codes). Spec: docs/formats/json_stat.md.

#include "io/stat_mapping.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "io/data_value_collector.hpp"
#include "io/problem_list.hpp"
#include "io/stat_codes.hpp"
#include "io/stat_roles.hpp"

namespace polyfon::io {

namespace {

std::string NumberText(double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return result.ec == std::errc() ? std::string(buffer, result.ptr) : "the number";
}

// "Region=4601, Tid=2020, ContentsCode=Personer1": where cell `cell` is, in the file's codes.
std::string CellName(const StatCube& cube, size_t cell) {
  std::string name;
  for (size_t d = cube.dimensions.size(); d-- > 0;) {
    const std::vector<StatCategory>& categories = cube.dimensions[d].categories;
    const std::string part = cube.dimensions[d].id + "=" + categories[cell % categories.size()].code;
    name = name.empty() ? part : part + ", " + name;
    cell /= categories.size();
  }
  return name;
}

class CellReader {
 public:
  CellReader(const StatCube& cube, const StatMapping* mapping, const core::CatalogIndex& catalog, StatRoles roles,
             ProblemList& problems)
      : cube_(cube), catalog_(catalog), roles_(std::move(roles)), problems_(problems) {
    // Categories are mapped once each, not once per cell.
    codes_.resize(cube.dimensions.size());
    for (size_t d = 0; d < cube.dimensions.size(); ++d) {
      const std::optional<StatRole> role = roles_.roles[d];
      if (!role) continue;
      for (const StatCategory& category : cube.dimensions[d].categories) {
        codes_[d].push_back({MapStatCategory(*role, cube.dimensions[d], category, mapping, catalog), false});
      }
    }
  }

  // Reads every cell into `batch`, reporting problems; returns the number of cells read (kept).
  size_t Read(ImportBatch& batch);

 private:
  struct Code {
    StatCode code;
    bool reported = false;  // its problem, once, at the first cell that needs it
  };

  void Cell(size_t cell, const std::vector<size_t>& at, double number);
  void Report(size_t cell, std::string_view what) {
    problems_.AddAt(static_cast<int64_t>(cell) + 1, "cell " + CellName(cube_, cell), what);
  }

  const StatCube& cube_;
  const core::CatalogIndex& catalog_;
  StatRoles roles_;
  ProblemList& problems_;
  std::vector<std::vector<Code>> codes_;  // by dimension and category; empty for a dimension without a role
  std::vector<core::DataValue> values_;
  DataValueCollector collector_{values_};
  std::set<std::pair<std::string, std::string>> reported_combos_;  // (element, combo) not allowed
  bool reported_two_combos_ = false;
};

size_t CellReader::Read(ImportBatch& batch) {
  const size_t dims = cube_.dimensions.size();
  std::vector<size_t> at(dims, 0);  // the categories of the current cell, the last varying fastest
  size_t kept = 0;
  collector_.Reserve(cube_.values.size());
  for (size_t cell = 0; cell < cube_.values.size(); ++cell) {
    bool read = true;
    for (size_t d = 0; d < dims && read; ++d) read = !roles_.kept[d] || *roles_.kept[d] == at[d];
    if (read) {
      ++kept;
      const auto symbol = cube_.symbols.find(cell);
      if (cube_.values[cell]) {
        Cell(cell, at, *cube_.values[cell]);
      } else if (symbol != cube_.symbols.end() && !symbol->second.empty()) {
        ++batch.skipped_symbols[symbol->second];
      }
    }
    for (size_t d = dims; d-- > 0;) {
      if (++at[d] < cube_.dimensions[d].categories.size()) break;
      at[d] = 0;
    }
  }
  batch.values = std::move(values_);
  return kept;
}

void CellReader::Cell(size_t cell, const std::vector<size_t>& at, double number) {
  core::DataValue value;
  value.org_unit = roles_.org_unit;
  value.period = roles_.period;
  value.element = roles_.element;
  std::string_view combo_from;
  bool ok = true;
  for (size_t d = 0; d < at.size(); ++d) {
    if (codes_[d].empty()) continue;
    Code& code = codes_[d][at[d]];
    if (!code.code.problem.empty()) {
      if (!code.reported) Report(cell, code.code.problem);
      code.reported = true;
      ok = false;
      continue;
    }
    const std::string& text = code.code.code;
    switch (*roles_.roles[d]) {
      case StatRole::kOrgUnit:
        value.org_unit = text;
        break;
      case StatRole::kPeriod:
        value.period = text;
        break;
      case StatRole::kElement:
        value.element = text;
        break;
      case StatRole::kCombo:
        if (text == core::kDefaultCombo) break;
        if (!combo_from.empty()) {
          if (!reported_two_combos_) {
            Report(cell, "two combos, " + value.combo + " from " + std::string(combo_from) + " and " + text + " from " +
                             cube_.dimensions[d].id + "; a value has one: keep one of the dimensions to its total");
          }
          reported_two_combos_ = true;
          ok = false;
        }
        value.combo = text;
        combo_from = cube_.dimensions[d].id;
        break;
      case StatRole::kAttribute:
        value.attribute_combo = text;
        break;
      case StatRole::kKeep:
        break;
    }
  }
  if (!ok) return;
  const core::DataElement* element = catalog_.FindElement(value.element);
  if (element == nullptr) return;  // checked with the codes
  for (const std::string* combo : {&value.combo, &value.attribute_combo}) {
    if (*combo == core::kDefaultCombo ||
        std::find(element->combos.begin(), element->combos.end(), *combo) != element->combos.end()) {
      continue;
    }
    if (reported_combos_.insert({element->code, *combo}).second) {
      std::string allowed(core::kDefaultCombo);
      for (const std::string& c : element->combos) allowed += ", " + c;
      Report(cell,
             "'" + *combo + "' is not a combo of data element '" + element->code + "' (allowed: " + allowed + ")");
    }
    ok = false;
  }
  if (const std::string why = core::CheckValueAllowed(element->value_type, number); !why.empty()) {
    Report(cell, NumberText(number) + " " + why + " (data element " + element->code + ")");
    ok = false;
  }
  if (!ok) return;
  value.value = number;
  if (const auto symbol = cube_.symbols.find(cell); symbol != cube_.symbols.end() && !symbol->second.empty()) {
    value.provenance.comment = "status: " + symbol->second;
  }
  if (const auto conflict = collector_.Insert(std::move(value), static_cast<int64_t>(cell))) {
    Report(cell,
           ConflictMessage(*conflict, "in cell " + CellName(cube_, static_cast<size_t>(conflict->earlier_position))));
  }
}

core::Status Combined(const ProblemList& rules, const ProblemList& table) {
  if (rules.empty()) return table.ToStatus();
  if (table.empty()) return rules.ToStatus();
  return core::Status::InvalidArgument(rules.ToStatus().message() + "\n" + table.ToStatus().message());
}

}  // namespace

core::Result<ImportBatch> MapStatCube(std::string_view file_name, const StatCube& cube, const StatMapping* mapping,
                                      const core::CatalogIndex& catalog) {
  const std::string file(file_name);
  const size_t cells = cube.CellCount();
  if (cube.values.size() != cells) {
    return core::Status::InvalidArgument(file + ": the table has " + std::to_string(cube.values.size()) +
                                         " values for " + std::to_string(cells) + " cells");
  }
  if (std::none_of(cube.values.begin(), cube.values.end(), [](const auto& v) { return v.has_value(); })) {
    return core::Status::InvalidArgument(
        file + ": no values: " +
        (cells == 0   ? std::string("the table has no cells")
         : cells == 1 ? std::string("the one cell of the table is empty")
                      : "all " + std::to_string(cells) + " cells of the table are empty") +
        " (a file of metadata only, such as a PxWebApi metadata response, has nothing to import)");
  }
  ProblemList problems(file_name);
  ProblemList rule_problems(mapping != nullptr ? std::string_view(mapping->file_name) : file_name);
  StatRoles roles = AssignStatRoles(cube, mapping, catalog, problems, rule_problems);
  if (!problems.empty() || !rule_problems.empty()) return Combined(rule_problems, problems);

  ImportBatch batch;
  batch.rows = static_cast<int64_t>(cells);
  CellReader reader(cube, mapping, catalog, std::move(roles), problems);
  const size_t kept = reader.Read(batch);
  if (!problems.empty()) return problems.ToStatus();
  if (batch.values.empty()) {
    return core::Status::InvalidArgument(file + ": no values: none of the " + std::to_string(kept) +
                                         " cells kept (of " + std::to_string(cells) + ") has a number");
  }
  return batch;
}

core::Result<ImportBatch> ImportStatCube(std::string_view file_name, const StatCube& cube,
                                         const core::CatalogIndex& catalog, const ImportOptions& options,
                                         ImportFormat format) {
  std::optional<StatMapping> mapping;
  if (options.mapping) {
    POLYFON_ASSIGN_OR_RETURN(mapping, ParseStatMapping(options.mapping->name, options.mapping->content));
  }
  POLYFON_ASSIGN_OR_RETURN(ImportBatch batch, MapStatCube(file_name, cube, mapping ? &*mapping : nullptr, catalog));
  batch.format = format;
  return batch;
}

std::string_view StatSymbolMeaning(std::string_view symbol) {
  constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kMeanings{{
      {"..", "not available"},
      {":", "confidential"},
      {".", "not applicable"},
      {"...", "not yet available"},
      {"-", "nil"},
      {"p", "provisional"},
      {"*", "provisional"},
      {"e", "estimated"},
  }};
  for (const auto& [s, meaning] : kMeanings) {
    if (s == symbol) return meaning;
  }
  return "";
}

}  // namespace polyfon::io
