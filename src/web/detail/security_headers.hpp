#pragma once

// Internal to web: the headers every response carries, whatever the handler set.

#include <array>
#include <string_view>
#include <utility>

namespace polyfon::web::detail {

// Scripts, fonts, data and frames only from this server, no eval (charts use Vega's expression
// interpreter), no plugins, no framing. Inline styles stay allowed: Vega and the design system set
// style attributes on the elements they draw.
inline constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'";

inline constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kSecurityHeaders{{
    {"Content-Security-Policy", kContentSecurityPolicy},
    {"X-Content-Type-Options", "nosniff"},
    {"X-Frame-Options", "DENY"},
    {"Referrer-Policy", "no-referrer"},
    {"Cross-Origin-Opener-Policy", "same-origin"},
    {"Cross-Origin-Resource-Policy", "same-origin"},
    {"Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"},
}};

}  // namespace polyfon::web::detail
