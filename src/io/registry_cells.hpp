#pragma once

// Internal to io: the cells the registry's CSV tables (activities, plan items) share, each read
// from a RowView and reported at its cell when wrong.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/catalog.hpp"
#include "core/date.hpp"
#include "io/enum_name_list.hpp"
#include "io/row_view.hpp"

namespace polyfon::io {

// A required enum cell, matched ignoring case: "unknown kind 'x' (expected a, b or c)". An empty
// cell is `fallback` when there is one, else reported as required.
template <typename E>
std::optional<E> EnumCell(RowView& row, size_t spec, std::string_view what, std::optional<E> (*parse)(std::string_view),
                          const char* (*name_of)(E), std::optional<E> fallback = std::nullopt) {
  const std::string_view text = fallback ? row.Get(spec) : row.Required(spec);
  if (text.empty()) return fallback;
  const std::optional<E> value = parse(AsciiLower(text));
  if (!value) {
    row.Report(
        spec, "unknown " + std::string(what) + " '" + std::string(text) + "' (expected " + EnumNameList(name_of) + ")");
  }
  return value;
}

// A required date written YYYY-MM-DD.
std::optional<core::Date> DayCell(RowView& row, size_t spec);

// A year written YYYY, required.
std::optional<int> YearCell(RowView& row, size_t spec);

// A participant's code, checked against the catalog; "" when the cell is empty.
std::string ParticipantCell(RowView& row, size_t spec, const core::CatalogIndex& catalog);

// A count written as Norwegian spreadsheets do ("1 200"); nullopt when empty (not reported) or
// after reporting anything but a whole number of 0 or more.
std::optional<int64_t> CountCell(RowView& row, size_t spec);

}  // namespace polyfon::io
