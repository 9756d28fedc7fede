#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.hpp"

namespace polyfon::io {

// True if `code_page` names UTF-8 ("utf-8", "UTF8"; case ignored), so the text needs no conversion.
bool IsUtf8CodePage(std::string_view code_page);

// Converts `content`, written in `code_page` (a name iconv knows: "windows-1252", "iso-8859-1",
// "cp850", ...), to UTF-8. Line breaks keep their places, so a line number in the result is the
// line number in `content`.
// Fails with kInvalidArgument and a message without file or line:
// - "unknown code page 'NAME'", with *error_offset set to std::string_view::npos;
// - "byte 0x81 is no character in code page NAME", or "the file ends in the middle of a character
//   (from byte 0xC3)", with *error_offset set to the offset of that byte in `content`.
// `error_offset` may be null.
core::Result<std::string> ConvertToUtf8(std::string_view content, std::string_view code_page, size_t* error_offset);

}  // namespace polyfon::io
