#include "report/chart_runtime.hpp"

namespace polyfon::report {

std::string_view ChartRuntime() {
  std::span<const app::BundledFile> files = app::ReportChartFiles();
  return files.empty() ? std::string_view() : files.front().content;
}

}  // namespace polyfon::report
