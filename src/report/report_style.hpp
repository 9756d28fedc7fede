#pragma once

namespace polyfon::report {

// The report's style sheet: readable on screen, A4 with page numbers in print.
extern const char* const kReportStyle;

}  // namespace polyfon::report
