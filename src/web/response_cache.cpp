#include "web/response_cache.hpp"

#include <cstdio>
#include <functional>

namespace polyfon::web {

std::string ResponseCache::KeyOf(const HttpRequest& request) {
  // Who asks decides what is hidden; the small-count limit is the server's, the same for all.
  std::string key = request.principal.ViewKey() + " " + request.method + " " + request.path + "?";
  for (const auto& [name, value] : request.query) {  // a multimap: sorted by name, repeats in order
    key += name;
    key += '=';
    key += value;
    key += '&';
  }
  return key;
}

std::string ResponseCache::ETagOf(const std::string& key, int64_t version) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "\"%lld-%zx\"", static_cast<long long>(version), std::hash<std::string>()(key));
  return buffer;
}

std::optional<HttpResponse> ResponseCache::Find(const std::string& key, int64_t version) const {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end() || it->second.version != version) return std::nullopt;
  return it->second.response;
}

void ResponseCache::Put(const std::string& key, int64_t version, const HttpResponse& response) {
  std::lock_guard lock(mutex_);
  if (entries_.size() >= max_entries_ && entries_.find(key) == entries_.end()) entries_.clear();
  entries_[key] = Entry{version, response};
}

}  // namespace polyfon::web
