#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/status.hpp"
#include "core/store.hpp"
#include "analytics/validation.hpp"
#include "io/importer.hpp"

namespace polyfon::app {

struct InputFile {
  std::string name;     // as the user gave it; appears in every error message
  std::string content;  // the bytes of the file
};

struct ImportProgress {
  std::string file;
  int64_t done = 0;   // values written so far in this file
  int64_t total = 0;  // values in this file
};

struct ImportRequest {
  std::vector<InputFile> files;
  io::ImportOptions options;  // options.now is set by the caller
  bool dry_run = false;
  std::function<void(const ImportProgress&)> progress;  // optional; called while writing
  // A reporter's import: when set, the files may bring values only for these org units, and
  // activities and plan items only of participants tied to them (organiser, responsible), no
  // other metadata. Anything else fails the whole import with kPermissionDenied, writing nothing.
  std::optional<std::set<std::string>> writable_org_units;
};

struct FileReport {
  std::string name;
  io::ImportFormat format = io::ImportFormat::kAuto;
  int64_t rows = 0;
  // Statistics tables: cells left out for want of a number, by status symbol ("..": 3).
  std::map<std::string, int64_t> skipped_symbols;
  // Org units, links, elements, combos, indicators, participants, and registry items (bodies,
  // activities, goals, plan items).
  core::WriteCounts metadata;
  core::WriteCounts values;
};

struct ImportReport {
  std::vector<FileReport> files;
  // The validation rules that what the import leaves breaks, for the units and periods it brings
  // values for. Warnings, not errors: the import goes ahead (figures are reported as published).
  std::vector<analytics::RuleViolation> rule_violations;
  bool dry_run = false;
  bool committed = false;
};

// Imports files in order as ONE transaction: every file is parsed and validated first (a file may
// use metadata from an earlier one), then everything is written, then committed. Any problem in
// any file fails the whole import with nothing written (kInvalidArgument naming file, line and
// field). Registry items (bodies, activities, goals, plan items) are checked against the catalog
// and the stored registry with every earlier file's items merged in (ValidateRegistryItems), and
// written after the participants. With dry_run the writes are made and rolled back, so the report
// says exactly what would change. Re-importing the same files reports no changes. Each file's
// values are recorded as the changes of one import named after the file, with the SHA-256 of its
// bytes, `options.now` and `options.stored_by`.
core::Result<ImportReport> ImportFiles(core::Store& store, const ImportRequest& request);

}  // namespace polyfon::app
