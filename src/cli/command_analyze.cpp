#include <iostream>

#include "app/analysis_output.hpp"
#include "app/analyze.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/query_spec_args.hpp"
#include "cli/report_error.hpp"

namespace polyfon::cli {

namespace {
// A selection the analysis cannot use (three cells for a ratio) is a usage error; data that cannot
// answer it (an exposure the model cannot identify) is bad input.
int ReportAnalysisError(const std::string& command, const core::Status& status) {
  const int code = ReportError(command, status);
  return status.code() == core::ErrorCode::kInvalidArgument ? kExitUsage : code;
}
}  // namespace

int RunAnalyze(const StoreOpener& open, const std::string& db, const std::string& analysis, const QueryArgs& args) {
  const std::string command = "analyze " + analysis;
  auto spec = SpecFromArgs(args);
  if (!spec) {
    ReportError(command, spec.error());
    return kExitUsage;
  }
  if (args.format != "table" && args.format != "json") {
    std::cerr << "polyfon " << command << ": --format must be table or json\n";
    return kExitUsage;
  }
  const bool json = args.format == "json";
  auto store = open(db, OpenIntent::kExisting);
  if (!store) return ReportError(command, store.error());
  if (analysis == "ratio") {
    auto result = app::AnalyzeRatio(**store, *spec);
    if (!result) return ReportAnalysisError(command, result.error());
    std::cout << (json ? app::RenderRatioJson(*result, spec->level) + "\n"
                       : app::RenderRatioTable(*result, spec->level));
    return kExitOk;
  }
  if (analysis == "coverage") {
    auto rows = app::AnalyzeCoverage(**store, spec->org_units, spec->periods);
    if (!rows) return ReportAnalysisError(command, rows.error());
    std::cout << (json ? app::RenderCoverageJson(*rows) + "\n" : app::RenderCoverageTable(*rows));
    return kExitOk;
  }
  if (analysis == "sensitivity") {
    auto assumption = analytics::ParseCompleteness(args.completeness);
    if (!assumption) {
      ReportError(command, assumption.error());
      return kExitUsage;
    }
    auto result =
        app::AnalyzeSensitivity(**store, *spec, *assumption, args.exposure, app::ParseGapReference(args.reference));
    if (!result) return ReportAnalysisError(command, result.error());
    std::cout << (json ? app::RenderSensitivityJson(*result) + "\n" : app::RenderSensitivityTable(*result));
    return kExitOk;
  }
  if (analysis == "effect") {
    auto effect = app::AnalyzeEffect(**store, *spec, args.exposure);
    if (!effect) return ReportAnalysisError(command, effect.error());
    std::cout << (json ? app::RenderEffectJson(*effect, spec->level) + "\n"
                       : app::RenderEffectTable(*effect, spec->level));
    return kExitOk;
  }
  if (analysis == "trend") {
    auto rows = app::AnalyzeTrend(**store, *spec);
    if (!rows) return ReportAnalysisError(command, rows.error());
    std::cout << (json ? app::RenderTrendJson(*rows, spec->level) + "\n" : app::RenderTrendTable(*rows, spec->level));
    return kExitOk;
  }
  if (analysis == "gap") {
    auto result = app::AnalyzeGap(**store, *spec, app::ParseGapReference(args.reference));
    if (!result) return ReportAnalysisError(command, result.error());
    std::cout << (json ? app::RenderGapJson(*result, spec->level) + "\n" : app::RenderGapTable(*result, spec->level));
    return kExitOk;
  }
  auto results = app::AnalyzeGrowth(**store, *spec);
  if (!results) return ReportAnalysisError(command, results.error());
  std::cout << (json ? app::RenderGrowthJson(*results, spec->level) + "\n"
                     : app::RenderGrowthTable(*results, spec->level));
  return kExitOk;
}

}  // namespace polyfon::cli
