#pragma once

// Internal to io: the one place that turns a libxlsxwriter workbook into bytes.

#include <functional>
#include <string>

#include "core/status.hpp"

struct lxw_workbook;  // libxlsxwriter's; only io's .cpp files include xlsxwriter.h

namespace polyfon::io {

// Creates a workbook, lets `fill` add its sheets, closes it and returns the .xlsx bytes. Goes
// through a temporary file (removed again) because this libxlsxwriter cannot write to memory.
// Fails with kInternal when the file cannot be created or written, or with what `fill` returns.
core::Result<std::string> BuildXlsx(const std::function<core::Status(lxw_workbook*)>& fill);

}  // namespace polyfon::io
