// Indicators: numerator / denominator × factor. Spec: docs/formats/metadata_csv.md.

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/indicator.hpp"
#include "io/number_parser.hpp"
#include "io/parse_context.hpp"
#include "io/row_view.hpp"

namespace polyfon::io {

namespace {

enum Column : size_t { kCode, kName, kNumerator, kDenominator, kFactor, kPoisson, kDescription };

constexpr std::array<ColumnSpec, 7> kColumns{{
    {"code", true},
    {"name", true},
    {"numerator", true},
    {"denominator", false},
    {"factor", false},
    {"poisson_interval", false},
    {"description", false},
}};

// Parses ELEMENT or ELEMENT.COMBO and checks that the catalog has both and that the combo is one
// of the element's, so the indicator can ever have data.
std::optional<core::DataRef> ParseRef(const core::CatalogIndex& catalog, RowView& row, Column column) {
  const std::string_view text = row.Get(column);
  auto ref = core::DataRef::Parse(text);
  if (!ref) {
    row.Report(column, ref.error().message());
    return std::nullopt;
  }
  const core::DataElement* element = catalog.FindElement(ref->element);
  if (element == nullptr) {
    row.Report(column, "unknown data element '" + ref->element + "'");
    return std::nullopt;
  }
  if (ref->combo.empty() || ref->combo == core::kDefaultCombo) return *ref;
  if (catalog.FindCombo(ref->combo) == nullptr) {
    row.Report(column, "unknown category option combo '" + ref->combo + "'");
    return std::nullopt;
  }
  if (std::find(element->combos.begin(), element->combos.end(), ref->combo) == element->combos.end()) {
    row.Report(column, "'" + ref->combo + "' is not a combo of data element '" + element->code + "'");
    return std::nullopt;
  }
  return *ref;
}

}  // namespace

void ParseIndicatorsCsv(ParseContext& ctx, ImportBatch& batch) {
  const ColumnMap columns(ctx.header, kColumns, ctx.problems);
  if (!columns.ok()) return;
  std::unordered_map<std::string, int64_t> first_line;
  ForEachRow(ctx, columns.width(), batch, [&](const CsvRecord& record) {
    RowView row(record, columns, ctx.problems);
    core::Indicator indicator;
    indicator.code = std::string(row.Required(kCode));
    indicator.name = std::string(row.Required(kName));
    std::optional<core::DataRef> numerator;
    if (!row.Required(kNumerator).empty()) numerator = ParseRef(ctx.catalog, row, kNumerator);
    if (!row.Get(kDenominator).empty()) indicator.denominator = ParseRef(ctx.catalog, row, kDenominator);
    if (const std::string_view text = row.Get(kFactor); !text.empty()) {
      auto factor = ParseNumber(text);
      if (factor) {
        indicator.factor = *factor;
      } else {
        row.Report(kFactor, factor.error().message());
      }
    }
    if (const std::string_view text = row.Get(kPoisson); !text.empty()) {
      auto poisson = ParseBoolean(text);
      if (poisson) {
        indicator.poisson_interval = *poisson;
      } else {
        row.Report(kPoisson, poisson.error().message());
      }
    }
    indicator.description = std::string(row.Get(kDescription));
    if (!indicator.code.empty()) {
      const auto [it, inserted] = first_line.emplace(indicator.code, row.line());
      if (!inserted) row.Report(kCode, "'" + indicator.code + "' is already on line " + std::to_string(it->second));
    }
    if (!row.ok()) return;
    indicator.numerator = std::move(*numerator);
    batch.indicators.push_back(std::move(indicator));
  });
}

}  // namespace polyfon::io
