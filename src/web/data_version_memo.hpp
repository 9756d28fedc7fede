#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>

#include "core/status.hpp"

namespace polyfon::web {

// The store's data version, read from the store at most once per `max_age`, so that a cached
// answer costs neither the store lock nor a query. Writes made through this server call
// Invalidate() and are seen by the next request; writes by other processes (an import from the
// command line, another server) are seen within max_age. Thread-safe.
class DataVersionMemo {
 public:
  using Clock = std::chrono::steady_clock;

  explicit DataVersionMemo(Clock::duration max_age) : max_age_(max_age) {}

  // The remembered version while fresh; else read() (called without the memo's lock held, so the
  // caller may take the store lock inside it) and remember what it returns. A read that raced
  // with Invalidate() is returned but not remembered, so a write is never hidden by an older read.
  template <typename Read>
  core::Result<int64_t> Get(Read read) {
    const Clock::time_point now = Clock::now();
    uint64_t generation = 0;
    {
      std::lock_guard lock(mutex_);
      if (valid_ && now - read_at_ < max_age_) return version_;
      generation = generation_;
    }
    core::Result<int64_t> version = read();
    if (version) {
      std::lock_guard lock(mutex_);
      if (generation == generation_) {
        version_ = *version;
        read_at_ = now;  // the time before the read: the memo never looks younger than it is
        valid_ = true;
      }
    }
    return version;
  }

  // Forgets the remembered version: the next Get reads the store.
  void Invalidate() {
    std::lock_guard lock(mutex_);
    ++generation_;
    valid_ = false;
  }

 private:
  const Clock::duration max_age_;
  std::mutex mutex_;
  bool valid_ = false;
  int64_t version_ = 0;
  Clock::time_point read_at_;
  uint64_t generation_ = 0;
};

}  // namespace polyfon::web
