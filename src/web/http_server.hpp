#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/status.hpp"
#include "web/router.hpp"

namespace polyfon::web {

struct ServerOptions {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;  // 0 = any free port (tests)
  int threads = 1;
  size_t max_body_bytes = 8 * 1024 * 1024;
};

// An asynchronous HTTP/1.1 server (Boost.Beast) with keep-alive that hands every request to a
// Router. Start() binds and returns; requests are served on background threads until Stop() or
// destruction. Thread-safe: Stop() may be called from any thread.
class HttpServer {
 public:
  HttpServer(Router router, ServerOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and starts serving. Fails with kUnavailable if the address cannot be bound.
  core::Status Start();
  // The port actually bound (useful with port 0). REQUIRES: Start() succeeded.
  uint16_t port() const;
  // Blocks until Stop() is called (e.g. from a signal handler thread).
  void Wait();
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace polyfon::web
