#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/principal.hpp"

namespace polyfon::web {

// A request as handlers see it: no Beast types leak beyond the server.
struct HttpRequest {
  std::string method;  // "GET", "POST", ...
  std::string path;    // decoded path without the query string, e.g. "/api/analytics"
  std::multimap<std::string, std::string> query;  // decoded query parameters
  std::map<std::string, std::string> headers;     // names in lower case
  std::string body;
  std::string remote_address;  // the client's IP address as the server saw it; empty in tests
  // Set by the Router before a handler runs: who asks (from the session cookie or API token) and
  // the server's small-count limit for public output.
  core::Principal principal;
  int min_count = 5;

  // The first value of query parameter `name` (in request order), or `fallback` if absent.
  std::string Query(std::string_view name, std::string_view fallback = "") const;
  // The Content-Type without its parameters, in lower case ("application/json"); empty if none.
  std::string MediaType() const;
};

// What a handler returns. The server adds Content-Length, and `Cache-Control: no-store` unless
// `headers` sets Cache-Control; it ignores Content-Length, Transfer-Encoding and Connection here.
struct HttpResponse {
  int status = 200;  // 100-599; anything else is sent as 500
  std::string content_type = "application/json";
  std::map<std::string, std::string> headers;
  std::string body;

  // {"error": {"status": 400, "message": "..."}} with the given status. The message is escaped as a
  // JSON string; bytes that are not valid UTF-8 become U+FFFD.
  static HttpResponse JsonError(int status, std::string_view message);
  // A response with `body`, which must already be serialized JSON, and Content-Type
  // application/json.
  static HttpResponse Json(std::string body, int status = 200);
};

}  // namespace polyfon::web
