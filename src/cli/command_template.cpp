#include <fstream>
#include <iostream>

#include "app/clock.hpp"
#include "app/reporting_template.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/report_error.hpp"

namespace polyfon::cli {

int RunTemplate(const StoreOpener& open, const std::string& db, const TemplateArgs& args) {
  auto store = open(db, OpenIntent::kExisting);
  if (!store) return ReportError("template", store.error());
  app::TemplateRequest request;
  request.participant = args.participant;
  request.year = args.year;
  // Today's hierarchy, as the web form shows it.
  request.day = core::ParseDate(app::NowIso8601().substr(0, 10)).value_or(core::Date{});
  auto rendered = app::RenderReportingTemplate(**store, request);
  if (!rendered) return ReportError("template", rendered.error());
  std::ofstream out(args.output, std::ios::binary | std::ios::trunc);
  out << rendered->bytes;
  out.close();
  if (!out) return ReportError("template", core::Status::Unavailable("cannot write " + args.output));
  std::cerr << "wrote the reporting template of " << args.participant << " for " << args.year << " ("
            << rendered->rows << " rows) to " << args.output << "\n";
  return kExitOk;
}

}  // namespace polyfon::cli
