// DHIS2 data value CSV: one value per row, columns named in the header, in any order.
// Spec: docs/formats/dhis2_csv.md.

#include <algorithm>
#include <array>
#include <string>

#include "core/period.hpp"
#include "io/data_value_collector.hpp"
#include "io/number_parser.hpp"
#include "io/parse_context.hpp"

namespace polyfon::io {

namespace {

enum Column : size_t {
  kElement,
  kPeriod,
  kOrgUnit,
  kCombo,
  kAttributeCombo,
  kValue,
  kStoredBy,
  kLastUpdated,
  kComment,
  kFollowup,
};

// Older DHIS2 versions write "timestamp" for "lastupdated" (dhis2-core's own test files do).
constexpr std::array<ColumnSpec, 10> kColumns{{
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

std::string AllowedCombos(const core::DataElement& element) {
  std::string text(core::kDefaultCombo);
  for (const std::string& combo : element.combos) text += ", " + combo;
  return text;
}

// Reads one row. Keeps a one-entry period cache because files list many values per period and
// canonicalising a period costs more than the rest of the row.
class Dhis2RowParser {
 public:
  Dhis2RowParser(ParseContext& ctx, const ColumnMap& columns, ImportBatch& batch)
      : ctx_(ctx), columns_(columns), collector_(batch.values, ctx.problems) {
    collector_.Reserve(ctx.reader.RemainingLines());
  }

  void Parse(const CsvRecord& record) {
    record_ = &record;
    ok_ = true;
    const core::DataElement* element = nullptr;
    if (const std::string_view code = Cell(kElement); code.empty()) {
      Report(kElement, "empty; a data element code is required");
    } else if ((element = ctx_.catalog.FindElement(code)) == nullptr) {
      Report(kElement, "unknown data element '" + std::string(code) + "'");
    }
    const std::string period = PeriodId();
    const std::string_view org_unit = Cell(kOrgUnit);
    if (org_unit.empty()) {
      Report(kOrgUnit, "empty; an org unit code is required");
    } else if (ctx_.catalog.FindOrgUnit(org_unit) == nullptr) {
      Report(kOrgUnit, "unknown org unit '" + std::string(org_unit) + "'");
    }
    const std::string_view combo = Combo(kCombo, element);
    const std::string_view attribute_combo = Combo(kAttributeCombo, element);
    double value = 0;
    if (element != nullptr) {
      auto parsed = ParseValue(element->value_type, Cell(kValue));
      if (parsed) {
        value = *parsed;
      } else {
        Report(kValue, parsed.error().message());
      }
    }
    bool followup = false;
    if (const std::string_view text = Cell(kFollowup); !text.empty()) {
      auto parsed = ParseBoolean(text);
      if (parsed) {
        followup = *parsed;
      } else {
        Report(kFollowup, parsed.error().message());
      }
    }
    if (!ok_) return;

    core::DataValue out;
    out.element = element->code;
    out.period = period;
    out.org_unit = std::string(org_unit);
    out.combo = std::string(combo);
    out.attribute_combo = std::string(attribute_combo);
    out.value = value;
    const std::string_view stored_by = Cell(kStoredBy);
    const std::string_view last_updated = Cell(kLastUpdated);
    // Left empty when the row has none: the store records the import's own (ImportSource).
    out.provenance.stored_by = std::string(stored_by);
    out.provenance.last_updated = std::string(last_updated);
    out.provenance.comment = std::string(Cell(kComment));
    out.provenance.followup = followup;
    const size_t value_column = columns_.Index(kValue);
    collector_.Add(std::move(out), record.line, value_column, columns_.Name(value_column));
  }

 private:
  std::string_view Cell(Column column) const { return columns_.Get(*record_, column); }

  void Report(Column column, const std::string& what) {
    const size_t index = columns_.Index(column);
    ctx_.problems.Add(record_->line, index, columns_.Name(index), what);
    ok_ = false;
  }

  std::string PeriodId() {
    const std::string_view text = Cell(kPeriod);
    if (text.empty()) {
      Report(kPeriod, "empty; a period is required");
      return {};
    }
    if (text == last_period_text_) return last_period_id_;
    auto period = core::Period::Parse(text);
    if (!period) {
      Report(kPeriod, period.error().message());
      return {};
    }
    last_period_text_ = std::string(text);
    last_period_id_ = period->Id();
    return last_period_id_;
  }

  // The combo code in `column` ("default" if empty or absent), reporting one that is unknown or
  // not among the element's combos.
  std::string_view Combo(Column column, const core::DataElement* element) {
    const std::string_view code = Cell(column);
    if (code.empty() || code == core::kDefaultCombo) return core::kDefaultCombo;
    if (ctx_.catalog.FindCombo(code) == nullptr) {
      Report(column, "unknown category option combo '" + std::string(code) + "'");
    } else if (element != nullptr &&
               std::find(element->combos.begin(), element->combos.end(), code) == element->combos.end()) {
      Report(column, "'" + std::string(code) + "' is not a combo of data element '" + element->code +
                         "' (allowed: " + AllowedCombos(*element) + ")");
    }
    return code;
  }

  ParseContext& ctx_;
  const ColumnMap& columns_;
  DataValueCollector collector_;
  const CsvRecord* record_ = nullptr;
  bool ok_ = true;
  std::string last_period_text_;
  std::string last_period_id_;
};

}  // namespace

void ParseDhis2Csv(ParseContext& ctx, ImportBatch& batch) {
  const ColumnMap columns(ctx.header, kColumns, ctx.problems);
  if (!columns.ok()) return;
  Dhis2RowParser parser(ctx, columns, batch);
  ForEachRow(ctx, columns.width(), batch, [&](const CsvRecord& record) { parser.Parse(record); });
}

}  // namespace polyfon::io
