#pragma once

// Internal to web: what every group of API routes shares.

#include <memory>
#include <mutex>
#include <utility>

#include "core/status.hpp"
#include "core/store.hpp"
#include "web/http_types.hpp"

namespace polyfon::web {

// The store and the lock that serialises calls into it (one connection, many server threads).
class StoreAccess {
 public:
  explicit StoreAccess(core::Store& store) : store_(store), mutex_(std::make_shared<std::mutex>()) {}

  // Wraps handler(core::Store&, const HttpRequest&) into a Handler that holds the lock.
  template <typename F>
  auto Locked(F handler) const {
    return [store = &store_, mutex = mutex_, handler = std::move(handler)](const HttpRequest& request) {
      std::lock_guard lock(*mutex);
      return handler(*store, request);
    };
  }

 private:
  core::Store& store_;
  std::shared_ptr<std::mutex> mutex_;
};

// An error response: input errors are explained to the client; internal ones are logged and
// answered without internals.
HttpResponse ErrorResponse(const core::Status& status);

}  // namespace polyfon::web
