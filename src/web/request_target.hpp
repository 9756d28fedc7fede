#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/status.hpp"

namespace polyfon::web {

// The request-target of an HTTP request ("/api/data?ou=NO-HV%2CNO&pe=2016%3A2018"), decoded.
struct RequestTarget {
  std::string path;                               // "/api/data"
  std::multimap<std::string, std::string> query;  // {"ou": "NO-HV,NO", "pe": "2016:2018"}
};

// Decodes %XX escapes (hex digits in either case) and, if `plus_as_space`, '+' as ' ' (the
// application/x-www-form-urlencoded rule, used for query strings but not paths). Fails with
// kInvalidArgument on a truncated or non-hex escape. The result is raw bytes; it is not checked
// to be UTF-8.
core::Result<std::string> PercentDecode(std::string_view text, bool plus_as_space);

// Splits `target` at the first '?', percent-decodes the path, and parses the query as
// name=value pairs separated by '&' (';' is not a separator). A pair without '=' has an empty
// value, empty pairs ("a=1&&b=2") are skipped, and repeated names keep every value in order.
// Any fragment ("#...") is dropped. Fails with kInvalidArgument if the target does not start with
// '/' or an escape is malformed.
core::Result<RequestTarget> ParseRequestTarget(std::string_view target);

}  // namespace polyfon::web
