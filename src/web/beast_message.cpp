#include "web/detail/beast_message.hpp"

#include <cctype>
#include <string>
#include <string_view>

#include "web/request_target.hpp"
#include "web/detail/security_headers.hpp"

namespace polyfon::web::detail {
namespace {

namespace http = boost::beast::http;

// Beast 1.74 uses boost::string_view, which does not convert to std::string_view.
std::string_view Std(boost::beast::string_view text) { return {text.data(), text.size()}; }

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

bool IsSafeHeaderText(std::string_view text) {
  return text.find_first_of(std::string_view("\r\n\0", 3)) == std::string_view::npos;
}

// Headers whose value the server computes itself; a handler's copy would contradict the framing.
bool IsServerOwned(std::string_view lower_name) {
  return lower_name == "content-length" || lower_name == "transfer-encoding" ||
         lower_name == "connection";
}

}  // namespace

core::Result<HttpRequest> FromBeast(BeastRequest&& request) {
  POLYFON_ASSIGN_OR_RETURN(RequestTarget target, ParseRequestTarget(Std(request.target())));
  HttpRequest result;
  result.method = std::string(Std(request.method_string()));
  result.path = std::move(target.path);
  result.query = std::move(target.query);
  for (const auto& field : request) {
    auto [it, inserted] =
        result.headers.emplace(Lower(Std(field.name_string())), std::string(Std(field.value())));
    if (!inserted) it->second.append(", ").append(Std(field.value()));
  }
  result.body = std::move(request.body());
  return result;
}

BeastResponse ToBeast(HttpResponse&& response, unsigned version, bool keep_alive, bool head) {
  if (response.status < 200 || response.status > 599) {
    response = HttpResponse::JsonError(500, "internal server error");
  }
  BeastResponse wire;
  wire.version(version);
  wire.result(static_cast<unsigned>(response.status));
  wire.keep_alive(keep_alive);
  if (!response.content_type.empty() && IsSafeHeaderText(response.content_type)) {
    wire.set(http::field::content_type, response.content_type);
  }
  bool has_cache_control = false;
  bool own_frame_policy = false;  // a self-contained document (the annual report) brings its own CSP
  for (const auto& [name, value] : response.headers) {
    const std::string lower = Lower(name);
    if (name.empty() || IsServerOwned(lower) || !IsSafeHeaderText(name) ||
        !IsSafeHeaderText(value)) {
      continue;
    }
    if (lower == "cache-control") has_cache_control = true;
    if (lower == "content-security-policy") own_frame_policy = true;
    wire.set(name, value);
  }
  if (!has_cache_control) wire.set(http::field::cache_control, "no-store");
  for (const auto& [name, value] : kSecurityHeaders) {
    if (own_frame_policy && (name == "Content-Security-Policy" || name == "X-Frame-Options")) continue;
    wire.set(boost::beast::string_view(name.data(), name.size()), boost::beast::string_view(value.data(), value.size()));
  }
  // 204 and 304 must not carry a body or, for 204, a Content-Length.
  if (response.status == 204 || response.status == 304) return wire;
  wire.content_length(response.body.size());
  if (!head) wire.body() = std::move(response.body);
  return wire;
}

}  // namespace polyfon::web::detail
