#include <filesystem>
#include <fstream>
#include <iostream>

#include "app/clock.hpp"
#include "app/report_snapshot.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/read_file.hpp"
#include "cli/report_error.hpp"
#include "report/report_html.hpp"
#include "report/report_pdf.hpp"

namespace polyfon::cli {

namespace {

core::Status WriteText(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) return core::Status::Unavailable("cannot write " + path);
  return core::Status::Ok();
}

std::string DefaultSnapshotPath(const std::string& output) {
  std::filesystem::path path(output);
  path.replace_extension();
  return path.string() + ".snapshot.json";
}

core::Result<std::string> SnapshotFromStore(const StoreOpener& open, const std::string& db, const ReportArgs& args) {
  if (args.year == 0) return core::Status::InvalidArgument("--year is required unless --from-snapshot is given");
  auto store = open(db, OpenIntent::kExisting);
  if (!store) return store.error();
  app::ReportRequest request;
  request.year = args.year;
  request.min_count = args.min_count;
  request.taken_at = args.taken_at.empty() ? app::NowIso8601() : args.taken_at;
  return app::TakeReportSnapshot(**store, request);
}

}  // namespace

int RunReport(const StoreOpener& open, const std::string& db, const ReportArgs& args) {
  const std::string format = !args.format.empty()                                          ? args.format
                             : std::filesystem::path(args.output).extension() == ".pdf" ? "pdf"
                                                                                          : "html";
  std::string snapshot;
  if (!args.from_snapshot.empty()) {
    auto read = ReadFile(args.from_snapshot);
    if (!read) return ReportError("report", read.error());
    snapshot = std::move(*read);
  } else {
    auto taken = SnapshotFromStore(open, db, args);
    if (!taken) return ReportError("report", taken.error());
    snapshot = std::move(*taken);
    const std::string snapshot_path = args.snapshot_out.empty() ? DefaultSnapshotPath(args.output) : args.snapshot_out;
    if (core::Status written = WriteText(snapshot_path, snapshot + "\n"); !written.ok()) {
      return ReportError("report", written);
    }
    std::cerr << "froze the report's data in " << snapshot_path << "\n";
  }
  auto hash = app::SnapshotHash(snapshot);
  if (!hash) return ReportError("report", hash.error());
  auto html = report::RenderReportHtml(snapshot, args.language);
  if (!html) return ReportError("report", html.error());
  core::Status written = format == "pdf" ? report::PrintPdf(*html, args.output) : WriteText(args.output, *html);
  if (!written.ok()) return ReportError("report", written);
  std::cerr << "wrote the " << format << " report to " << args.output << " from snapshot sha256:" << *hash << "\n";
  return kExitOk;
}

}  // namespace polyfon::cli
