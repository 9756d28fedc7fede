#pragma once

#include <string>
#include <string_view>

#include "core/status.hpp"
#include "core/store.hpp"

namespace polyfon::app {

// The annual report is built in two steps so that it can be rebuilt identically: first every
// figure, name and registry item the report shows for a year is frozen into a snapshot (a JSON
// document, schema "polyfon.report-snapshot/1"); then the report is rendered from the snapshot
// alone. Figures are public output: small counts are suppressed as in every public answer.
struct ReportRequest {
  int year = 0;
  int first_year = 2015;  // the first year of every series (the cluster started in 2015)
  int min_count = 5;
  double level = 0.95;
  std::string taken_at;  // ISO 8601 UTC; plan items are overdue relative to its date
};

// The snapshot as canonical JSON text (sorted keys, no spaces). Fails with kInvalidArgument for a
// year before first_year or a taken_at that is no ISO date, and passes on store errors.
core::Result<std::string> TakeReportSnapshot(core::Store& store, const ReportRequest& request);

// The SHA-256 (hex) of the snapshot's canonical text: the same content always gives the same hash,
// however the file was indented. Fails with kInvalidArgument when `snapshot` is not JSON.
core::Result<std::string> SnapshotHash(std::string_view snapshot);

}  // namespace polyfon::app
