// Pseudonymised microdata: one row per registered contact (person, date, treating unit, procedure
// code, field of care), counted into distinct patients per unit, year and code.
// Spec: docs/formats/microdata.md.

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/period.hpp"
#include "io/column_map.hpp"
#include "io/distinct_person_counter.hpp"
#include "io/parse_context.hpp"

namespace polyfon::io {

namespace {

enum Column : size_t {
  kPersonId,
  kDate,
  kOrgUnit,
  kProcedureCode,
  kFieldOfCare,
};

constexpr std::array<ColumnSpec, 5> kColumns{{
    {"person_id", true},
    {"date", true},
    {"orgunit", true},
    {"procedure_code", true},
    {"field_of_care", true},
}};

std::string AllowedCodes(const core::DataElement& element) {
  std::string text;
  for (const std::string& combo : element.combos) {
    if (!text.empty()) text += ", ";
    text += combo;
  }
  return text;
}

// Checks one row and hands the contact to the counter. No message quotes the person id: messages
// reach terminals, logs and bug reports, where not even a pseudonym may go.
class MicrodataRowParser {
 public:
  MicrodataRowParser(ParseContext& ctx, const ColumnMap& columns, const core::DataElement& element)
      : ctx_(ctx), columns_(columns), element_(element), counter_(ctx.catalog, element) {}

  void Parse(const CsvRecord& record) {
    record_ = &record;
    ok_ = true;
    const std::string_view person = Cell(kPersonId);
    if (person.empty()) Report(kPersonId, "empty; a pseudonymous person id is required");
    const int year = Year();
    const std::string_view org_unit = Cell(kOrgUnit);
    if (org_unit.empty()) {
      Report(kOrgUnit, "empty; the code of the treating org unit is required");
    } else if (ctx_.catalog.FindOrgUnit(org_unit) == nullptr) {
      Report(kOrgUnit, "unknown org unit '" + std::string(org_unit) + "'");
    }
    const size_t code = ProcedureCode();
    // Required so that an export that lost the column is caught, but kept nowhere: the element has
    // no field-of-care disaggregation (docs/formats/microdata.md).
    if (Cell(kFieldOfCare).empty()) {
      Report(kFieldOfCare, "empty; the field of care is required (such as psykisk helsevern, somatikk, TSB)");
    }
    if (!ok_) return;
    counter_.Add(person, year, org_unit, code);
  }

  std::vector<core::DataValue> TakeValues() { return counter_.TakeValues(); }

 private:
  std::string_view Cell(Column column) const { return columns_.Get(*record_, column); }

  void Report(Column column, const std::string& what) {
    const size_t index = columns_.Index(column);
    ctx_.problems.Add(record_->line, index, columns_.Name(index), what);
    ok_ = false;
  }

  // The year of the contact date, or 0 after reporting a problem. Only a full ISO date is taken:
  // core::ParseDate also reads a bare year, which here would hide a truncated export.
  int Year() {
    const std::string_view text = Cell(kDate);
    if (text.empty()) {
      Report(kDate, "empty; the date of the contact is required");
      return 0;
    }
    const std::optional<core::Date> date = text.size() == 10 ? core::ParseDate(text) : std::nullopt;
    if (!date) {
      Report(kDate, "'" + std::string(text) + "' is not a date such as 2019-03-14 (yyyy-mm-dd)");
      return 0;
    }
    // The year becomes a period; Period::Parse knows which years a period may have.
    auto period = core::Period::Parse(text.substr(0, 4));
    if (!period) {
      Report(kDate, "'" + std::string(text) + "': " + period.error().message());
      return 0;
    }
    return date->year;
  }

  // The index of the row's procedure code in the element's combos, or 0 after reporting a problem.
  size_t ProcedureCode() {
    const std::string_view code = Cell(kProcedureCode);
    if (code.empty()) {
      Report(kProcedureCode, "empty; a procedure code is required (allowed: " + AllowedCodes(element_) + ")");
      return 0;
    }
    const auto found = std::find(element_.combos.begin(), element_.combos.end(), code);
    if (found == element_.combos.end()) {
      Report(kProcedureCode, "'" + std::string(code) + "' is not a procedure code of data element '" + element_.code +
                                 "' (allowed: " + AllowedCodes(element_) + ")");
      return 0;
    }
    return static_cast<size_t>(found - element_.combos.begin());
  }

  ParseContext& ctx_;
  const ColumnMap& columns_;
  const core::DataElement& element_;
  DistinctPersonCounter counter_;
  const CsvRecord* record_ = nullptr;
  bool ok_ = true;
};

}  // namespace

void ParseMicrodata(ParseContext& ctx, ImportBatch& batch) {
  const core::DataElement* element = ctx.catalog.FindElement(ctx.options.element);
  if (element == nullptr) {
    ctx.problems.AddFile("data element '" + ctx.options.element +
                         "' (the element the contacts are counted into) is not in the catalog");
    return;
  }
  // Distinct persons may only go into an element that is never added up; anything else would sum
  // them again across units, codes or years.
  if (element->aggregation != core::AggregationType::kDistinct) {
    ctx.problems.AddFile("data element '" + element->code +
                         "' is not a distinct count; microdata are counted into one such as mt_patients");
    return;
  }
  // The header's own cells are not quoted back: in a file without a header they are a person id.
  ProblemList header_problems(ctx.file_name);
  const ColumnMap columns(ctx.header, kColumns, header_problems);
  if (!columns.ok()) {
    ctx.problems.AddLine(ctx.header.line,
                         "the header must name the columns person_id, date, orgunit, procedure_code and "
                         "field_of_care, each once, in any order, and no others");
    return;
  }
  MicrodataRowParser parser(ctx, columns, *element);
  ForEachRow(ctx, columns.width(), batch, [&](const CsvRecord& record) { parser.Parse(record); });
  // A rejected file is not counted; the parser and its persons go when this returns either way.
  if (!ctx.problems.empty()) return;
  batch.values = parser.TakeValues();
}

}  // namespace polyfon::io
