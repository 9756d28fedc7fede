#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"
#include "io/px_keywords.hpp"

namespace polyfon::io {

// Reading a PX-Axis record's value as what its keyword expects, with messages that name the file,
// the line and the record.

// The value as one quoted text. Fails with "FILE:LINE: NAME: expected one quoted text, found ...".
core::Result<std::string> PxText(std::string_view file_name, const PxRecord& record);
// The value as a comma-separated list of one or more quoted texts, which point where the record's
// tokens do (into the file's text or its PxFile).
core::Result<std::vector<std::string_view>> PxTextList(std::string_view file_name, const PxRecord& record);
// The value as a whole number, written bare (DECIMALS=2) or quoted (DECIMALS="2").
core::Result<int64_t> PxInteger(std::string_view file_name, const PxRecord& record);

// The value as written, shortened to about 40 bytes, for "found ..." in messages; "nothing" if empty.
std::string RenderPxValue(const std::vector<PxToken>& value);

// "FILE:LINE: NAME: what" as a kInvalidArgument Status.
core::Status PxError(std::string_view file_name, const PxRecord& record, std::string_view what);

}  // namespace polyfon::io
