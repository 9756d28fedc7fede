#pragma once

#include <span>
#include <string_view>

#include "app/bundled_data.hpp"

namespace polyfon::app {

// The report's chart script (web/ui/src/report/charts.ts built into one file), generated at
// build time by cmake/web_ui.cmake (polyfon_report_charts).
std::span<const BundledFile> ReportChartFiles();

}  // namespace polyfon::app

namespace polyfon::report {

// The chart script's text.
std::string_view ChartRuntime();

}  // namespace polyfon::report
