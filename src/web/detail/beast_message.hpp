#pragma once

// Private to polyfon_web: the only place our request/response types meet Beast's. Never include
// this from a public header.

#include <utility>  // before Asio: Boost 1.74 in C++20 mode needs std::exchange declared first

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include "core/status.hpp"
#include "web/http_types.hpp"

namespace polyfon::web::detail {

using BeastRequest = boost::beast::http::request<boost::beast::http::string_body>;
using BeastResponse = boost::beast::http::response<boost::beast::http::string_body>;

// Moves `request` into an HttpRequest: decoded path and query, header names in lower case
// (repeated headers joined with ", "), body. Fails with kInvalidArgument for a malformed target.
core::Result<HttpRequest> FromBeast(BeastRequest&& request);

// Builds the wire response for `response`. Adds Content-Type, Content-Length and
// `Cache-Control: no-store` unless the handler set Cache-Control; drops handler headers that the
// server owns (Content-Length, Transfer-Encoding, Connection) or that contain CR, LF or NUL. A
// status outside 200-599 becomes 500. `head` keeps Content-Length but sends no body.
BeastResponse ToBeast(HttpResponse&& response, unsigned version, bool keep_alive, bool head);

}  // namespace polyfon::web::detail
