#include "web/authentication.hpp"

#include <sodium.h>

#include <optional>
#include <string>
#include <string_view>

#include "app/sign_in.hpp"
#include "core/text.hpp"
#include "web/cookie.hpp"

namespace polyfon::web {

namespace {

bool MayChangeSomething(const HttpRequest& request) {
  return request.method != "GET" && request.method != "HEAD" && request.method != "OPTIONS";
}

std::string_view Header(const HttpRequest& request, const char* name) {
  const auto it = request.headers.find(name);
  return it == request.headers.end() ? std::string_view() : std::string_view(it->second);
}

// Whether `a` and `b` are equal, in time that does not depend on where they differ.
bool SameSecret(std::string_view a, std::string_view b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

// The host (and port) of an Origin header, "https://example.org:8443" -> "example.org:8443".
std::string_view OriginHost(std::string_view origin) {
  const size_t scheme = origin.find("://");
  return scheme == std::string_view::npos ? origin : origin.substr(scheme + 3);
}

HttpResponse Unauthenticated(std::string_view message) {
  HttpResponse response = HttpResponse::JsonError(401, message);
  response.headers["WWW-Authenticate"] = "Bearer realm=\"polyfon\", error=\"invalid_token\"";
  return response;
}

}  // namespace

Gate MakeGate(const StoreAccess& access, std::shared_ptr<AuthState> state) {
  return [access, state](HttpRequest& request) -> std::optional<HttpResponse> {
    request.min_count = state->options.min_count;
    request.principal = core::Principal::Anonymous();
    if (state->options.behind_proxy) {
      const std::string_view forwarded = Header(request, "x-forwarded-for");
      const size_t comma = forwarded.rfind(',');
      const std::string_view last = core::Trim(comma == std::string_view::npos ? forwarded : forwarded.substr(comma + 1));
      if (!last.empty()) request.remote_address = std::string(last);
    }
    if (MayChangeSomething(request)) {
      const std::string_view origin = Header(request, "origin");
      if (!origin.empty() && OriginHost(origin) != Header(request, "host")) {
        return HttpResponse::JsonError(403, "cross-site request refused: Origin does not match Host");
      }
    }
    if (const std::string_view authorization = Header(request, "authorization"); !authorization.empty()) {
      constexpr size_t kScheme = std::string_view("Bearer ").size();
      if (!authorization.starts_with("Bearer ") && !authorization.starts_with("bearer ")) {
        return Unauthenticated("Authorization must be 'Bearer <API token>'");
      }
      const std::string_view secret = authorization.substr(kScheme);
      auto user = access.With([&](core::Store& store) { return app::CheckToken(store, secret); });
      if (!user) return Unauthenticated(user.error().message());
      request.principal = core::Principal::Of(*user);
      return std::nullopt;
    }
    const std::optional<std::string> session_id = CookieValue(Header(request, "cookie"), kSessionCookie);
    if (!session_id) return std::nullopt;
    const std::optional<SessionTable::Session> session = state->sessions.Find(*session_id);
    if (!session) return std::nullopt;
    auto user = access.With([&](core::Store& store) { return store.Accounts().FindUser(session->user); });
    if (!user) return ErrorResponse(user.error());
    // Disabled, or a new password since this session signed in: the session is over.
    if (!*user || (*user)->disabled || app::SecretHash((*user)->password_hash) != session->credential) {
      state->sessions.Close(*session_id);
      return std::nullopt;
    }
    // Signing in acts on no session's authority, so it needs no CSRF token (a new session replaces any).
    if (MayChangeSomething(request) && request.path != "/api/login" &&
        !SameSecret(Header(request, "x-csrf-token"), session->csrf_token)) {
      return HttpResponse::JsonError(403, "missing or wrong X-CSRF-Token header; GET /api/session gives the token");
    }
    request.principal = core::Principal::Of(**user);
    return std::nullopt;
  };
}

}  // namespace polyfon::web
