#pragma once

#include "cli/store_opener.hpp"

namespace polyfon::cli {

// Parses the command line (`polyfon [--db PATH] COMMAND ...`) and runs the command. The database
// is --db, else $POLYFON_DB, else ./polyfon.db. Returns the process exit code.
int RunCli(int argc, char** argv, const StoreOpener& open);

}  // namespace polyfon::cli
