#pragma once

#include "app/query_data.hpp"  // analytics::QuerySpec, as app takes it
#include "cli/commands.hpp"
#include "core/status.hpp"

namespace polyfon::cli {

// The QuerySpec that query and analyze flags describe. Fails with kInvalidArgument for a bad
// --pe (the caller reports it as a usage error).
core::Result<analytics::QuerySpec> SpecFromArgs(const QueryArgs& args);

}  // namespace polyfon::cli
