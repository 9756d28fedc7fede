#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analytics/query.hpp"
#include "core/status.hpp"

namespace polyfon::app {

enum class OutputFormat { kTable, kCsv, kJson };
std::optional<OutputFormat> ParseOutputFormat(std::string_view name);  // "table", "csv", "json"

// The one way numbers are printed: whole numbers without decimals, others rounded to two.
std::string FormatNumber(double value);
// "37.52–45.18", or empty when either end is absent.
std::string FormatInterval(const std::optional<double>& low, const std::optional<double>& high);
// "95 % CI" for level 0.95.
std::string IntervalLabel(double level);

// {"rows":[{"dx":..,"ou":..,"pe":..,"value":..,"numerator":..,"denominator":..,"ci_low":..,
// "ci_high":..,"status":"ok"}]} as in DESIGN.md §5; rows that are not ok carry no numbers.
std::string RenderJson(const std::vector<analytics::ResultRow>& rows);
// Header dx,ou,pe,value,numerator,denominator,ci_low,ci_high,status; absent numbers empty.
std::string RenderCsv(const std::vector<analytics::ResultRow>& rows);
// The same columns as RenderCsv in an .xlsx workbook (numbers as numbers).
core::Result<std::string> RenderXlsx(const std::vector<analytics::ResultRow>& rows);
// Aligned columns for a terminal; `level` labels the interval column ("95 % CI").
std::string RenderTable(const std::vector<analytics::ResultRow>& rows, double level);

}  // namespace polyfon::app
