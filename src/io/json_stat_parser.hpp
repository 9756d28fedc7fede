#pragma once

#include <string_view>

#include "core/status.hpp"
#include "io/stat_cube.hpp"

namespace polyfon::io {

// Reads a JSON-stat 2.0 dataset (docs/formats/json_stat.md) into a StatCube, not yet mapped onto
// the catalog (MapStatCube does that):
//   id, size, dimension[ID].label, category.index (array or object) and category.label, role
//   (time, geo, metric), value (array, or object of sparse cells), status (one string for all
//   cells, an array, or an object by cell), label (the title).
// A collection (class "collection") is read if it embeds exactly one dataset; a bundle is not. A
// `value` of [] (a metadata response) gives a cube whose cells are all empty. Other parts
// (extension, note, link, unit, child) are ignored.
// Fails with kInvalidArgument: malformed JSON as "FILE:LINE:COLUMN: what the parser found", a
// structure that is not JSON-stat as "FILE: JSON.PATH: what is wrong" (up to 10 problems).
core::Result<StatCube> ParseJsonStat(std::string_view file_name, std::string_view content);

}  // namespace polyfon::io
