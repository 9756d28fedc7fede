#pragma once

#include <string_view>

#include "core/data_element.hpp"
#include "core/status.hpp"

namespace polyfon::io {

// Parses a number as Norwegian spreadsheets and statistics tables write it: decimal comma or point
// ("0,2", "2.5"), digits grouped in threes by a space, no-break space (U+00A0) or narrow no-break
// space (U+202F) ("1 106 295"), surrounding spaces, an optional leading minus. Fails with
// kInvalidArgument and a reason that quotes the text ("'1,2,3' is not a number (more than one
// decimal separator)") on anything else, including "", "abc", "12a", exponents and a leading '+'.
core::Result<double> ParseNumber(std::string_view text);

// Parses a boolean: true/false, 1/0, t/f, yes/no, ignoring case and surrounding spaces. Fails
// with kInvalidArgument and a reason that quotes the text.
core::Result<bool> ParseBoolean(std::string_view text);

// Parses a data value for an element of type `type` (booleans become 1 or 0) and checks it with
// core::CheckValueAllowed. Fails with a reason such as "-3 must be a whole number of 0 or more".
core::Result<double> ParseValue(core::ValueType type, std::string_view text);

}  // namespace polyfon::io
