// The composition root: the only place that chooses a concrete store.
#include "cli/run_cli.hpp"
#include "store/sqlite/sqlite_store.hpp"

int main(int argc, char** argv) {
  auto open = [](const std::string& location, polyfon::cli::OpenIntent intent) {
    const auto mode = intent == polyfon::cli::OpenIntent::kCreate ? polyfon::store::sqlite::OpenMode::kCreateIfMissing
                                                                  : polyfon::store::sqlite::OpenMode::kMustExist;
    return polyfon::store::sqlite::OpenSqliteStore(location, mode);
  };
  return polyfon::cli::RunCli(argc, argv, open);
}
