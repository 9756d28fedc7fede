#pragma once

#include <string>
#include <vector>

#include "app/value_history.hpp"
#include "core/value_change.hpp"

namespace polyfon::app {

// How the value history and the import records are printed (`polyfon history`, `polyfon sources`)
// and sent (GET /api/audit, /api/audit/sources). Values are exact, as stored ("0.2", "456"); an
// absent old value (an insert) or new value (a delete) is "-" in a table, empty in CSV, null in
// JSON; a suppressed change shows neither.

// when, who, import ("2 b.csv 1a2b3c4d": id, name, short hash), element, pe, ou, co (with "/AOC"
// when the attribute combo is not the default), old, new.
std::string RenderHistoryTable(const std::vector<HistoryEntry>& entries);
// Header id,changed_at,changed_by,source_id,source,sha256,element,period,orgunit,
// categoryoptioncombo,attributeoptioncombo,old,new,stored_by,comment (stored_by and comment of
// the new value).
std::string RenderHistoryCsv(const std::vector<HistoryEntry>& entries);
// {"changes":[{"id":..,"element":..,"ou":..,"pe":..,"co":..,"aoc":..,"old":..,"new":..,
// "changed_by":..,"changed_at":..,"source":{"id":..,"name":..,"sha256":..}}]}, with
// "old":null,"new":null,"suppressed":true for a suppressed change.
std::string RenderHistoryJson(const std::vector<HistoryEntry>& entries);

// id, when, who, name, short hash, changes, and "undone by N" or "undoes N".
std::string RenderSourcesTable(const std::vector<core::RecordedSource>& sources);
// Header id,imported_at,imported_by,name,sha256,changes,undoes,undone_by.
std::string RenderSourcesCsv(const std::vector<core::RecordedSource>& sources);
// {"sources":[{"id":..,"name":..,"sha256":..,"imported_at":..,"imported_by":..,"changes":..,
// "undoes":null|N,"undone_by":null|N}]}
std::string RenderSourcesJson(const std::vector<core::RecordedSource>& sources);

}  // namespace polyfon::app
