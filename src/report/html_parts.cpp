#include "report/html_parts.hpp"

namespace polyfon::report {

std::string HtmlTable(const std::string& caption, const std::vector<std::string>& head,
                      const std::vector<std::vector<std::string>>& rows, const std::string& css_class) {
  std::string html = css_class.empty() ? "<table>" : "<table class=\"" + css_class + "\">";
  html += "<caption>" + caption + "</caption><thead><tr>";
  for (const std::string& cell : head) html += "<th scope=\"col\">" + cell + "</th>";
  html += "</tr></thead><tbody>";
  for (const std::vector<std::string>& row : rows) {
    html += "<tr>";
    for (size_t i = 0; i < row.size(); ++i) html += (i == 0 ? "<th scope=\"row\">" : "<td>") + row[i] + (i == 0 ? "</th>" : "</td>");
    html += "</tr>";
  }
  return html + "</tbody></table>\n";
}

std::string Section(const std::string& id, const std::string& heading, const std::string& body) {
  return "<section id=\"" + id + "\" aria-labelledby=\"" + id + "-h\"><h2 id=\"" + id + "-h\">" + heading + "</h2>\n" +
         body + "</section>\n";
}

}  // namespace polyfon::report
