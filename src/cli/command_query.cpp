#include <iostream>

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
  const auto format = app::ParseOutputFormat(args.format);
  if (!format) {
    std::cerr << "polyfon query: unknown --format '" << args.format << "'\n";
    return kExitUsage;
  }

  auto store = open(db, OpenIntent::kExisting);
  if (!store) return ReportError("query", store.error());
  auto rows = app::QueryData(**store, *spec);
  if (!rows) return ReportError("query", rows.error());
  switch (*format) {
    case app::OutputFormat::kJson: std::cout << app::RenderJson(*rows) << "\n"; break;
    case app::OutputFormat::kCsv: std::cout << app::RenderCsv(*rows); break;
    case app::OutputFormat::kTable: std::cout << app::RenderTable(*rows, spec->level); break;
  }
  return kExitOk;
}

}  // namespace polyfon::cli
