#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace polyfon::web {

// The name of the session cookie.
inline constexpr std::string_view kSessionCookie = "polyfon_session";

// The value of cookie `name` in a Cookie request header ("a=1; polyfon_session=xyz"), or nullopt.
// The first one wins when a name repeats.
std::optional<std::string> CookieValue(std::string_view header, std::string_view name);

// A Set-Cookie header value for the session cookie: HttpOnly (no script reads it), SameSite=Strict
// (no other site's page sends it), Path=/, Secure when the site is served over TLS. An empty
// `value` with max_age 0 deletes it.
std::string SessionCookie(std::string_view value, int max_age_seconds, bool secure);

}  // namespace polyfon::web
