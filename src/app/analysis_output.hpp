#pragma once

#include <string>
#include <vector>

#include "app/analyze.hpp"

namespace polyfon::app {

// {"a":{cell},"b":{cell},"ratio":..,"ci_low":..,"ci_high":..,"p_value":..,"level":0.95,"status":"ok"}
// where a cell is a query row as in RenderJson. Numbers are absent unless status is ok; an
// infinite upper limit (a zero count in b) is null.
std::string RenderRatioJson(const RatioResult& result, double level);
std::string RenderRatioTable(const RatioResult& result, double level);

// {"rows":[{"dx","ou","from","to","value_from","value_to","change","percent_change","ci_low",
// "ci_high","p_value","annual_growth_percent","years","status"}],"level":0.95}; the interval is
// that of the percent change.
std::string RenderGrowthJson(const std::vector<GrowthResult>& results, double level);
std::string RenderGrowthTable(const std::vector<GrowthResult>& results, double level);

// {"reference":{"label":"NO","rate":14.9},"rows":[{"dx","ou","pe","observed","denominator","rate",
// "expected","expected_ratio","gap","gap_low","gap_high","status"}],"level":0.95}; gap = expected −
// observed (positive: that many missing to reach the reference), its interval from the observed count.
std::string RenderGapJson(const GapResult& result, double level);
std::string RenderGapTable(const GapResult& result, double level);

// {"rows":[{"dx","ou","points","growth_factor","annual_percent","ci_low","ci_high","dispersion",
// "status"}],"level":0.95}: growth per year from a log-linear Poisson trend; the interval is that of
// the annual percent change.
std::string RenderTrendJson(const std::vector<TrendRow>& rows, double level);
std::string RenderTrendTable(const std::vector<TrendRow>& rows, double level);

// {"coefficient","irr","se_model","se_quasi","se_robust","ci_low","ci_high","dispersion","deviance",
// "p_randomization","permutations","exhaustive","units","periods","cells","level","caveats":[..]}
// — field names other tools rely on.
std::string RenderEffectJson(const analytics::ClusterEffect& effect, double level);
std::string RenderEffectTable(const analytics::ClusterEffect& effect, double level);

// {"rows":[{"dx","ou","pe","value","low","high","status"}],"effect":{"coefficient","coefficient_low",
// "coefficient_high","irr","irr_low","irr_high","scenarios"}}: the value as observed and its range
// if only a share (the completeness) of cases were registered.
std::string RenderSensitivityJson(const SensitivityResult& result);
std::string RenderSensitivityTable(const SensitivityResult& result);

// {"rows":[{"ou","pe","coverage","members","units","source"}]}; coverage is a share 0..1 (absent
// for a unit without health trusts).
std::string RenderCoverageJson(const std::vector<CoverageRow>& rows);
std::string RenderCoverageTable(const std::vector<CoverageRow>& rows);

}  // namespace polyfon::app
