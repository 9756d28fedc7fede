#include "app/query_output.hpp"

#include "app/csv_field.hpp"
#include "app/json_number.hpp"
#include "app/text_table.hpp"
#include "io/xlsx_writer.hpp"

#include <cmath>
#include <cstdio>

namespace polyfon::app {

namespace {

double Round2(double value) { return std::round(value * 100.0) / 100.0; }

std::string Optional(const std::optional<double>& value) { return value ? FormatNumber(*value) : ""; }

}  // namespace

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "table") return OutputFormat::kTable;
  if (name == "csv") return OutputFormat::kCsv;
  if (name == "json") return OutputFormat::kJson;
  return std::nullopt;
}

std::string FormatNumber(double value) {
  if (std::isinf(value)) return value > 0 ? "∞" : "-∞";
  char buf[64];
  if (std::floor(value) == value && std::fabs(value) < 9e15) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(value));
  } else {
    std::snprintf(buf, sizeof buf, "%.2f", Round2(value));
  }
  return buf;
}

std::string RenderJson(const std::vector<analytics::ResultRow>& rows) {
  nlohmann::ordered_json out;
  out["rows"] = nlohmann::ordered_json::array();
  for (const analytics::ResultRow& row : rows) {
    nlohmann::ordered_json item;
    item["dx"] = row.dx;
    item["ou"] = row.ou;
    item["pe"] = row.pe;
    if (row.status == analytics::RowStatus::kOk) {
      const std::pair<const char*, const std::optional<double>*> fields[] = {
          {"value", &row.value},   {"numerator", &row.numerator}, {"denominator", &row.denominator},
          {"ci_low", &row.ci_low}, {"ci_high", &row.ci_high}};
      for (const auto& [name, value] : fields) {
        if (*value) item[name] = JsonNumber(**value);
      }
    }
    item["status"] = analytics::RowStatusName(row.status);
    out["rows"].push_back(std::move(item));
  }
  return out.dump();
}

std::string RenderCsv(const std::vector<analytics::ResultRow>& rows) {
  std::string out = "dx,ou,pe,value,numerator,denominator,ci_low,ci_high,status\n";
  for (const analytics::ResultRow& row : rows) {
    out += CsvField(row.dx) + "," + CsvField(row.ou) + "," + CsvField(row.pe) + "," + Optional(row.value) + "," +
           Optional(row.numerator) + "," + Optional(row.denominator) + "," + Optional(row.ci_low) + "," +
           Optional(row.ci_high) + "," + analytics::RowStatusName(row.status) + "\n";
  }
  return out;
}

std::string IntervalLabel(double level) {
  char label[32];
  std::snprintf(label, sizeof label, "%g %% CI", level * 100);
  return label;
}

std::string FormatInterval(const std::optional<double>& low, const std::optional<double>& high) {
  return low && high ? FormatNumber(*low) + "–" + FormatNumber(*high) : "";
}

std::string RenderTable(const std::vector<analytics::ResultRow>& rows, double level) {
  const std::string ci_label = IntervalLabel(level);
  std::vector<std::vector<std::string>> cells;
  cells.push_back({"dx", "ou", "pe", "value", ci_label, "numerator", "denominator", "status"});
  for (const analytics::ResultRow& row : rows) {
    const std::string ci = FormatInterval(row.ci_low, row.ci_high);
    cells.push_back({row.dx, row.ou, row.pe, Optional(row.value), ci, Optional(row.numerator),
                     Optional(row.denominator), analytics::RowStatusName(row.status)});
  }
  return AlignColumns(cells, {false, false, false, true, true, true, true, false});
}

core::Result<std::string> RenderXlsx(const std::vector<analytics::ResultRow>& rows) {
  io::XlsxSheet sheet;
  sheet.header = {"dx", "ou", "pe", "value", "numerator", "denominator", "ci_low", "ci_high", "status"};
  auto number = [](const std::optional<double>& x) -> io::XlsxSheet::Cell {
    if (x) return *x;
    return std::monostate{};
  };
  for (const analytics::ResultRow& r : rows) {
    const bool ok = r.status == analytics::RowStatus::kOk;
    sheet.rows.push_back({r.dx, r.ou, r.pe, ok ? number(r.value) : std::monostate{},
                          ok ? number(r.numerator) : std::monostate{}, ok ? number(r.denominator) : std::monostate{},
                          ok ? number(r.ci_low) : std::monostate{}, ok ? number(r.ci_high) : std::monostate{},
                          std::string(analytics::RowStatusName(r.status))});
  }
  return io::WriteXlsx(sheet);
}

}  // namespace polyfon::app
