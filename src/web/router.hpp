#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "web/http_types.hpp"

namespace polyfon::web {

// Turns a request into a response. Called concurrently from the server's threads, so a handler
// must be thread-safe. Expected failures should be returned as error responses
// (HttpResponse::JsonError); a thrown exception becomes a generic 500.
using Handler = std::function<HttpResponse(const HttpRequest&)>;

// Who may call a route: anyone (anonymous visitors included), or a signed-in user with at least a
// role (core::Principal::HasRole). The Router answers 401 to an anonymous request for a route that
// needs a sign-in, and 403 to a signed-in user whose role is too low; finer rules (a reporter's own
// org units, what output a role sees) are the handler's, through request.principal.
enum class Access { kAnyone, kSignedIn, kReporter, kCoordinator, kAdmin };

// Runs before every handler: fills in request.principal (and min_count) from the request, or
// returns the answer to send instead (401 for an invalid token, 403 for a missing CSRF token).
using Gate = std::function<std::optional<HttpResponse>(HttpRequest&)>;

// Maps method + exact path (or, failing that, the longest registered path prefix) to a handler. Unknown paths get 404, a known path with another method
// 405 (with an Allow header); a handler that throws gets a 500 JSON error without internals (the
// exception text goes to stderr). HEAD is served by the GET handler unless a HEAD route exists.
// Not thread-safe while routes are added; Dispatch() is safe to call concurrently afterwards.
class Router {
 public:
  // Registers `handler` for `method` (case-sensitive, e.g. "GET") and the decoded `path` (exact
  // match, no patterns). Replaces any handler already registered for the same method and path.
  void Add(std::string method, std::string path, Handler handler, Access access = Access::kAnyone);
  // Registers `handler` for every path that starts with `prefix` (e.g. "/api/orgunits/") and has no
  // exact route; the longest matching prefix wins. The handler reads the rest from request.path.
  void AddPrefix(std::string method, std::string prefix, Handler handler, Access access = Access::kAnyone);
  // Sets the gate every request passes before its handler (after routing: unknown paths get 404
  // without it). Without a gate every request is anonymous.
  void SetGate(Gate gate) { gate_ = std::move(gate); }
  // The handler's response, or a 404/405/500 JSON error as described above. Never throws except
  // for out-of-memory.
  HttpResponse Dispatch(HttpRequest&& request) const;
  HttpResponse Dispatch(const HttpRequest& request) const { return Dispatch(HttpRequest(request)); }

  struct RouteInfo {
    std::string method;
    std::string path;  // a prefix route's prefix
    bool prefix = false;
    Access access = Access::kAnyone;
  };
  // Every route, in registration order.
  std::vector<RouteInfo> Routes() const;

  // "METHOD PATH" of every route, a prefix route as "METHOD PREFIX*", in registration order.
  std::vector<std::string> Describe() const;

 private:
  struct Route {
    std::string method;
    std::string path;
    Handler handler;
    bool prefix = false;
    Access access = Access::kAnyone;
  };
  void Put(Route route);
  std::vector<Route> routes_;
  Gate gate_;
};

}  // namespace polyfon::web
