// Query rows as a PX-Axis file, keywords in the order PX 2013 recommends. How records are quoted,
// clipped and wrapped is px_records'.

#include "app/px_output.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "app/item_label.hpp"
#include "app/px_records.hpp"

namespace polyfon::app {

namespace {

// DATA may hold only numbers, "-" and one to six dots (PxWeb's reader fails on anything else), so
// a hidden cell is stored as three dots and DATASYMBOL3 shows it as SSB's ":" (confidential).
constexpr std::string_view kHiddenCell = "\"...\"";
constexpr std::string_view kHiddenSymbol = "DATASYMBOL3=\":\";\n";

// The time variable: named for what its periods count, with TIMEVAL's scale.
struct TimeAxis {
  std::string variable;
  std::string scale;  // empty: periods of mixed types, which no TLIST can hold
};

TimeAxis TimeAxisOf(const std::vector<core::Period>& periods) {
  const bool one_type = !periods.empty() && std::all_of(periods.begin(), periods.end(), [&](const core::Period& p) {
    return p.type() == periods.front().type();
  });
  if (!one_type) return {"period", ""};
  switch (periods.front().type()) {
    case core::PeriodType::kYearly:
      return {"year", "A1"};
    case core::PeriodType::kQuarterly:
      return {"quarter", "Q1"};
    case core::PeriodType::kMonthly:
      return {"month", "M1"};
    case core::PeriodType::kWeekly:
      return {"week", "W1"};
  }
  return {"period", ""};
}

// A period in TIMEVAL's own codes: CCYY, CCYYQ, CCYYMM, CCYYWW.
std::string TimeCode(const core::Period& period) {
  char code[32];
  if (period.type() == core::PeriodType::kYearly) {
    std::snprintf(code, sizeof code, "%04d", period.year());
  } else if (period.type() == core::PeriodType::kQuarterly) {
    std::snprintf(code, sizeof code, "%04d%d", period.year(), period.index());
  } else {
    std::snprintf(code, sizeof code, "%04d%02d", period.year(), period.index());
  }
  return code;
}

// "20260101 00:00" (PX's CCYYMMDD hh:mm) from "2026-01-01T00:00:00Z"; empty if `iso` is no such time.
std::string PxTime(std::string_view iso) {
  if (iso.size() < 16 || iso[4] != '-' || iso[7] != '-' || iso[10] != 'T' || iso[13] != ':') return {};
  std::string time(iso.substr(0, 4));
  time.append(iso.substr(5, 2)).append(iso.substr(8, 2)).append(" ").append(iso.substr(11, 5));
  return time;
}

// Decimals a number needs at the two that every output rounds to.
int DecimalsNeeded(double value) {
  const double hundredths = std::round(value * 100);
  if (std::fmod(hundredths, 100) == 0) return 0;
  return std::fmod(hundredths, 10) == 0 ? 1 : 2;
}

std::string Cell(const analytics::ResultRow& row, int decimals) {
  switch (row.status) {
    case analytics::RowStatus::kSuppressed:
      return std::string(kHiddenCell);
    case analytics::RowStatus::kMissing:
      return "\"..\"";
    case analytics::RowStatus::kOk:
      break;
  }
  if (!row.value) return "\"..\"";
  if (!std::isfinite(*row.value)) return "\".\"";  // a ratio over zero: not applicable
  double rounded = std::round(*row.value * 100) / 100;
  if (rounded == 0) rounded = 0;  // -0.001 is "0", not "-0"
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, rounded);
  return text;
}

// "100 000": a factor as Norwegian readers group digits.
std::string Grouped(double factor) {
  if (std::floor(factor) != factor || factor < 1 || factor >= 1e15) {
    char text[64];
    std::snprintf(text, sizeof text, "%g", factor);
    return text;
  }
  const std::string digits = std::to_string(static_cast<long long>(factor));
  std::string grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ' ';
    grouped += digits[i];
  }
  return grouped;
}

// What an item's figures are counted in: a rate per its factor, else plain numbers.
std::string Units(const std::string& item, const core::CatalogIndex& index) {
  const core::Indicator* indicator = index.FindIndicator(item);
  if (indicator == nullptr || !indicator->denominator) return "number";
  return indicator->factor == 1 ? "ratio" : "per " + Grouped(indicator->factor);
}

// Category labels as the format takes them. A label also names its category in the subkeys of
// other records (UNITS("Patients")), on one line with them, so it is kept to kLongestLabel bytes,
// and it must stand for one category only: a label that several share gets its code added.
constexpr size_t kLongestLabel = 200;

std::vector<std::string> Labels(std::vector<std::string> labels, const std::vector<std::string>& codes) {
  std::map<std::string, int> uses;
  for (std::string& label : labels) {
    label = PxClipped(PxQuotable(label), kLongestLabel);
    ++uses[label];
  }
  for (size_t i = 0; i < labels.size(); ++i) {
    if (uses[labels[i]] < 2) continue;
    const std::string code = " (" + PxClipped(PxQuotable(codes[i]), kLongestLabel / 2) + ")";
    labels[i] = PxClipped(labels[i], kLongestLabel - code.size()) + code;
  }
  return labels;
}

}  // namespace

