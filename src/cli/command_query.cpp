#include <iostream>

#include "app/clock.hpp"
#include "app/px_output.hpp"
#include "app/query_data.hpp"
#include "app/query_output.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/query_spec_args.hpp"
#include "cli/report_error.hpp"

namespace polyfon::cli {

int RunQuery(const StoreOpener& open, const std::string& db, const QueryArgs& args) {
  auto spec = SpecFromArgs(args);
  if (!spec) {
    std::cerr << "polyfon query: " << spec.error().message() << "\n";
    return kExitUsage;
  }
  // PX-Axis is no row format: it needs the catalog's names.
  const bool px = args.format == "px";
  const auto format = app::ParseOutputFormat(args.format);
  if (!format && !px) {
    std::cerr << "polyfon query: unknown --format '" << args.format << "'\n";
    return kExitUsage;
  }

  auto store = open(db, OpenIntent::kExisting);
  if (!store) return ReportError("query", store.error());
  auto rows = app::QueryData(**store, *spec);
  if (!rows) return ReportError("query", rows.error());
  if (px) {
    auto catalog = (*store)->LoadCatalog();
    if (!catalog) return ReportError("query", catalog.error());
    std::cout << app::RenderPx(*rows, *spec, core::CatalogIndex(*catalog), app::NowIso8601());
    return kExitOk;
  }
  switch (*format) {
    case app::OutputFormat::kJson: std::cout << app::RenderJson(*rows) << "\n"; break;
    case app::OutputFormat::kCsv: std::cout << app::RenderCsv(*rows); break;
    case app::OutputFormat::kTable: std::cout << app::RenderTable(*rows, spec->level); break;
  }
  return kExitOk;
}

}  // namespace polyfon::cli
