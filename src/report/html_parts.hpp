#pragma once

#include <string>
#include <vector>

namespace polyfon::report {

// Small builders for the report's HTML. Cells and captions are given as HTML (escape text first).
std::string HtmlTable(const std::string& caption, const std::vector<std::string>& head,
                      const std::vector<std::vector<std::string>>& rows, const std::string& css_class = "");
std::string Section(const std::string& id, const std::string& heading, const std::string& body);

}  // namespace polyfon::report
