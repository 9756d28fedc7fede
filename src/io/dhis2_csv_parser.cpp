// DHIS2 data value CSV: one value per row, columns named in the header, in any order.
// Spec: docs/formats/dhis2_csv.md. The checks themselves are Dhis2ValueChecker's, shared with JSON.

#include <array>
#include <string>

#include "io/dhis2_value_checker.hpp"
#include "io/parse_context.hpp"

namespace polyfon::io {

namespace {

// Older DHIS2 versions write "timestamp" for "lastupdated" (dhis2-core's own test files do).
// In Dhis2Field order, so a field is also its column spec's index.
constexpr std::array<ColumnSpec, kDhis2FieldCount> kColumns{{
    {"dataelement", true},
    {"period", true},
    {"orgunit", true},
    {"categoryoptioncombo", false},
    {"attributeoptioncombo", false},
    {"value", true},
    {"storedby", false},
    {"lastupdated", false, "timestamp"},
    {"comment", false},
    {"followup", false},
}};

// Names a field by its cell: "f.csv:3: column 6 (value): ...".
class CsvRowSite final : public Dhis2ValueSite {
 public:
  CsvRowSite(const ColumnMap& columns, ProblemList& problems) : columns_(columns), problems_(problems) {}

  void SetLine(int64_t line) { line_ = line; }

  void Report(Dhis2Field field, std::string_view what) override {
    const size_t index = columns_.Index(static_cast<size_t>(field));
    problems_.Add(line_, index, columns_.Name(index), what);
  }
  std::string Earlier(int64_t position) const override { return "on line " + std::to_string(position); }

 private:
  const ColumnMap& columns_;
  ProblemList& problems_;
  int64_t line_ = 0;
};

}  // namespace

void ParseDhis2Csv(ParseContext& ctx, ImportBatch& batch) {
  const ColumnMap columns(ctx.header, kColumns, ctx.problems);
  if (!columns.ok()) return;
  Dhis2ValueChecker checker(ctx.catalog, batch.values, ctx.options.id_schemes);
  checker.Reserve(ctx.reader.RemainingLines());
  CsvRowSite site(columns, ctx.problems);
  Dhis2ValueText text;
  ForEachRow(ctx, columns.width(), batch, [&](const CsvRecord& record) {
    for (size_t field = 0; field < kDhis2FieldCount; ++field) text.fields[field] = columns.Get(record, field);
    site.SetLine(record.line);
    if (auto value = checker.Check(text, site)) checker.Collect(std::move(*value), record.line, site);
  });
}

}  // namespace polyfon::io
