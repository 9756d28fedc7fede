#include "io/registry_cells.hpp"

#include <cmath>

#include "io/number_parser.hpp"

namespace polyfon::io {

std::optional<core::Date> DayCell(RowView& row, size_t spec) {
  const std::string_view text = row.Required(spec);
  if (text.empty()) return std::nullopt;
  // A bare year, which core::ParseDate reads too, would be a made-up day.
  const std::optional<core::Date> date = text.size() == 10 ? core::ParseDate(text) : std::nullopt;
  if (!date) row.Report(spec, "'" + std::string(text) + "' is not a date (YYYY-MM-DD)");
  return date;
}

std::optional<int> YearCell(RowView& row, size_t spec) {
  const std::string_view text = row.Required(spec);
  if (text.empty()) return std::nullopt;
  const std::optional<core::Date> date = text.size() == 4 ? core::ParseDate(text) : std::nullopt;
  if (!date) {
    row.Report(spec, "'" + std::string(text) + "' is not a year (YYYY)");
    return std::nullopt;
  }
  return date->year;
}

std::string ParticipantCell(RowView& row, size_t spec, const core::CatalogIndex& catalog) {
  const std::string_view text = row.Get(spec);
  if (text.empty()) return {};
  if (catalog.FindParticipant(text) == nullptr) {
    row.Report(spec, "unknown participant '" + std::string(text) + "' (not in the catalog; give its code)");
  }
  return std::string(text);
}

std::optional<int64_t> CountCell(RowView& row, size_t spec) {
  const std::string_view text = row.Get(spec);
  if (text.empty()) return std::nullopt;
  const core::Result<double> number = ParseNumber(text);
  if (!number || *number < 0 || std::floor(*number) != *number || *number > 9e15) {
    row.Report(spec, "'" + std::string(text) + "' is not a whole number of 0 or more (leave it empty if unknown)");
    return std::nullopt;
  }
  return static_cast<int64_t>(*number);
}

}  // namespace polyfon::io
