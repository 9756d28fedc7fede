#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/clock.hpp"
#include "app/import_files.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/report_error.hpp"
#include "io/import_format.hpp"

namespace polyfon::cli {

namespace {

core::Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::Status::NotFound("cannot open " + path);
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return core::Status::Unavailable("cannot read " + path);
  return content.str();
}

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

}  // namespace

int RunImport(const StoreOpener& open, const std::string& db, const ImportArgs& args) {
  auto format = io::ParseImportFormat(args.format);
  if (!format) {
    std::cerr << "polyfon import: unknown --format '" << args.format << "'\n";
    return kExitUsage;
  }
  app::ImportRequest request;
  request.options.format = *format;
  request.options.element = args.element;
  request.options.stored_by = UserName();
  request.options.now = app::NowIso8601();
  request.dry_run = args.dry_run;
  request.progress = ShowProgress;
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
  }
  if (report->dry_run) std::cout << "dry run: nothing was written\n";
  return kExitOk;
}

}  // namespace polyfon::cli
