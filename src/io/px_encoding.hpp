#pragma once

#include <string>
#include <string_view>

#include "core/status.hpp"

namespace polyfon::io {

// The text of a PX-Axis file as UTF-8. The code page is CODEPAGE's ("iso-8859-1", "windows-1252",
// "utf-8"); without CODEPAGE, CHARSET="ANSI" means Windows-1252; a file declaring neither must be
// UTF-8. Returns `content` itself when it is UTF-8 already, else its conversion, kept in
// `converted` (so line numbers are the file's either way).
// Fails with kInvalidArgument naming the line and the keyword it is in, e.g.
// "f.px:16: VALUES: byte 0x81 is no character in code page windows-1252 (CHARSET="ANSI" on line 1)"
// "f.px:9: TITLE: byte 0xE4 is not UTF-8, and no CODEPAGE or CHARSET names another code page".
core::Result<std::string_view> DecodePxText(std::string_view file_name, std::string_view content,
                                            std::string& converted);

}  // namespace polyfon::io
