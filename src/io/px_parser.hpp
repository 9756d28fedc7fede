#pragma once

#include <string_view>

#include "core/status.hpp"
#include "io/stat_cube.hpp"

namespace polyfon::io {

// Reads a PX-Axis file (the PC-Axis format of Statistics Sweden and the Nordic statistics offices;
// docs/formats/px.md) into a StatCube.
//
// - Text: CODEPAGE names the code page ("iso-8859-1", "windows-1252", "utf-8"); without it,
//   CHARSET="ANSI" means Windows-1252, and a file declaring neither must be UTF-8. Text is UTF-8
//   in the cube.
// - Dimensions: the STUB variables, then the HEADING variables, which is DATA's row-major order.
//   A dimension's id is the variable's name in the default language, its label the name in the
//   language read. Category codes come from CODES, else from the default language's VALUES, so they
//   are the same in every language; labels are VALUES in the language read.
// - Roles: the TIMEVAL variable is kTime, with TIMEVAL's codes as written ("2004", "20061" or
//   "2006K1", "200409" or "2004M09") and StatDimension::time_scale saying how to read them; the
//   CONTVARIABLE variable is kMetric; a variable with a MAP is kGeo.
// - Cells: numbers become values; a data symbol ("." to "......", "-", ":") becomes nullopt and is
//   kept in StatCube::symbols.
// - `language` picks one of LANGUAGES (empty: the default, LANGUAGE); a keyword's [lang] variant is
//   read where the file has it, else the default one.
//
// Unknown keywords are skipped (after their syntax is checked); KEYS (sparse DATA) is refused.
// Fails with kInvalidArgument naming the file, line and keyword:
//   "t.px:14: VALUES("region"): unterminated string (a quoted text must end on the line it starts on)"
//   "t.px:65: DATA has 23 cells, expected 24 (STUB × HEADING = 12 × 2)"
//   "t.px:4: LANGUAGES: no language 'de' in the file (it has en, sv, fi)"
core::Result<StatCube> ParsePx(std::string_view file_name, std::string_view content, std::string_view language = {});

}  // namespace polyfon::io
