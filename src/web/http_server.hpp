#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/status.hpp"
#include "web/router.hpp"

namespace polyfon::web {

struct ServerOptions {
  std::string host = "127.0.0.1";  // a numeric address or a resolvable name
  uint16_t port = 8080;  // 0 = any free port (tests)
  int threads = 1;       // io threads; handlers run on them, so >1 runs handlers concurrently
  size_t max_body_bytes = 8 * 1024 * 1024;  // a larger request body is answered with 413
};

// An asynchronous HTTP/1.1 server (Boost.Beast) with keep-alive that hands every request to a
// Router. Start() binds and returns; requests are served on background threads until Stop() or
// destruction. A connection is closed after 30 s without a complete request. Malformed requests
// get 400, oversized bodies 413, oversized headers 431, each on a closed connection.
// Thread-safe: Stop() may be called from any thread, including from inside a handler.
class HttpServer {
 public:
  // Takes the routes; the server does nothing until Start().
  HttpServer(Router router, ServerOptions options);
  // Stops and joins the io threads. REQUIRES: not called from inside one of this server's handlers.
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and starts serving. Fails with kUnavailable if the address cannot be resolved or
  // bound, kInvalidArgument if options.threads < 1, and kInternal if called twice or after Stop().
  core::Status Start();
  // The port actually bound (useful with port 0). REQUIRES: Start() succeeded.
  uint16_t port() const;
  // Blocks until Stop() is called (e.g. from a signal handler thread), then until the io threads
  // have finished. Returns at once if Start() has not succeeded.
  void Wait();
  // Closes the listening socket and every connection; in-flight requests get up to 5 s to finish,
  // then their connections are abandoned. When called outside the server's handlers it returns
  // only after the io threads have finished, so the port is closed on return; from inside a
  // handler it returns at once and Wait() or the destructor finishes the job. Idempotent.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace polyfon::web
