// `polyfon history`, `polyfon sources` and `polyfon undo-import`: the audit trail of the values.
#include <cstdlib>
#include <iostream>

#include "app/clock.hpp"
#include "app/export_values.hpp"
#include "app/history_output.hpp"
#include "app/query_output.hpp"
#include "app/undo_import.hpp"
#include "app/value_history.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/report_error.hpp"
#include "core/text.hpp"

namespace polyfon::cli {

namespace {

// Who undoes an import, as `polyfon import` records who imported.
std::string UserName() {
  const char* user = std::getenv("USER");
  return user != nullptr && *user != '\0' ? user : "polyfon";
}

}  // namespace

int RunHistory(const StoreOpener& open, const std::string& db, const HistoryArgs& args) {
  app::HistorySpec spec;
  spec.elements = core::SplitList(args.elements);
  spec.org_units = core::SplitList(args.org_units);
  auto periods = app::ParseExportPeriods(args.periods);
  if (!periods) {
    std::cerr << "polyfon history: --pe: " << periods.error().message() << "\n";
    return kExitUsage;
  }
  spec.periods = std::move(*periods);
  if (args.source > 0) spec.source_id = args.source;
  spec.limit = args.limit;
  const auto format = app::ParseOutputFormat(args.format);
  if (!format) {
    std::cerr << "polyfon history: unknown --format '" << args.format << "'\n";
    return kExitUsage;
  }

  auto store = open(db, OpenIntent::kExisting);
  if (!store) return ReportError("history", store.error());
  auto entries = app::LoadValueHistory(**store, spec);
  if (!entries) return ReportError("history", entries.error());
  switch (*format) {
    case app::OutputFormat::kTable: std::cout << app::RenderHistoryTable(*entries); break;
    case app::OutputFormat::kCsv: std::cout << app::RenderHistoryCsv(*entries); break;
    case app::OutputFormat::kJson: std::cout << app::RenderHistoryJson(*entries) << "\n"; break;
  }
  return kExitOk;
}

int RunSources(const StoreOpener& open, const std::string& db, const std::string& format_name) {
  const auto format = app::ParseOutputFormat(format_name);
  if (!format) {
    std::cerr << "polyfon sources: unknown --format '" << format_name << "'\n";
    return kExitUsage;
  }
  auto store = open(db, OpenIntent::kExisting);
  if (!store) return ReportError("sources", store.error());
  auto sources = app::ListImports(**store);
  if (!sources) return ReportError("sources", sources.error());
  switch (*format) {
    case app::OutputFormat::kTable: std::cout << app::RenderSourcesTable(*sources); break;
    case app::OutputFormat::kCsv: std::cout << app::RenderSourcesCsv(*sources); break;
    case app::OutputFormat::kJson: std::cout << app::RenderSourcesJson(*sources) << "\n"; break;
  }
  return kExitOk;
}

int RunUndoImport(const StoreOpener& open, const std::string& db, const UndoImportArgs& args) {
  auto store = open(db, OpenIntent::kExisting);
  if (!store) return ReportError("undo-import", store.error());
  const app::UndoRequest request{
      .source_id = args.source, .now = app::NowIso8601(), .user = UserName(), .dry_run = args.dry_run};
  auto report = app::UndoImport(**store, request);
  if (!report) {
    std::cerr << "polyfon undo-import: refused, nothing was written:\n" << report.error().message() << "\n";
    return ExitCodeFor(report.error());
  }
  const core::UndoCounts& counts = report->counts;
  std::cout << "import " << report->undone.id << " (" << report->undone.source.name << ")"
            << (report->dry_run ? " would be undone" : " undone") << "; values " << counts.restored << " restored, "
            << counts.deleted << " deleted, " << counts.unchanged << " unchanged";
  if (report->committed) std::cout << "; recorded as import " << counts.source_id;
  std::cout << "\n";
  if (report->dry_run) std::cout << "dry run: nothing was written\n";
  return kExitOk;
}

}  // namespace polyfon::cli
