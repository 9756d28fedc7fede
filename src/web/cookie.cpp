#include "web/cookie.hpp"

#include "core/text.hpp"

namespace polyfon::web {

std::optional<std::string> CookieValue(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    const size_t end = header.find(';');
    std::string_view pair = core::Trim(header.substr(0, end));
    header = end == std::string_view::npos ? std::string_view() : header.substr(end + 1);
    const size_t equals = pair.find('=');
    if (equals == std::string_view::npos || core::Trim(pair.substr(0, equals)) != name) continue;
    std::string_view value = core::Trim(pair.substr(equals + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    return std::string(value);
  }
  return std::nullopt;
}

std::string SessionCookie(std::string_view value, int max_age_seconds, bool secure) {
  std::string cookie = std::string(kSessionCookie) + "=" + std::string(value) +
                       "; Path=/; Max-Age=" + std::to_string(max_age_seconds) + "; HttpOnly; SameSite=Strict";
  if (secure) cookie += "; Secure";
  return cookie;
}

}  // namespace polyfon::web
