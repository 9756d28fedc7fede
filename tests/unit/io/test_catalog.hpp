#pragma once

// Shared by the io unit tests: a small catalog of the real POLYFON codes, and file helpers.

#include <fstream>
#include <sstream>
#include <string>

#include "core/catalog.hpp"
#include "io/importer.hpp"

namespace polyfon::io::testing {

inline core::Catalog MakeTestCatalog() {
  using core::OrgUnitKind;
  core::Catalog c;
  c.org_units = {
      {"NO", "Norway", OrgUnitKind::kNation, {"Landet samla", "Norway"}},
      {"NO-HSO", "Helse Sør-Øst", OrgUnitKind::kHealthRegion, {"Helse Sør-Øst", "Helse Sør-Aust"}},
      {"NO-HV", "Helse Vest", OrgUnitKind::kHealthRegion, {"Helse Vest"}},
      {"NO-HMN", "Helse Midt-Norge", OrgUnitKind::kHealthRegion, {"Helse Midt-Norge", "Helse Midt-Noreg"}},
      {"NO-HN", "Helse Nord", OrgUnitKind::kHealthRegion, {"Helse Nord"}},
  };
  for (const char* region : {"NO-HSO", "NO-HV", "NO-HMN", "NO-HN"}) c.links.push_back({region, "NO", {}, {}});
  c.elements = {
      {"mt_patients",
       "Music therapy patients",
       core::ValueType::kNonNegativeInteger,
       core::AggregationType::kDistinct,
       {"IBBE10", "IBBE20"},
       ""},
      {"population",
       "Population 1 January",
       core::ValueType::kNonNegativeInteger,
       core::AggregationType::kLastValue,
       {},
       ""},
      {"mt_positions",
       "Music therapy positions (FTE)",
       core::ValueType::kNumber,
       core::AggregationType::kLastValue,
       {},
       ""},
  };
  c.combos = {
      {"IBBE10", "Individual music therapy", "procedure_code"},
      {"IBBE20", "Group music therapy", "procedure_code"},
  };
  return c;
}

// Options with fixed provenance, so tests can compare it.
inline ImportOptions TestOptions(ImportFormat format = ImportFormat::kAuto) {
  ImportOptions options;
  options.format = format;
  options.stored_by = "tester";
  options.now = "2024-05-01T12:00:00Z";
  return options;
}

// The bytes of tests/data/io/`name`.
inline std::string ReadTestFile(const std::string& name) {
  std::ifstream in(std::string(POLYFON_TEST_DATA_DIR) + "/io/" + name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// A fixture base holding the catalog and its index (the index points into the catalog).
struct CatalogHolder {
  core::Catalog catalog = MakeTestCatalog();
  core::CatalogIndex index{catalog};

  core::Result<ImportBatch> Parse(const std::string& content, ImportFormat format = ImportFormat::kAuto,
                                  const std::string& file_name = "f.csv") const {
    return ParseImport(file_name, content, index, TestOptions(format));
  }
  // The error message of a parse expected to fail, or "(parsed)" if it did not fail.
  std::string Error(const std::string& content, ImportFormat format = ImportFormat::kAuto) const {
    auto result = Parse(content, format);
    return result ? "(parsed)" : result.error().message();
  }
};

}  // namespace polyfon::io::testing
