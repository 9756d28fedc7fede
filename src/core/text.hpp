#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace polyfon::core {

// A key for matching names as people write them: lower case (ASCII and Æ Ø Å), spaces, hyphens and
// underscores folded to one space, trimmed. "Helse Sør-Øst" and "helse sør øst" give the same key.
std::string NameKey(std::string_view name);

// The non-empty items of a list such as "NO-HV,NO" separated by `separator`.
std::vector<std::string> SplitList(std::string_view text, char separator = ',');

// Removes leading and trailing ASCII whitespace.
std::string_view Trim(std::string_view text);

}  // namespace polyfon::core
