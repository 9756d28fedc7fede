#include "app/history_output.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

#include "app/csv_field.hpp"
#include "app/data_value_set_output.hpp"
#include "app/text_table.hpp"

namespace polyfon::app {

namespace {

using Json = nlohmann::ordered_json;

// Enough of a SHA-256 to tell files apart by eye, as git shortens commit ids.
constexpr size_t kShortHash = 8;

std::string ValueText(const std::optional<double>& value, const char* absent) {
  return value ? DataValueText(*value, core::ValueType::kNumber) : absent;
}

// Exact, as stored: whole numbers as integers, others as the double they are.
Json ValueJson(const std::optional<double>& value) {
  if (!value) return nullptr;
  if (std::floor(*value) == *value && std::fabs(*value) < 9e15) return static_cast<int64_t>(*value);
  return *value;
}

std::string ImportLabel(int64_t id, const core::ImportSource& source) {
  std::string label = std::to_string(id) + " " + source.name;
  if (!source.sha256.empty()) label += " " + source.sha256.substr(0, kShortHash);
  return label;
}

std::string Dump(const Json& json) {
  // Stored text passed the importers' UTF-8 check; replacing keeps a damaged row from throwing.
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

std::string RenderHistoryTable(const std::vector<HistoryEntry>& entries) {
  std::vector<std::vector<std::string>> rows = {{"when", "who", "import", "element", "pe", "ou", "co", "old", "new"}};
  for (const HistoryEntry& entry : entries) {
    const core::ValueChange& c = entry.change;
    std::string combo = c.combo;
    if (c.attribute_combo != "default") combo += "/" + c.attribute_combo;
    rows.push_back({c.source.imported_at, c.source.imported_by, ImportLabel(c.source_id, c.source), c.element, c.period,
                    c.org_unit, combo, entry.suppressed ? "" : ValueText(c.old_value, "-"),
                    entry.suppressed ? "" : ValueText(c.new_value, "-")});
  }
  return AlignColumns(rows, {false, false, false, false, false, false, false, true, true});
}

std::string RenderHistoryCsv(const std::vector<HistoryEntry>& entries) {
  std::string out =
      "id,changed_at,changed_by,source_id,source,sha256,element,period,orgunit,categoryoptioncombo,"
      "attributeoptioncombo,old,new,stored_by,comment\n";
  for (const HistoryEntry& entry : entries) {
    const core::ValueChange& c = entry.change;
    out += std::to_string(c.id) + "," + CsvField(c.source.imported_at) + "," + CsvField(c.source.imported_by) + "," +
           std::to_string(c.source_id) + "," + CsvField(c.source.name) + "," + c.source.sha256 + "," +
           CsvField(c.element) + "," + CsvField(c.period) + "," + CsvField(c.org_unit) + "," + CsvField(c.combo) + "," +
           CsvField(c.attribute_combo) + "," + (entry.suppressed ? "" : ValueText(c.old_value, "")) + "," +
           (entry.suppressed ? "" : ValueText(c.new_value, "")) + "," + CsvField(c.new_stored_by) + "," +
           (entry.suppressed ? "" : CsvField(c.new_comment)) + "\n";
  }
  return out;
}

std::string RenderHistoryJson(const std::vector<HistoryEntry>& entries) {
  Json changes = Json::array();
  for (const HistoryEntry& entry : entries) {
    const core::ValueChange& c = entry.change;
    Json item{{"id", c.id},
              {"element", c.element},
              {"ou", c.org_unit},
              {"pe", c.period},
              {"co", c.combo},
              {"aoc", c.attribute_combo},
              {"old", entry.suppressed ? Json() : ValueJson(c.old_value)},
              {"new", entry.suppressed ? Json() : ValueJson(c.new_value)},
              {"changed_by", c.source.imported_by},
              {"changed_at", c.source.imported_at},
              {"source", {{"id", c.source_id}, {"name", c.source.name}, {"sha256", c.source.sha256}}}};
    if (entry.suppressed) item["suppressed"] = true;
    changes.push_back(std::move(item));
  }
  return Dump(Json{{"changes", std::move(changes)}});
}

std::string RenderSourcesTable(const std::vector<core::RecordedSource>& sources) {
  std::vector<std::vector<std::string>> rows = {{"id", "when", "who", "name", "sha256", "changes", "undo"}};
  for (const core::RecordedSource& s : sources) {
    std::string undo;
    if (s.undone_by) undo = "undone by " + std::to_string(*s.undone_by);
    if (s.undoes) undo = "undoes " + std::to_string(*s.undoes);
    rows.push_back({std::to_string(s.id), s.source.imported_at, s.source.imported_by, s.source.name,
                    s.source.sha256.substr(0, kShortHash), std::to_string(s.changes), undo});
  }
  return AlignColumns(rows, {true, false, false, false, false, true, false});
}

std::string RenderSourcesCsv(const std::vector<core::RecordedSource>& sources) {
  std::string out = "id,imported_at,imported_by,name,sha256,changes,undoes,undone_by\n";
  for (const core::RecordedSource& s : sources) {
    out += std::to_string(s.id) + "," + CsvField(s.source.imported_at) + "," + CsvField(s.source.imported_by) + "," +
           CsvField(s.source.name) + "," + s.source.sha256 + "," + std::to_string(s.changes) + "," +
           (s.undoes ? std::to_string(*s.undoes) : "") + "," + (s.undone_by ? std::to_string(*s.undone_by) : "") + "\n";
  }
  return out;
}

std::string RenderSourcesJson(const std::vector<core::RecordedSource>& sources) {
  Json items = Json::array();
  for (const core::RecordedSource& s : sources) {
    items.push_back({{"id", s.id},
                     {"name", s.source.name},
                     {"sha256", s.source.sha256},
                     {"imported_at", s.source.imported_at},
                     {"imported_by", s.source.imported_by},
                     {"changes", s.changes},
                     {"undoes", s.undoes ? Json(*s.undoes) : Json()},
                     {"undone_by", s.undone_by ? Json(*s.undone_by) : Json()}});
  }
  return Dump(Json{{"sources", std::move(items)}});
}

}  // namespace polyfon::app
