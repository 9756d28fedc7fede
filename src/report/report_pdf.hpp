#pragma once

#include <string>

#include "core/status.hpp"

namespace polyfon::report {

// Prints `html` (a self-contained page, as RenderReportHtml gives) to the PDF file `output` with
// headless Chromium: A4, no header or footer lines, the charts drawn before printing. Chromium is
// $POLYFON_CHROMIUM, else `chromium` or `chromium-browser` on the PATH.
// Fails with kUnavailable when no Chromium is found or it fails, naming what it ran.
core::Status PrintPdf(const std::string& html, const std::string& output);

}  // namespace polyfon::report
