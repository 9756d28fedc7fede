#pragma once

#include <cstddef>
#include <string_view>

namespace polyfon::io {

// Returns the offset of the first byte that makes `content` not plain UTF-8 text: a NUL byte, a
// malformed or overlong sequence, a UTF-16 surrogate or a code point above U+10FFFF. Returns
// std::string_view::npos when the whole of `content` is valid UTF-8 without NUL.
// Written by hand because it runs over every imported byte and needs an ASCII fast path.
size_t FindInvalidText(std::string_view content);

}  // namespace polyfon::io
