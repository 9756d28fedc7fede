#pragma once

#include <functional>
#include <string>
#include <vector>

#include "web/http_types.hpp"

namespace polyfon::web {

using Handler = std::function<HttpResponse(const HttpRequest&)>;

// Maps method + exact path to a handler. Unknown paths get 404, a known path with another method
// 405 (with an Allow header); a handler that throws gets a 500 JSON error without internals.
class Router {
 public:
  void Add(std::string method, std::string path, Handler handler);
  HttpResponse Dispatch(const HttpRequest& request) const;

 private:
  struct Route {
    std::string method;
    std::string path;
    Handler handler;
  };
  std::vector<Route> routes_;
};

}  // namespace polyfon::web
