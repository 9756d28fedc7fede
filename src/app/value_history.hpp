#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/period.hpp"
#include "core/status.hpp"
#include "core/store.hpp"

namespace polyfon::app {

// Which recorded changes to list; an empty list means all.
struct HistorySpec {
  std::vector<std::string> elements;   // codes
  std::vector<std::string> org_units;  // codes; changes to values of exactly these units
  // Changes to values whose period overlaps these periods' span (2016:2018 takes 201803 too).
  std::vector<core::Period> periods;
  std::optional<int64_t> source_id;  // only the changes of this import
  size_t limit = 100;                // the newest `limit`; 0 = all
  // Hide small counts as public analytics output does (see LoadValueHistory).
  bool public_output = false;
  int min_count = 5;
};

// A recorded change as listed.
struct HistoryEntry {
  core::ValueChange change;
  // With public output: a change of a count element whose old or new value is from 1 to
  // min_count - 1; neither value may be shown.
  bool suppressed = false;
};

// The recorded value changes `spec` selects, newest first. Fails with kNotFound for an unknown
// element, org unit or import, and passes on store errors.
core::Result<std::vector<HistoryEntry>> LoadValueHistory(core::Store& store, const HistorySpec& spec);

// Every recorded import, newest first.
core::Result<std::vector<core::RecordedSource>> ListImports(core::Store& store);

}  // namespace polyfon::app
