#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/catalog.hpp"
#include "core/cluster_registry.hpp"
#include "core/data_value.hpp"
#include "io/import_format.hpp"

namespace polyfon::io {

// Everything one file brings, parsed and validated, ready to be written in one transaction.
struct ImportBatch {
  std::vector<core::OrgUnit> org_units;
  std::vector<core::ParentLink> links;  // grouped by child; all links of a child in the file
  std::vector<core::DataElement> elements;
  std::vector<core::CategoryOptionCombo> combos;
  std::vector<core::Indicator> indicators;
  std::vector<core::Participant> participants;
  // Bodies, activities, goals and plan items, read but not yet checked against the catalog and the
  // stored registry (core::ValidateRegistry's references), which the caller does before writing.
  core::ClusterRegistry registry;
  std::vector<core::DataValue> values;  // no two with the same key
  int64_t rows = 0;                     // data rows read (header excluded)
  ImportFormat format = ImportFormat::kAuto;  // the layout read (detected when asked for auto)
  // Statistics tables (JSON-stat, PX): cells without a number that carried a status symbol, by
  // symbol ("..": 3, ":": 2). They give no value; the count tells the user what was left out.
  std::map<std::string, int64_t> skipped_symbols;
};

}  // namespace polyfon::io
