#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog.hpp"
#include "io/problem_list.hpp"
#include "io/stat_cube.hpp"
#include "io/stat_mapping_file.hpp"

namespace polyfon::io {

// Which dimension of a statistics table gives what (the first step of MapStatCube).
struct StatRoles {
  // Per dimension: its role (never kKeep), or nullopt for a dimension of one category or kept to
  // one, which needs none.
  std::vector<std::optional<StatRole>> roles;
  // Per dimension with a 'keep' rule: the index of the only category read; the other cells are
  // skipped. A kept dimension may have a role too (SSB's Region kept to "0" still gives NO).
  std::vector<std::optional<size_t>> kept;
  // The code for every cell where the mapping fixes the org unit, period (a DHIS2 id) or data
  // element; empty where a dimension gives it.
  std::string org_unit;
  std::string period;
  std::string element;
};

// Gives roles by the mapping's rules, then by the file's roles (geo, time, metric), then by SSB's
// and Polyfon's dimension names (Region/ou, Tid/pe, ContentsCode/dx, co, ao), and checks that the
// org unit, period and element each come from exactly one dimension or fixed code, that every
// dimension of several categories has a role, and that kept categories and fixed codes exist.
// Problems with the table go to `problems` ("FILE: what"); problems with a rule go to
// `rule_problems` ("MAPPING:LINE: what"). `mapping` may be null.
StatRoles AssignStatRoles(const StatCube& cube, const StatMapping* mapping, const core::CatalogIndex& catalog,
                          ProblemList& problems, ProblemList& rule_problems);

}  // namespace polyfon::io
