#pragma once

#include <string>
#include <string_view>

namespace polyfon::report {

// `text` with &, <, >, " and ' replaced by entities, for element content and attribute values.
std::string EscapeHtml(std::string_view text);

// `script` (JavaScript or JSON) made safe to inline in a <script> element: "</script" (any case)
// becomes "<\/script" and "<!--" becomes "\u003C!--", so nothing inside can end the element or
// start a comment in it. Both forms mean the same inside JavaScript and JSON strings and regular
// expressions, the only places such text occurs; no other byte changes (a blanket "</" -> "<\/"
// would break regular expressions like /</g).
std::string EscapeScript(std::string_view script);

}  // namespace polyfon::report
