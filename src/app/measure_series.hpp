#pragma once

#include <vector>

#include "analytics/goal_progress.hpp"
#include "core/cluster_registry.hpp"
#include "core/measure.hpp"
#include "core/status.hpp"
#include "core/store.hpp"

namespace polyfon::app {

struct SeriesOptions {
  int first_year = 2015;
  int last_year = 2015;
  double level = 0.95;
  bool public_output = true;  // small counts hidden as in every public answer
  int min_count = 5;
};

// The yearly figures of `measure` over [first_year, last_year], one point per year:
// - indicator / element: the query row of the year (value, interval, status; public output
//   suppressed as everywhere);
// - activities[:KIND]: activities held that year; attendees[:KIND]: their reported attendance
//   (missing when none reported it);
// - members[:HELIX]: participants that are full members on 31 December;
// - coverage@OU: the cluster's coverage of the unit on 31 December, in percent.
// Counts of the registry carry no interval: they are complete counts, not samples.
// Fails with kNotFound for an unknown indicator, element or org unit.
core::Result<std::vector<analytics::MeasurePoint>> MeasureSeries(core::Store& store, const core::Catalog& catalog,
                                                                 const core::ClusterRegistry& registry,
                                                                 const core::Measure& measure,
                                                                 const SeriesOptions& options);

}  // namespace polyfon::app
