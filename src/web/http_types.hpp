#pragma once

#include <map>
#include <string>
#include <string_view>

namespace polyfon::web {

// A request as handlers see it: no Beast types leak beyond the server.
struct HttpRequest {
  std::string method;  // "GET", "POST", ...
  std::string path;    // decoded path without the query string, e.g. "/api/analytics"
  std::multimap<std::string, std::string> query;  // decoded query parameters
  std::map<std::string, std::string> headers;     // names in lower case
  std::string body;

  // The first value of query parameter `name`, or `fallback`.
  std::string Query(std::string_view name, std::string_view fallback = "") const;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::map<std::string, std::string> headers;
  std::string body;

  // {"error": {"status": 400, "message": "..."}} with the given status.
  static HttpResponse JsonError(int status, std::string_view message);
  static HttpResponse Json(std::string body, int status = 200);
};

}  // namespace polyfon::web