std::string RenderPx(const std::vector<analytics::ResultRow>& rows, const analytics::QuerySpec& spec,
                     const core::CatalogIndex& index, std::string_view now) {
  std::vector<std::string> item_labels;
  for (const std::string& item : spec.items) item_labels.push_back(ItemLabel(item, index));
  item_labels = Labels(std::move(item_labels), spec.items);
  std::vector<std::string> unit_labels;
  for (const std::string& ou : spec.org_units) {
    const core::OrgUnit* unit = index.FindOrgUnit(ou);
    unit_labels.push_back(unit != nullptr ? unit->name : ou);
  }
  unit_labels = Labels(std::move(unit_labels), spec.org_units);
  std::vector<std::string> period_ids;
  std::vector<std::string> time_codes;
  for (const core::Period& period : spec.periods) {
    period_ids.push_back(period.Id());
    time_codes.push_back(TimeCode(period));
  }
  const TimeAxis time = TimeAxisOf(spec.periods);

  // Rows come items × org units × periods: each item's block of cells shares its decimals.
  const size_t per_item = std::max<size_t>(1, spec.org_units.size() * spec.periods.size());
  std::vector<int> decimals(spec.items.size(), 0);
  bool hidden = false;
  for (size_t i = 0; i < rows.size(); ++i) {
    const analytics::ResultRow& row = rows[i];
    hidden = hidden || row.status == analytics::RowStatus::kSuppressed;
    if (i / per_item < decimals.size() && row.status == analytics::RowStatus::kOk && row.value &&
        std::isfinite(*row.value)) {
      decimals[i / per_item] = std::max(decimals[i / per_item], DecimalsNeeded(*row.value));
    }
  }
  const int stored = decimals.empty() ? 0 : *std::max_element(decimals.begin(), decimals.end());
  const int shown = decimals.empty() ? 0 : *std::min_element(decimals.begin(), decimals.end());
  const std::string contents = item_labels.size() == 1 ? item_labels.front() : "Polyfon figures";

  std::string out;
  out += "CHARSET=\"ANSI\";\n";  // Windows text, not DOS; CODEPAGE then names the code page
  out += "AXIS-VERSION=\"2013\";\n";
  out += "CODEPAGE=\"utf-8\";\n";
  out += "LANGUAGE=\"en\";\n";
  out += "DECIMALS=" + std::to_string(stored) + ";\n";
  out += "SHOWDECIMALS=" + std::to_string(shown) + ";\n";
  out += "MATRIX=\"Polyfon\";\n";
  out += "SUBJECT-CODE=\"MT\";\n";
  out += "SUBJECT-AREA=\"Music therapy\";\n";
  AppendPxText(
      out, "TITLE=", contents + " by " + (item_labels.size() > 1 ? "contents, " : "") + "region and " + time.variable);
  AppendPxText(out, "CONTENTS=", contents);
  out += "STUB=\"contents\",\"region\";\n";
  out += "HEADING=\"" + time.variable + "\";\n";
  out += "CONTVARIABLE=\"contents\";\n";
  AppendPxList(out, "VALUES(\"contents\")=", item_labels);
  AppendPxList(out, "VALUES(\"region\")=", unit_labels);
  AppendPxList(out, "VALUES(\"" + time.variable + "\")=", period_ids);
  if (!time.scale.empty()) {
    AppendPxList(out, "TIMEVAL(\"" + time.variable + "\")=TLIST(" + time.scale + "),", time_codes);
  }
  AppendPxList(out, "CODES(\"contents\")=", spec.items);
  AppendPxList(out, "CODES(\"region\")=", spec.org_units);
  for (size_t i = 0; i < item_labels.size(); ++i) {
    if (decimals[i] > shown) {
      out += "PRECISION(\"contents\",\"" + item_labels[i] + "\")=" + std::to_string(decimals[i]) + ";\n";
    }
  }
  const std::string updated = PxTime(now);
  for (size_t i = 0; i < item_labels.size() && !updated.empty(); ++i) {
    out += "LAST-UPDATED(\"" + item_labels[i] + "\")=\"" + updated + "\";\n";
  }
  for (size_t i = 0; i < item_labels.size(); ++i) {
    out += "UNITS(\"" + item_labels[i] + "\")=\"" + Units(spec.items[i], index) + "\";\n";
  }
  out += "SOURCE=\"Polyfon\";\n";
  if (hidden) out += kHiddenSymbol;
  // One line per stub row (item and org unit), its periods across.
  out += "DATA=\n";
  const size_t columns = std::max<size_t>(1, spec.periods.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    out += Cell(rows[i], i / per_item < decimals.size() ? decimals[i / per_item] : stored);
    out += (i + 1) % columns == 0 ? '\n' : ' ';
  }
  if (!rows.empty()) out.pop_back();
  out += ";\n";
  return out;
}

}  // namespace polyfon::app
