// Validation rules and min-max bounds from CSV. Spec: docs/formats/validation_rules.md.

#include "io/validation_rules_parser.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <set>

#include "io/column_map.hpp"
#include "io/csv_reader.hpp"
#include "io/number_parser.hpp"
#include "io/problem_list.hpp"
#include "io/row_view.hpp"

namespace polyfon::io {
namespace {

// Reads every non-blank row of a header-first CSV, calling on_row(row view) for each.
template <size_t N, typename OnRow>
core::Status ReadRows(std::string_view file_name, std::string_view content, const std::array<ColumnSpec, N>& specs,
                      OnRow&& on_row) {
  POLYFON_ASSIGN_OR_RETURN(CsvReader reader, CsvReader::Open(file_name, content));
  CsvRecord header;
  if (!reader.Next(&header)) {
    if (!reader.status().ok()) return reader.status();
    return core::Status::InvalidArgument(std::string(file_name) + ": file is empty");
  }
  ProblemList problems(file_name);
  const ColumnMap columns(header, specs, problems);
  if (columns.ok()) {
    CsvRecord record;
    while (reader.Next(&record)) {
      if (record.IsBlank()) continue;
      if (record.size() != columns.width()) {
        problems.AddLine(record.line, "expected " + std::to_string(columns.width()) +
                                          " columns as in the header, found " + std::to_string(record.size()));
        continue;
      }
      RowView row(record, columns, problems);
      on_row(row);
    }
    if (!reader.status().ok()) problems.AddMessage(reader.status());
  }
  return problems.empty() ? core::Status::Ok() : problems.ToStatus();
}

// Whether the catalog has the element and the combo is one of its own (or "default").
std::optional<std::string> CheckRef(const core::CatalogIndex& catalog, const std::string& element,
                                    const std::string& combo) {
  const core::DataElement* found = catalog.FindElement(element);
  if (found == nullptr) return "unknown data element '" + element + "'";
  if (combo == "default") return std::nullopt;
  if (std::find(found->combos.begin(), found->combos.end(), combo) == found->combos.end()) {
    return "'" + combo + "' is not a combo of data element '" + element + "'";
  }
  return std::nullopt;
}

// A side's expression, checked against the catalog; nullopt after reporting a problem, or, with
// `skip_unknown`, silently when it names an element the catalog lacks (`*skipped` is then set).
std::optional<core::Expression> ParseSide(const core::CatalogIndex& catalog, RowView& row, size_t column,
                                          bool skip_unknown, bool* skipped) {
  auto expression = core::Expression::Parse(row.Required(column));
  if (!expression) {
    if (!row.Get(column).empty()) row.Report(column, expression.error().message());
    return std::nullopt;
  }
  for (const core::Operand& operand : expression->operands()) {
    if (skip_unknown && catalog.FindElement(operand.element) == nullptr) {
      *skipped = true;
      return std::nullopt;
    }
    if (auto problem = CheckRef(catalog, operand.element, operand.combo)) {
      row.Report(column, *problem);
      return std::nullopt;
    }
  }
  return *expression;
}

enum RuleColumn : size_t { kCode, kName, kLeft, kOperator, kRight, kKind, kImportance, kMissingAsZero };
constexpr std::array<ColumnSpec, 8> kRuleColumns{{
    {"code", true},
    {"name", true},
    {"left", true},
    {"operator", true},
    {"right", true},
    {"org_unit_kind", true},
    {"importance", false},
    {"missing_as_zero", false},
}};

enum BoundColumn : size_t { kElement, kCombo, kOrgUnit, kMin, kMax };
constexpr std::array<ColumnSpec, 5> kBoundColumns{{
    {"element", true},
    {"combo", false},
    {"org_unit", false},
    {"min", false},
    {"max", false},
}};

std::optional<double> OptionalNumber(RowView& row, size_t column) {
  const std::string_view text = row.Get(column);
  if (text.empty()) return std::nullopt;
  auto number = ParseNumber(text);
  if (!number) {
    row.Report(column, number.error().message());
    return std::nullopt;
  }
  return *number;
}

}  // namespace

core::Result<std::vector<core::ValidationRule>> ParseValidationRules(std::string_view file_name,
                                                                     std::string_view content,
                                                                     const core::CatalogIndex& catalog,
                                                                     bool skip_unknown_elements) {
  std::vector<core::ValidationRule> rules;
  std::set<std::string> codes;
  POLYFON_RETURN_IF_ERROR(ReadRows(file_name, content, kRuleColumns, [&](RowView& row) {
    core::ValidationRule rule;
    rule.code = std::string(row.Required(kCode));
    rule.name = std::string(row.Required(kName));
    if (!rule.code.empty() && !codes.insert(rule.code).second) row.Report(kCode, "rule '" + rule.code + "' is defined twice");
    bool skipped = false;
    auto left = ParseSide(catalog, row, kLeft, skip_unknown_elements, &skipped);
    auto right = ParseSide(catalog, row, kRight, skip_unknown_elements, &skipped);
    if (auto op = core::ParseRuleOperator(row.Required(kOperator))) {
      rule.op = *op;
    } else if (!row.Get(kOperator).empty()) {
      row.Report(kOperator, "unknown operator '" + std::string(row.Get(kOperator)) + "' (==, !=, <, <=, >, >=)");
    }
    if (AsciiLower(row.Get(kKind)) == "any") {
      rule.org_unit_kind.reset();
    } else if (auto kind = core::ParseOrgUnitKind(AsciiLower(row.Required(kKind)))) {
      rule.org_unit_kind = *kind;
    } else if (!row.Get(kKind).empty()) {
      row.Report(kKind, "unknown org unit kind '" + std::string(row.Get(kKind)) + "' (or 'any')");
    }
    if (const std::string_view text = row.Get(kImportance); !text.empty()) {
      if (auto importance = core::ParseRuleImportance(AsciiLower(text))) {
        rule.importance = *importance;
      } else {
        row.Report(kImportance, "unknown importance '" + std::string(text) + "' (low, medium, high)");
      }
    }
    if (const std::string_view text = row.Get(kMissingAsZero); !text.empty()) {
      if (auto flag = ParseBoolean(text)) {
        rule.missing_as_zero = *flag;
      } else {
        row.Report(kMissingAsZero, flag.error().message());
      }
    }
    if (!row.ok() || !left || !right || skipped) return;
    rule.left = std::move(*left);
    rule.right = std::move(*right);
    rules.push_back(std::move(rule));
  }));
  return rules;
}

core::Result<std::vector<core::MinMaxBound>> ParseMinMaxBounds(std::string_view file_name, std::string_view content,
                                                               const core::CatalogIndex& catalog) {
  std::vector<core::MinMaxBound> bounds;
  POLYFON_RETURN_IF_ERROR(ReadRows(file_name, content, kBoundColumns, [&](RowView& row) {
    core::MinMaxBound bound;
    bound.element = std::string(row.Required(kElement));
    if (const std::string_view combo = row.Get(kCombo); !combo.empty()) bound.combo = std::string(combo);
    if (!bound.element.empty()) {
      if (auto problem = CheckRef(catalog, bound.element, bound.combo)) row.Report(kElement, *problem);
    }
    bound.org_unit = std::string(row.Get(kOrgUnit));
    if (!bound.org_unit.empty() && catalog.FindOrgUnit(bound.org_unit) == nullptr) {
      row.Report(kOrgUnit, "unknown org unit '" + bound.org_unit + "'");
    }
    bound.min = OptionalNumber(row, kMin);
    bound.max = OptionalNumber(row, kMax);
    if (bound.min && bound.max && *bound.min > *bound.max) row.Report(kMin, "min is greater than max");
    if (row.ok()) bounds.push_back(std::move(bound));
  }));
  return bounds;
}

}  // namespace polyfon::io
