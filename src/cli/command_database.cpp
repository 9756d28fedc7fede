#include <iostream>

#include "app/clock.hpp"
#include "app/load_demo.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/report_error.hpp"

namespace polyfon::cli {

int RunInit(const StoreOpener& open, const std::string& db) {
  auto store = open(db, OpenIntent::kCreate);
  if (!store) return ReportError("init", store.error());
  std::cout << "database " << db << " is ready\n";
  return kExitOk;
}

int RunDemo(const StoreOpener& open, const std::string& db) {
  auto store = open(db, OpenIntent::kCreate);
  if (!store) return ReportError("demo", store.error());
  auto report = app::LoadDemo(**store, app::NowIso8601());
  if (!report) return ReportError("demo", report.error());
  core::WriteCounts values;
  core::WriteCounts metadata;
  for (const app::FileReport& file : report->files) {
    values.Add(file.values);
    metadata.Add(file.metadata);
  }
  std::cout << "loaded the bundled data into " << db << ": " << values.inserted << " new values, "
            << values.updated << " updated, " << values.unchanged << " unchanged; " << metadata.changed()
            << " metadata entries changed\n";
  return kExitOk;
}

}  // namespace polyfon::cli
