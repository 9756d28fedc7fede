#include "cli/exit_codes.hpp"

namespace polyfon::cli {

int ExitCodeFor(const core::Status& status) {
  switch (status.code()) {
    case core::ErrorCode::kOk: return kExitOk;
    case core::ErrorCode::kInvalidArgument:
    case core::ErrorCode::kParseError:
    case core::ErrorCode::kFailedPrecondition:
    // A request the data refuses, e.g. undoing an import whose values were changed again later.
    case core::ErrorCode::kConflict:
    case core::ErrorCode::kUnauthenticated:
    case core::ErrorCode::kPermissionDenied: return kExitInvalidInput;
    case core::ErrorCode::kNotFound: return kExitNotFound;
    case core::ErrorCode::kUnavailable:
    case core::ErrorCode::kCorruption:
    case core::ErrorCode::kInternal: return kExitInternal;
  }
  return kExitInternal;
}

}  // namespace polyfon::cli
