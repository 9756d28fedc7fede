#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/store.hpp"

namespace polyfon::store::testing {

// A back end the contract suite runs against.
struct StoreBackend {
  std::string name;  // part of each test's name: "memory", "sqlite"
  // Opens the store kept in `folder`, an empty scratch folder owned by the test; called again on
  // the same folder to reopen it.
  std::function<core::Result<std::unique_ptr<core::Store>>(const std::string& folder)> open;
  // True if reopening shows what was committed (a real database); the memory back end keeps its
  // one instance instead.
  bool persistent = false;
};

// Every back end, in one place: adding PostgreSQL means adding one entry here.
const std::vector<StoreBackend>& StoreBackends();

// A new empty folder under testing::TempDir(); the caller removes it.
std::string MakeScratchFolder();

}  // namespace polyfon::store::testing
