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

}  // namespace

void Router::Add(std::string method, std::string path, Handler handler) {
  for (Route& route : routes_) {
    if (route.method == method && route.path == path) {
      route.handler = std::move(handler);
      return;
    }
  }
  routes_.push_back({std::move(method), std::move(path), std::move(handler)});
}

HttpResponse Router::Dispatch(const HttpRequest& request) const {
  const Route* match = nullptr;
  const Route* get_match = nullptr;
  std::vector<std::string> methods;
  for (const Route& route : routes_) {
    if (route.path != request.path) continue;
    methods.push_back(route.method);
    if (route.method == request.method) match = &route;
    if (route.method == "GET") get_match = &route;
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
