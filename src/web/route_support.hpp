#pragma once

// Internal to web: what every group of API routes shares.

#include <chrono>
#include <memory>
#include <mutex>
#include <utility>

#include "core/status.hpp"
#include "core/store.hpp"
#include "web/data_version_memo.hpp"
#include "web/http_types.hpp"
#include "web/response_cache.hpp"

namespace polyfon::web {

// An error response: input errors are explained to the client; internal ones are logged and
// answered without internals.
HttpResponse ErrorResponse(const core::Status& status);

// The store and the lock that serialises calls into it (one connection, many server threads).
class StoreAccess {
 public:
  // How long a data version read from the store is trusted: the delay before a write by another
  // process shows in cached answers.
  static constexpr std::chrono::milliseconds kVersionMaxAge{2};

  explicit StoreAccess(core::Store& store)
      : store_(store),
        mutex_(std::make_shared<std::mutex>()),
        cache_(std::make_shared<ResponseCache>()),
        version_(std::make_shared<DataVersionMemo>(kVersionMaxAge)) {}

  // Wraps handler(core::Store&, const HttpRequest&) into a Handler that holds the lock. A request
  // other than GET or HEAD may have written: the data version is read afresh after it.
  template <typename F>
  auto Locked(F handler) const {
    return [store = &store_, mutex = mutex_, version = version_, handler = std::move(handler)](
               const HttpRequest& request) {
      std::lock_guard lock(*mutex);
      HttpResponse response = handler(*store, request);
      if (request.method != "GET" && request.method != "HEAD") version->Invalidate();
      return response;
    };
  }

  // Calls f(core::Store&) under the lock and returns what it returns.
  template <typename F>
  auto With(F f) const {
    std::lock_guard lock(*mutex_);
    return f(store_);
  }

  // As Locked, for a GET whose answer depends only on the request and the data: answered from the
  // response cache while the data version is unchanged, with an ETag, and 304 for a matching
  // If-None-Match. Only 200 responses are kept.
  template <typename F>
  auto Cached(F handler) const {
    return [store = &store_, mutex = mutex_, cache = cache_, memo = version_,
            handler = std::move(handler)](const HttpRequest& request) {
      core::Result<int64_t> version = memo->Get([&] {
        std::lock_guard lock(*mutex);
        return store->DataVersion();
      });
      if (!version) return ErrorResponse(version.error());
      const std::string key = ResponseCache::KeyOf(request);
      const std::string etag = ResponseCache::ETagOf(key, *version);
      auto with_etag = [&etag](HttpResponse response) {
        response.headers["ETag"] = etag;
        response.headers["Cache-Control"] = "no-cache";  // may be stored, must be revalidated
        response.headers["Vary"] = "Cookie, Authorization";  // the answer depends on who asks
        return response;
      };
      if (auto it = request.headers.find("if-none-match"); it != request.headers.end() && it->second == etag) {
        HttpResponse not_modified;
        not_modified.status = 304;
        not_modified.content_type.clear();
        return with_etag(std::move(not_modified));
      }
      if (auto hit = cache->Find(key, *version)) return with_etag(std::move(*hit));
      // A miss: read the version again under the same lock as the answer, so they belong together.
      std::unique_lock lock(*mutex);
      version = store->DataVersion();
      if (!version) return ErrorResponse(version.error());
      HttpResponse response = handler(*store, request);
      lock.unlock();
      if (response.status != 200) return response;
      cache->Put(key, *version, response);
      response.headers["ETag"] = ResponseCache::ETagOf(key, *version);
      response.headers["Cache-Control"] = "no-cache";
      response.headers["Vary"] = "Cookie, Authorization";
      return response;
    };
  }

 private:
  core::Store& store_;
  std::shared_ptr<std::mutex> mutex_;
  std::shared_ptr<ResponseCache> cache_;
  std::shared_ptr<DataVersionMemo> version_;
};


}  // namespace polyfon::web
