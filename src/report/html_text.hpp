#pragma once

#include <string>
#include <string_view>

namespace polyfon::report {

// `text` with &, <, >, " and ' replaced by entities, for element content and attribute values.
std::string EscapeHtml(std::string_view text);

// `script` made safe to inline in a <script> element: "</" becomes "<\/" and "<!" "\u003C!" (the
// same inside JavaScript and JSON strings, where alone they occur) so no "</script>" or "<!--" inside it ends or comments the element.
std::string EscapeScript(std::string_view script);

}  // namespace polyfon::report
