#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analytics/query.hpp"
#include "core/catalog.hpp"

namespace polyfon::app {

// Query rows as a PX-Axis file (PX file format 2013; docs/formats/px.md, "Export") for PC-Axis,
// PxWeb and the statistics offices' other tools. UTF-8 (CODEPAGE="utf-8"), LANGUAGE="en".
//
// - Variables as RenderJsonStat has them: STUB "contents" (the items, CONTVARIABLE, codes in CODES)
//   and "region" (org units, codes in CODES), HEADING the time variable: "year", "quarter", "month"
//   or "week" with TIMEVAL TLIST(A1|Q1|M1|W1) in the format's own codes (2018, 20181, 201803,
//   201805); periods of mixed types make a plain variable "period" without TIMEVAL. Labels are
//   catalog names and period ids; the cells are in the rows' order.
// - Numbers are given to two decimals, as every other output gives them: each content keeps the
//   decimals its figures need (0 to 2), written as PRECISION above SHOWDECIMALS; DECIMALS is the
//   most any needs. UNITS per content: "per 100 000" (its factor) for an indicator with a
//   denominator, else "number".
// - Cells without a number are data symbols, as the format allows only dots and "-" there: a hidden
//   (suppressed) cell is "..." shown as ":" through DATASYMBOL3 (Statistics Norway's mark for a
//   confidential figure), a missing one "..", an infinite ratio "." (not applicable).
// - LAST-UPDATED per content is `now` (ISO 8601, UTC), when the figures were computed; SOURCE is
//   "Polyfon". Texts lose any '"' (the format cannot quote one); labels are cut to 200 bytes
//   (VALUES takes 256 characters, and subkeys repeat labels) and lists wrap at 256 bytes a line.
//
// `rows` must be a full items × org units × periods grid, as RunQuery returns it.
std::string RenderPx(const std::vector<analytics::ResultRow>& rows, const analytics::QuerySpec& spec,
                     const core::CatalogIndex& index, std::string_view now);

}  // namespace polyfon::app
