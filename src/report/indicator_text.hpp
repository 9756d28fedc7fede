#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "analytics/goal_progress.hpp"

namespace polyfon::report {

// How one goal indicator's figures read in the report, from its snapshot entry (the "unit").
struct FigureFormat {
  std::string kind = "number";  // "rate", "percent" or "number"
  double per = 1;               // for a rate: per how many inhabitants
};

FigureFormat FigureFormatOf(const nlohmann::json& indicator);
// The figure with its unit: "41,2 per 100 000", "50 %", "789".
std::string FormatFigure(double value, const FigureFormat& format, const std::string& language);
// The same without the unit, for table cells and interval ends.
std::string FormatBare(double value, const FigureFormat& format, const std::string& language);

// A sentence or two on where the indicator stands in `year`, honest about chance: "Auka frå 214
// i 2016 til 456 i 2018 (95 % intervall 415–501). Endringa er større enn ..." — naming the
// interval, whether the intervals overlap, a hidden or missing figure and the year's target.
std::string DescribeProgress(const analytics::IndicatorProgress& progress, const FigureFormat& format, int year,
                             int min_count, const std::string& language);

// A goal's progress in one line: its indicators, targets reached, clear changes for the better
// and the worse, and indicators without a figure.
std::string ProgressLine(const analytics::GoalProgress& summary, const std::string& language);

}  // namespace polyfon::report
