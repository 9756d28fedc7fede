#include "web/router.hpp"

#include <algorithm>
#include <exception>
#include <iostream>
#include <utility>

namespace polyfon::web {
namespace {

// The Allow header of a 405: methods in registration order; a GET route also serves HEAD.
std::string AllowHeader(std::vector<std::string> methods) {
  const bool has_get = std::find(methods.begin(), methods.end(), "GET") != methods.end();
  const bool has_head = std::find(methods.begin(), methods.end(), "HEAD") != methods.end();
  if (has_get && !has_head) methods.push_back("HEAD");
  std::string header;
  for (const std::string& method : methods) {
    if (!header.empty()) header += ", ";
    header += method;
  }
  return header;
}

// 401 or 403 when `principal` may not call a route with `access`.
std::optional<HttpResponse> Refuse(Access access, const core::Principal& principal) {
  if (access == Access::kAnyone) return std::nullopt;
  if (!principal.signed_in()) {
    HttpResponse response = HttpResponse::JsonError(401, "sign in first, or send an API token");
    response.headers["WWW-Authenticate"] = "Bearer realm=\"polyfon\"";
    return response;
  }
  const auto needs = [&](core::Role role, const char* name) -> std::optional<HttpResponse> {
    if (principal.HasRole(role)) return std::nullopt;
    return HttpResponse::JsonError(403, std::string("this needs the role ") + name + " or higher");
  };
  switch (access) {
    case Access::kAnyone:
    case Access::kSignedIn: return std::nullopt;
    case Access::kReporter: return needs(core::Role::kReporter, "reporter");
    case Access::kCoordinator: return needs(core::Role::kCoordinator, "coordinator");
    case Access::kAdmin: return needs(core::Role::kAdmin, "admin");
  }
  return HttpResponse::JsonError(403, "not allowed");
}

}  // namespace

void Router::Put(Route route) {
  for (Route& existing : routes_) {
    if (existing.method == route.method && existing.path == route.path && existing.prefix == route.prefix) {
      existing.handler = std::move(route.handler);
      existing.access = route.access;
      return;
    }
  }
  routes_.push_back(std::move(route));
}

std::vector<std::string> Router::Describe() const {
  std::vector<std::string> out;
  for (const Route& route : routes_) out.push_back(route.method + " " + route.path + (route.prefix ? "*" : ""));
  return out;
}

std::vector<Router::RouteInfo> Router::Routes() const {
  std::vector<RouteInfo> out;
  for (const Route& route : routes_) out.push_back({route.method, route.path, route.prefix, route.access});
  return out;
}

void Router::Add(std::string method, std::string path, Handler handler, Access access) {
  Put({std::move(method), std::move(path), std::move(handler), false, access});
}

void Router::AddPrefix(std::string method, std::string prefix, Handler handler, Access access) {
  Put({std::move(method), std::move(prefix), std::move(handler), true, access});
}

HttpResponse Router::Dispatch(HttpRequest&& request) const {
  const Route* match = nullptr;
  const Route* get_match = nullptr;
  std::vector<std::string> methods;
  for (const Route& route : routes_) {
    if (route.prefix || route.path != request.path) continue;
    methods.push_back(route.method);
    if (route.method == request.method) match = &route;
    if (route.method == "GET") get_match = &route;
  }
  if (methods.empty()) {  // no exact route: the longest matching prefix decides
    size_t longest = 0;
    for (const Route& route : routes_) {
      if (!route.prefix || request.path.compare(0, route.path.size(), route.path) != 0) continue;
      if (route.path.size() > longest) {
        longest = route.path.size();
        methods.clear();
        match = get_match = nullptr;
      }
      if (route.path.size() < longest) continue;
      methods.push_back(route.method);
      if (route.method == request.method) match = &route;
      if (route.method == "GET") get_match = &route;
    }
  }
  // HEAD is answered by the GET handler; the server drops the body but keeps its length.
  if (match == nullptr && request.method == "HEAD") match = get_match;
  if (match == nullptr) {
    if (methods.empty()) return HttpResponse::JsonError(404, "no such resource: " + request.path);
    HttpResponse response = HttpResponse::JsonError(
        405, "method " + request.method + " is not allowed for " + request.path);
    response.headers["Allow"] = AllowHeader(std::move(methods));
    return response;
  }
  try {
    if (gate_) {
      if (std::optional<HttpResponse> refusal = gate_(request)) return std::move(*refusal);
    }
    if (std::optional<HttpResponse> refusal = Refuse(match->access, request.principal)) return std::move(*refusal);
    return match->handler(request);
  } catch (const std::exception& e) {
    // Operators need the cause; clients must not see internals (paths, SQL, library messages).
    std::cerr << "polyfon web: handler for " << request.method << ' ' << request.path
              << " threw: " << e.what() << '\n';
  } catch (...) {
    std::cerr << "polyfon web: handler for " << request.method << ' ' << request.path
              << " threw a non-standard exception\n";
  }
  return HttpResponse::JsonError(500, "internal server error");
}

}  // namespace polyfon::web
