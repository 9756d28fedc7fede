#include <iostream>

#include "app/validate.hpp"
#include "app/validation_output.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/read_file.hpp"
#include "cli/report_error.hpp"
#include "core/text.hpp"

namespace polyfon::cli {

int RunValidate(const StoreOpener& open, const std::string& db, const ValidateArgs& args) {
  app::ValidateRequest request;
  auto periods = core::ParsePeriodSelection(args.periods);
  if (!periods) {
    std::cerr << "polyfon validate: --pe: " << periods.error().message() << "\n";
    return kExitUsage;
  }
  request.periods = std::move(*periods);
  if (!args.rules.empty()) {
    auto content = ReadFile(args.rules);
    if (!content) return ReportError("validate", content.error());
    request.rules_name = args.rules;
    request.rules_content = std::move(*content);
  }
  if (!args.bounds.empty()) {
    auto content = ReadFile(args.bounds);
    if (!content) return ReportError("validate", content.error());
    request.bounds_name = args.bounds;
    request.bounds_content = std::move(*content);
  }
  request.outliers = args.outliers || !args.bounds.empty();
  request.outlier_options.z_threshold = args.z_threshold;
  request.outlier_elements = core::SplitList(args.elements);

  auto store = open(db, OpenIntent::kExisting);
  if (!store) return ReportError("validate", store.error());
  auto report = app::Validate(**store, request);
  if (!report) return ReportError("validate", report.error());
  std::cout << (args.format == "json" ? app::RenderValidationJson(*report) : app::RenderValidationTable(*report));
  // Scripts can tell data that breaks a rule from data that passes; outliers are only for follow-up.
  if (report->result.violations.empty()) return kExitOk;
  const size_t count = report->result.violations.size();
  std::cerr << "polyfon validate: " << count << (count == 1 ? " violation" : " violations")
            << " of the validation rules\n";
  return kExitInvalidInput;
}

}  // namespace polyfon::cli
