#include "app/validation_output.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "app/json_number.hpp"
#include "app/text_table.hpp"

namespace polyfon::app {
namespace {

std::string Number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

std::string Bound(const std::optional<double>& value) { return value ? Number(*value) : "–"; }

}  // namespace

std::string DescribeViolation(const analytics::RuleViolation& v) {
  return "validation rule " + v.rule.code + " (" + core::RuleImportanceName(v.rule.importance) + ") does not hold for " +
         v.org_unit + " " + v.period + ": " + Number(v.left) + " " + core::RuleOperatorSymbol(v.rule.op) + " " +
         Number(v.right) + " (" + v.rule.name + ")";
}

std::string RenderValidationTable(const ValidateReport& report) {
  std::string out;
  const auto& violations = report.result.violations;
  if (!violations.empty()) {
    std::vector<std::vector<std::string>> rows{{"rule", "importance", "ou", "pe", "left", "op", "right"}};
    for (const analytics::RuleViolation& v : violations) {
      rows.push_back({v.rule.code, core::RuleImportanceName(v.rule.importance), v.org_unit, v.period, Number(v.left),
                      core::RuleOperatorSymbol(v.rule.op), Number(v.right)});
    }
    out += AlignColumns(rows, {false, false, false, false, true, false, true});
  }
  if (!report.outliers.empty()) {
    if (!out.empty()) out += "\n";
    std::vector<std::vector<std::string>> rows{{"outlier", "dx", "co", "ou", "pe", "value", "score", "min", "max"}};
    for (const analytics::OutlierFlag& flag : report.outliers) {
      rows.push_back({analytics::OutlierMethodName(flag.method), flag.value.element, flag.value.combo,
                      flag.value.org_unit, flag.value.period, Number(flag.value.value),
                      flag.method == analytics::OutlierMethod::kModifiedZScore ? Number(flag.score) : "",
                      Bound(flag.min), Bound(flag.max)});
    }
    out += AlignColumns(rows, {false, false, false, false, false, true, true, true, true});
  }
  auto count = [](size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); };
  out += count(report.rules.size(), "rule", "rules") + ", " +
         count(static_cast<size_t>(report.result.checked), "check", "checks") + ", " +
         count(violations.size(), "violation", "violations") + ", " + std::to_string(report.result.skipped) +
         " skipped for missing values";
  out += report.outliers.empty() ? "\n" : ", " + count(report.outliers.size(), "outlier", "outliers") + "\n";
  return out;
}

std::string RenderValidationJson(const ValidateReport& report) {
  using Json = nlohmann::ordered_json;
  Json violations = Json::array();
  for (const analytics::RuleViolation& v : report.result.violations) {
    violations.push_back({{"rule", v.rule.code},
                          {"name", v.rule.name},
                          {"importance", core::RuleImportanceName(v.rule.importance)},
                          {"ou", v.org_unit},
                          {"pe", v.period},
                          {"left", JsonNumber(v.left)},
                          {"operator", core::RuleOperatorSymbol(v.rule.op)},
                          {"right", JsonNumber(v.right)}});
  }
  Json outliers = Json::array();
  for (const analytics::OutlierFlag& flag : report.outliers) {
    Json item{{"dx", flag.value.element}, {"co", flag.value.combo},           {"ou", flag.value.org_unit},
              {"pe", flag.value.period},  {"value", JsonNumber(flag.value.value)}, {"method", analytics::OutlierMethodName(flag.method)}};
    if (flag.method == analytics::OutlierMethod::kModifiedZScore) item["score"] = JsonNumber(flag.score);
    if (flag.min) item["min"] = JsonNumber(*flag.min);
    if (flag.max) item["max"] = JsonNumber(*flag.max);
    outliers.push_back(std::move(item));
  }
  Json out{{"checked", report.result.checked}, {"skipped", report.result.skipped}, {"violations", violations}};
  out["outliers"] = outliers;
  return out.dump() + "\n";
}

}  // namespace polyfon::app
