#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "web/http_types.hpp"

namespace polyfon::web {

// Successful GET responses by request (method, path and query) and data version: the API's answers
// change only when the data do, so a repeated request is answered from memory. Thread-safe. When
// full, the cache starts over (simple, and a dashboard asks for few distinct things).
class ResponseCache {
 public:
  explicit ResponseCache(size_t max_entries = 4096) : max_entries_(max_entries) {}

  // The key of a request: who asks (core::Principal::ViewKey), method, path and the query
  // parameters in a canonical order.
  static std::string KeyOf(const HttpRequest& request);
  // A strong ETag for a key at a data version.
  static std::string ETagOf(const std::string& key, int64_t version);

  std::optional<HttpResponse> Find(const std::string& key, int64_t version) const;
  void Put(const std::string& key, int64_t version, const HttpResponse& response);

 private:
  struct Entry {
    int64_t version = 0;
    HttpResponse response;
  };
  size_t max_entries_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace polyfon::web
