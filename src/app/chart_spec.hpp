#pragma once

#include <string>
#include <vector>

#include "analytics/query.hpp"
#include "core/status.hpp"
#include "core/store.hpp"

namespace polyfon::app {

// Charts are Vega-Lite specifications built here, so a web page and the annual report draw the
// same chart from the same spec and data.
struct ChartRequest {
  analytics::QuerySpec spec;  // one item
  std::string reference;      // an org unit whose series is drawn as a dashed reference line; empty = none
  std::string language = "nn";  // nn, nb or en: the chart's own words (axes, "hidden", legend)
  std::string title;             // the item's name for the y axis; empty = the catalog's name
};

// A line chart of the item per org unit over the periods, with interval whiskers, the reference
// series as a dashed line (only there, when it is also among the org units), and suppressed cells
// marked at the axis. Leading and trailing periods without data in any series are left out, so the
// axis starts at the first figure. Data inline, width "container".
// Fails as QueryData does, and with kInvalidArgument for more than one item or an unknown language.
core::Result<std::string> BuildChartSpec(core::Store& store, const ChartRequest& request);

}  // namespace polyfon::app
