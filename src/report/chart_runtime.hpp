#pragma once

#include <span>
#include <string>
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

namespace polyfon::report {

// The Content-Security-Policy source of the report's one inline script, "'sha256-…'", so a server
// can send the report with a policy that runs that script and nothing else.
const std::string& ChartRuntimeCspSource();

}  // namespace polyfon::report
