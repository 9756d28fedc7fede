#include "app/query_output.hpp"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace polyfon::app {

namespace {

double Round2(double value) { return std::round(value * 100.0) / 100.0; }

nlohmann::json JsonNumber(double value) {
  if (std::floor(value) == value && std::fabs(value) < 9e15) return static_cast<int64_t>(value);
  return Round2(value);
}

std::string Optional(const std::optional<double>& value) { return value ? FormatNumber(*value) : ""; }

std::string CsvField(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

}  // namespace

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "table") return OutputFormat::kTable;
  if (name == "csv") return OutputFormat::kCsv;
  if (name == "json") return OutputFormat::kJson;
  return std::nullopt;
}

std::string FormatNumber(double value) {
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

std::string RenderTable(const std::vector<analytics::ResultRow>& rows, double level) {
  char ci_label[32];
  std::snprintf(ci_label, sizeof ci_label, "%g %% CI", level * 100);
  std::vector<std::vector<std::string>> cells;
  cells.push_back({"dx", "ou", "pe", "value", ci_label, "numerator", "denominator", "status"});
  for (const analytics::ResultRow& row : rows) {
    std::string ci = row.ci_low && row.ci_high ? FormatNumber(*row.ci_low) + "–" + FormatNumber(*row.ci_high) : "";
    cells.push_back({row.dx, row.ou, row.pe, Optional(row.value), ci, Optional(row.numerator),
                     Optional(row.denominator), analytics::RowStatusName(row.status)});
  }
  // Width in characters, not bytes: the en dash is three bytes of UTF-8.
  auto width = [](const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  };
  std::vector<size_t> widths(cells.front().size(), 0);
  for (const auto& line : cells) {
    for (size_t i = 0; i < line.size(); ++i) widths[i] = std::max(widths[i], width(line[i]));
  }
  std::string out;
  for (const auto& line : cells) {
    std::string text;
    for (size_t i = 0; i < line.size(); ++i) {
      const bool numeric = i >= 3 && i <= 6;
      const std::string pad(widths[i] - width(line[i]), ' ');
      text += numeric ? pad + line[i] : line[i] + pad;
      if (i + 1 < line.size()) text += "  ";
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  }
  return out;
}

}  // namespace polyfon::app
