#include <algorithm>
#include <iostream>
#include <optional>
#include <utility>

#include "app/goal_assessment.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/report_error.hpp"

namespace polyfon::cli {

namespace {

// "2017:2020" -> (2017, 2020); "2018" -> (2018, 2018).
core::Result<std::pair<int, int>> ParseYears(const std::string& text) {
  auto year = [](const std::string& part) -> std::optional<int> {
    if (part.size() != 4 || part.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return std::stoi(part);
  };
  const size_t colon = text.find(':');
  std::optional<int> first = year(text.substr(0, colon));
  std::optional<int> last = colon == std::string::npos ? first : year(text.substr(colon + 1));
  if (!first || !last || *last < *first) {
    return core::Status::InvalidArgument("--years: '" + text + "' is not a year or a range of years like 2017:2020");
  }
  return std::pair{*first, *last};
}

}  // namespace

int RunGoals(const StoreOpener& open, const std::string& db, const GoalsArgs& args) {
  auto store = open(db, OpenIntent::kExisting);
  if (!store) return ReportError("goals", store.error());
  app::SeriesOptions options;
  options.last_year = args.year;
  options.first_year = std::min(options.first_year, args.year);
  options.min_count = args.min_count;
  auto assessment = app::AssessGoals(**store, options);
  if (!assessment) return ReportError("goals", assessment.error());
  std::cout << (args.format == "json" ? app::RenderGoalsJson(*assessment) : app::RenderGoalsTable(*assessment));
  return kExitOk;
}

int RunActivities(const StoreOpener& open, const std::string& db, const ActivitiesArgs& args) {
  auto years = ParseYears(args.years);
  if (!years) return ReportError("activities", years.error());
  auto store = open(db, OpenIntent::kExisting);
  if (!store) return ReportError("activities", store.error());
  auto registry = (*store)->LoadRegistry();
  if (!registry) return ReportError("activities", registry.error());
  const auto rows = analytics::TallyActivities(registry->activities, years->first, years->second);
  std::cout << (args.format == "json" ? app::RenderActivityTalliesJson(rows) : app::RenderActivityTalliesTable(rows));
  return kExitOk;
}

}  // namespace polyfon::cli
