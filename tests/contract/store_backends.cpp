#include "store_backends.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include "store/memory/memory_store.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace polyfon::store::testing {

const std::vector<StoreBackend>& StoreBackends() {
  static const std::vector<StoreBackend> backends = {
      {.name = "memory",
       .open = [](const std::string&) -> core::Result<std::unique_ptr<core::Store>> {
         return memory::NewMemoryStore();
       },
       .persistent = false},
      {.name = "sqlite",
       .open =
           [](const std::string& folder) {
             // A short busy timeout keeps the "second writer" tests quick.
             return sqlite::OpenSqliteStore(folder + "/polyfon.db", sqlite::OpenMode::kCreateIfMissing,
                                            {.busy_timeout_ms = 100});
           },
       .persistent = true},
  };
  return backends;
}

std::string MakeScratchFolder() {
  std::string pattern = ::testing::TempDir() + "polyfon-contract-XXXXXX";
  if (!mkdtemp(pattern.data())) ADD_FAILURE() << "mkdtemp failed for " << pattern;
  return pattern;
}

}  // namespace polyfon::store::testing
