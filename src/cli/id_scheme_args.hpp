#pragma once

#include "cli/commands.hpp"
#include "core/status.hpp"
#include "io/dhis2_id_scheme.hpp"

namespace polyfon::cli {

// The id schemes that --id-scheme and its specific options give (CODE or UID, in any case). Fails
// with kInvalidArgument naming the option ("--org-unit-id-scheme: 'NAME' is not supported
// (expected CODE or UID)"); the caller reports it as a usage error.
core::Result<io::IdSchemes> ParseIdSchemeArgs(const IdSchemeArgs& args);

}  // namespace polyfon::cli
