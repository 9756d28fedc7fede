#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace polyfon::report {

// A Vega-Lite spec of one goal indicator's yearly series from its snapshot entry: the figures as
// a line with points, their intervals as whiskers, hidden figures marked at the axis, and the
// targets as open diamonds. Fixed size, so the printed report lays out the same everywhere.
nlohmann::json IndicatorChartSpec(const nlohmann::json& indicator, const std::string& y_title,
                                  const std::string& language);

}  // namespace polyfon::report
