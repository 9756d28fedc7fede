#pragma once

#include <string>

#include "app/bundled_data.hpp"
#include "app/import_files.hpp"
#include "core/status.hpp"
#include "io/import_format.hpp"

namespace polyfon::app {

// Loads the bundled catalog (elements, combos, indicators, org units, catchment areas, participants)
// and registry (goals, bodies, activities) without any values, so a test can import values of its
// own against the real metadata.
inline core::Status LoadBundledMetadata(core::Store& store, const std::string& now) {
  ImportRequest request;
  for (const BundledFile& file : BundledFiles()) {
    auto format = io::DetectImportFormat(file.name, file.content);
    if (!format) return format.error();
    const bool values = *format == io::ImportFormat::kDhis2Csv || *format == io::ImportFormat::kNprTable;
    if (!values) request.files.push_back({std::string(file.name), std::string(file.content)});
  }
  request.options.now = now;
  auto report = ImportFiles(store, request);
  return report ? core::Status::Ok() : report.error();
}

}  // namespace polyfon::app
