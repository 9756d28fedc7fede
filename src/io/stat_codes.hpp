#pragma once

#include <string>

#include "core/catalog.hpp"
#include "io/stat_cube.hpp"
#include "io/stat_mapping_file.hpp"

namespace polyfon::io {

// What one category of a statistics table stands for in Polyfon, or why it stands for nothing.
struct StatCode {
  std::string code;     // a catalog code, or a DHIS2 period id; empty when `problem` is set
  std::string problem;  // "org unit 4601 (Bergen) is not in the catalog and not in the mapping"
};

// Maps `category` of `dimension`, whose role is `role` (org unit, period, element, combo or
// attribute; not kKeep). A 'code' rule of `mapping` (which may be null) comes first and must name
// something the catalog has; without one:
//   org units  a catalog code (SSB's summed counties "F-46" are ours); SSB's national code ("0",
//              "0000") as NO; a two-digit county code NN as F-NN; else by name or alias
//              (CatalogIndex::MatchOrgUnit: aliases such as "4601", also written "K-4601")
//   periods    StatPeriodId ("2020K1" -> "2020Q1")
//   elements   a catalog code
//   combos     a catalog code, or "default" (the total)
StatCode MapStatCategory(StatRole role, const StatDimension& dimension, const StatCategory& category,
                         const StatMapping* mapping, const core::CatalogIndex& catalog);

}  // namespace polyfon::io
