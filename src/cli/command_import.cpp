#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include "app/clock.hpp"
#include "app/import_files.hpp"
#include "app/validation_output.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/id_scheme_args.hpp"
#include "cli/read_file.hpp"
#include "cli/report_error.hpp"
#include "io/import_format.hpp"
#include "io/stat_mapping.hpp"

namespace polyfon::cli {

namespace {

std::string UserName() {
  const char* user = std::getenv("USER");
  return user != nullptr && *user != '\0' ? user : "polyfon";
}

// On a terminal, shows how far a long import has come; silent in pipes and logs.
void ShowProgress(const app::ImportProgress& progress) {
  static const bool terminal = isatty(STDERR_FILENO) == 1;
  if (!terminal || progress.total < 100000) return;
  std::fprintf(stderr, "\r%s: %lld of %lld values", progress.file.c_str(), static_cast<long long>(progress.done),
               static_cast<long long>(progress.total));
  if (progress.done == progress.total) std::fputc('\n', stderr);
}

// "skipped cells without a number: 3 '..' (not available), 2 ':' (confidential)".
std::string SkippedCells(const std::map<std::string, int64_t>& symbols) {
  std::string text = "skipped cells without a number:";
  const char* separator = " ";
  for (const auto& [symbol, count] : symbols) {
    const std::string_view meaning = io::StatSymbolMeaning(symbol);
    text += separator + std::to_string(count) + " '" + symbol + "'" +
            (meaning.empty() ? "" : " (" + std::string(meaning) + ")");
    separator = ", ";
  }
  return text;
}

}  // namespace

int RunImport(const StoreOpener& open, const std::string& db, const ImportArgs& args) {
  auto format = io::ParseImportFormat(args.format);
  if (!format) {
    std::cerr << "polyfon import: unknown --format '" << args.format << "'\n";
    return kExitUsage;
  }
  auto schemes = ParseIdSchemeArgs(args.id_schemes);
  if (!schemes) {
    std::cerr << "polyfon import: " << schemes.error().message() << "\n";
    return kExitUsage;
  }
  app::ImportRequest request;
  request.options.format = *format;
  request.options.id_schemes = *schemes;
  request.options.element = args.element;
  request.options.stored_by = UserName();
  request.options.now = app::NowIso8601();
  request.dry_run = args.dry_run;
  request.progress = ShowProgress;
  if (!args.mapping.empty()) {
    auto mapping = ReadFile(args.mapping);
    if (!mapping) return ReportError("import", mapping.error());
    request.options.mapping = io::MappingFile{args.mapping, std::move(*mapping)};
  }
  request.options.language = args.language;
  for (const std::string& path : args.files) {
    auto content = ReadFile(path);
    if (!content) return ReportError("import", content.error());
    request.files.push_back({path, std::move(*content)});
  }
  auto store = open(db, args.dry_run ? OpenIntent::kExisting : OpenIntent::kCreate);
  if (!store) return ReportError("import", store.error());
  auto report = app::ImportFiles(**store, request);
  if (!report) {
    std::cerr << "polyfon import: rejected, nothing was written:\n" << report.error().message() << "\n";
    return ExitCodeFor(report.error());
  }
  for (const app::FileReport& file : report->files) {
    std::cout << file.name << " (" << io::ImportFormatName(file.format) << "): " << file.rows << " rows; values "
              << file.values.inserted << " new, " << file.values.updated << " updated, " << file.values.unchanged
              << " unchanged; metadata " << file.metadata.changed() << " changed\n";
    if (!file.skipped_symbols.empty()) std::cout << "  " << SkippedCells(file.skipped_symbols) << "\n";
  }
  for (const analytics::RuleViolation& violation : report->rule_violations) {
    std::cerr << "warning: " << app::DescribeViolation(violation) << "\n";
  }
  if (report->dry_run) std::cout << "dry run: nothing was written\n";
  return kExitOk;
}

}  // namespace polyfon::cli
