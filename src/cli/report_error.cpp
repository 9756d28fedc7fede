#include "cli/report_error.hpp"

#include <iostream>

#include "cli/exit_codes.hpp"

namespace polyfon::cli {

int ReportError(std::string_view command, const core::Status& status) {
  std::cerr << "polyfon " << command << ": " << status.message() << "\n";
  return ExitCodeFor(status);
}

}  // namespace polyfon::cli
