#pragma once

#include <memory>

#include "core/store.hpp"

namespace polyfon::store::memory {

// A store kept in process memory, with the same semantics as the SQLite store (the contract suite
// runs both), for fast unit tests of the layers above. Thread-safe. BeginWrite() copies the whole
// state and Commit() swaps the copy in, so rollback is dropping the copy; keep test data small.
// A second BeginWrite() while a writer is open fails at once with kUnavailable (there is no other
// process to wait for). REQUIRES: the store outlives its writers.
std::unique_ptr<core::Store> NewMemoryStore();

}  // namespace polyfon::store::memory
