#pragma once

#include <string>
#include <string_view>

#include "core/status.hpp"

namespace polyfon::report {

// The annual report as one self-contained HTML page (styles and the chart script inline, no
// request leaves the file), rendered from a report snapshot (app/report_snapshot.hpp) alone, so
// the same snapshot always gives the same bytes. `language` is "nn", "nb" or "en".
// Fails with kInvalidArgument for a snapshot that is not JSON of schema
// "polyfon.report-snapshot/1" or lacks a field, and for an unknown language.
core::Result<std::string> RenderReportHtml(std::string_view snapshot, const std::string& language);

}  // namespace polyfon::report
