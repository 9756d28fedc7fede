#include <fstream>
#include <iostream>

#include "app/data_value_set_output.hpp"
#include "app/export_values.hpp"
#include "app/json_stat_output.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/id_scheme_args.hpp"
#include "cli/report_error.hpp"
#include "core/text.hpp"

namespace polyfon::cli {

int RunExport(const StoreOpener& open, const std::string& db, const ExportArgs& args) {
  app::ExportSpec spec;
  spec.elements = core::SplitList(args.elements);
  spec.org_units = core::SplitList(args.org_units);
  auto periods = app::ParseExportPeriods(args.periods);
  if (!periods) {
    std::cerr << "polyfon export: --pe: " << periods.error().message() << "\n";
    return kExitUsage;
  }
  spec.periods = std::move(*periods);
  spec.public_output = args.public_output;
  spec.min_count = args.min_count;
  auto schemes = ParseIdSchemeArgs(args.id_schemes);
  if (!schemes) {
    std::cerr << "polyfon export: " << schemes.error().message() << "\n";
    return kExitUsage;
  }
  if (args.format == "json-stat" && !schemes->AllCode()) {
    std::cerr << "polyfon export: --id-scheme uid is for DHIS2 output (dhis2-json, csv); JSON-stat names "
                 "categories by code\n";
    return kExitUsage;
  }
  spec.id_schemes = *schemes;

  auto store = open(db, OpenIntent::kExisting);
  if (!store) return ReportError("export", store.error());
  auto values = app::ExportValues(**store, spec);
  if (!values) return ReportError("export", values.error());
  std::string text;
  if (args.format == "json-stat") {
    // Labels come from the catalog, which ExportValues has checked the values against.
    auto catalog = (*store)->LoadCatalog();
    if (!catalog) return ReportError("export", catalog.error());
    text = app::RenderValuesJsonStat(*values, core::CatalogIndex(*catalog)) + "\n";
  } else {
    const bool csv = args.format == "csv" || args.format == "dhis2-csv";
    text = csv ? app::RenderDataValueSetCsv(*values) : app::RenderDataValueSetJson(*values, spec.id_schemes) + "\n";
  }
  if (args.output.empty()) {
    std::cout << text;
    return kExitOk;
  }
  std::ofstream out(args.output, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) return ReportError("export", core::Status::Unavailable("cannot write " + args.output));
  std::cerr << "exported " << values->size() << " values to " << args.output << "\n";
  return kExitOk;
}

}  // namespace polyfon::cli
