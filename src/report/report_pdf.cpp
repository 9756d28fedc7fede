#include "report/report_pdf.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>

extern char** environ;

namespace polyfon::report {

namespace {
namespace fs = std::filesystem;

std::string FindChromium() {
  if (const char* given = std::getenv("POLYFON_CHROMIUM"); given != nullptr && *given != '\0') return given;
  const char* path = std::getenv("PATH");
  std::string dirs = path != nullptr ? path : "/usr/bin:/bin";
  for (const char* name : {"chromium", "chromium-browser"}) {
    size_t start = 0;
    while (start <= dirs.size()) {
      size_t end = dirs.find(':', start);
      if (end == std::string::npos) end = dirs.size();
      fs::path candidate = fs::path(dirs.substr(start, end - start)) / name;
      if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
      start = end + 1;
    }
  }
  return "";
}

// A private temporary folder, removed when it goes out of scope.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "polyfon-report-XXXXXX").string();
    if (::mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    if (!path_.empty()) fs::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

int Run(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  // Chromium's own chatter is no part of the report command's output.
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return -1;
  int status = 0;
  if (::waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
}  // namespace

core::Status PrintPdf(const std::string& html, const std::string& output) {
  const std::string chromium = FindChromium();
  if (chromium.empty()) {
    return core::Status(core::ErrorCode::kUnavailable,
                        "printing a PDF needs Chromium: install the package chromium or set POLYFON_CHROMIUM");
  }
  TempDir dir;
  if (dir.path().empty()) return core::Status(core::ErrorCode::kUnavailable, "cannot create a temporary folder");
  const fs::path page = dir.path() / "report.html";
  {
    std::ofstream out(page, std::ios::binary);
    out << html;
    if (!out) return core::Status(core::ErrorCode::kUnavailable, "cannot write " + page.string());
  }
  const fs::path pdf = dir.path() / "report.pdf";
  const std::vector<std::string> args = {
      chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
      "--user-data-dir=" + (dir.path() / "profile").string(), "--no-pdf-header-footer",
      // Virtual time runs the page's scripts (the charts) to completion before printing.
      "--virtual-time-budget=30000", "--print-to-pdf=" + pdf.string(), "file://" + page.string()};
  const int exit_code = Run(args);
  std::error_code error;
  if (exit_code != 0 || !fs::exists(pdf, error) || fs::file_size(pdf, error) == 0) {
    return core::Status(core::ErrorCode::kUnavailable,
                        chromium + " could not print the report (exit " + std::to_string(exit_code) + ")");
  }
  fs::copy_file(pdf, output, fs::copy_options::overwrite_existing, error);
  if (error) return core::Status(core::ErrorCode::kUnavailable, "cannot write " + output + ": " + error.message());
  return core::Status::Ok();
}

}  // namespace polyfon::report
