#include "web/auth_routes.hpp"

#include <charconv>
#include <initializer_list>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "app/accounts.hpp"
#include "app/clock.hpp"
#include "app/sign_in.hpp"
#include "web/cookie.hpp"

namespace polyfon::web {

namespace {

constexpr std::string_view kTokenPrefix = "/api/tokens/";

nlohmann::ordered_json UserJson(const core::User& user) {
  return {{"user", user.name},
          {"role", std::string(core::RoleName(user.role))},
          {"org_units", user.org_units},
          {"disabled", user.disabled},
          {"created_at", user.created_at}};
}

nlohmann::ordered_json TokenJson(const core::ApiToken& token) {
  return {{"id", token.id},
          {"user", token.user},
          {"label", token.label},
          {"created_at", token.created_at},
          {"revoked_at", token.revoked_at.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(token.revoked_at)}};
}

// The string members `names` of a JSON object body; an error response when the body is not one.
std::optional<HttpResponse> ReadFields(const HttpRequest& request, std::initializer_list<const char*> names,
                                       std::map<std::string, std::string>& out) {
  if (request.MediaType() != "application/json") return HttpResponse::JsonError(415, "Content-Type must be application/json");
  const nlohmann::json body = nlohmann::json::parse(request.body, nullptr, false);
  if (!body.is_object()) return HttpResponse::JsonError(400, "the request body must be a JSON object");
  for (const char* name : names) {
    const auto it = body.find(name);
    if (it == body.end() || !it->is_string()) {
      return HttpResponse::JsonError(400, std::string("the request body needs a string \"") + name + "\"");
    }
    out[name] = it->get<std::string>();
  }
  return std::nullopt;
}

core::AccountEvent Event(std::string_view action, std::string actor, std::string subject, std::string detail) {
  return {0, app::NowIso8601(), std::move(actor), std::string(action), std::move(subject), std::move(detail)};
}

std::string ClientOf(const HttpRequest& request) {
  return "from " + (request.remote_address.empty() ? std::string("unknown address") : request.remote_address);
}

HttpResponse Login(const StoreAccess& access, AuthState& state, const HttpRequest& request) {
  std::map<std::string, std::string> fields;
  if (auto refusal = ReadFields(request, {"user", "password"}, fields)) return std::move(*refusal);
  const std::string& name = fields["user"];
  const std::string client = ClientOf(request);
  if (const auto wait = state.throttle.RetryAfter(name, request.remote_address)) {
    (void)access.With([&](core::Store& store) {
      return store.Accounts().RecordEvent(Event(core::kAccountLoginThrottled, "", name, client));
    });
    HttpResponse response = HttpResponse::JsonError(429, "too many failed sign-ins; try again later");
    response.headers["Retry-After"] = std::to_string(wait->count());
    return response;
  }
  // Only the lookup holds the store: argon2id is slow on purpose, and must not stall other requests.
  auto found = access.With([&](core::Store& store) { return store.Accounts().FindUser(name); });
  if (!found) return ErrorResponse(found.error());
  auto user = app::CheckPassword(std::move(*found), fields["password"]);
  if (!user) {
    if (user.error().code() != core::ErrorCode::kUnauthenticated) return ErrorResponse(user.error());
    state.throttle.RecordFailure(name, request.remote_address);
    core::Status logged = access.With([&](core::Store& store) {
      return store.Accounts().RecordEvent(Event(core::kAccountLoginFailed, "", name, client));
    });
    if (!logged.ok()) return ErrorResponse(logged);
    return HttpResponse::JsonError(401, user.error().message());
  }
  state.throttle.RecordSuccess(name);
  // A session id the client brought (perhaps planted by someone else) ends here: sign-in opens a new one.
  if (const auto it = request.headers.find("cookie"); it != request.headers.end()) {
    if (auto old = CookieValue(it->second, kSessionCookie)) state.sessions.Close(*old);
  }
  core::Status logged = access.With(
      [&](core::Store& store) { return store.Accounts().RecordEvent(Event(core::kAccountLogin, user->name, user->name, client)); });
  if (!logged.ok()) return ErrorResponse(logged);
  const SessionTable::Opened session = state.sessions.Open(user->name, app::SecretHash(user->password_hash));
  nlohmann::ordered_json out = UserJson(*user);
  out["csrf_token"] = session.csrf_token;
  HttpResponse response = HttpResponse::Json(out.dump());
  response.headers["Set-Cookie"] = SessionCookie(session.id, 12 * 3600, state.options.secure_cookies);
  return response;
}

HttpResponse Logout(const StoreAccess& access, AuthState& state, const HttpRequest& request) {
  if (const auto it = request.headers.find("cookie"); it != request.headers.end()) {
    if (auto id = CookieValue(it->second, kSessionCookie)) state.sessions.Close(*id);
  }
  core::Status logged = access.With([&](core::Store& store) {
    return store.Accounts().RecordEvent(
        Event(core::kAccountLogout, request.principal.user, request.principal.user, ClientOf(request)));
  });
  if (!logged.ok()) return ErrorResponse(logged);
  HttpResponse response = HttpResponse::Json(R"({"signed_in":false})");
  response.headers["Set-Cookie"] = SessionCookie("", 0, state.options.secure_cookies);
  return response;
}

HttpResponse Session(AuthState& state, const HttpRequest& request) {
  const core::Principal& who = request.principal;
  if (!who.signed_in()) return HttpResponse::Json(R"({"signed_in":false})");
  nlohmann::ordered_json out{{"signed_in", true},
                             {"user", who.user},
                             {"role", std::string(core::RoleName(*who.role))},
                             {"org_units", who.org_units}};
  if (const auto it = request.headers.find("cookie"); it != request.headers.end()) {
    if (auto id = CookieValue(it->second, kSessionCookie)) {
      if (auto session = state.sessions.Find(*id)) out["csrf_token"] = session->csrf_token;
    }
  }
  return HttpResponse::Json(out.dump());
}

HttpResponse ListTokens(core::Store& store, const HttpRequest& request) {
  auto tokens = store.Accounts().LoadTokens(request.principal.user);
  if (!tokens) return ErrorResponse(tokens.error());
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const core::ApiToken& token : *tokens) items.push_back(TokenJson(token));
  return HttpResponse::Json(nlohmann::ordered_json{{"tokens", std::move(items)}}.dump());
}

HttpResponse CreateToken(core::Store& store, const HttpRequest& request) {
  std::map<std::string, std::string> fields;
  if (auto refusal = ReadFields(request, {"label"}, fields)) return std::move(*refusal);
  auto created = app::CreateToken(store, request.principal.user, fields["label"], request.principal.user);
  if (!created) return ErrorResponse(created.error());
  nlohmann::ordered_json out = TokenJson(created->token);
  out["token"] = created->secret;
  return HttpResponse::Json(out.dump(), 201);
}

HttpResponse RevokeToken(core::Store& store, const HttpRequest& request) {
  const std::string_view text = std::string_view(request.path).substr(kTokenPrefix.size());
  int64_t id = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc() || end != text.data() + text.size() || id < 1) {
    return HttpResponse::JsonError(404, "no such token: " + std::string(text));
  }
  const core::Principal& who = request.principal;
  const std::string owner = who.MayManageUsers() ? "" : who.user;
  core::Status revoked = app::RevokeToken(store, id, owner, who.user);
  if (!revoked.ok()) return ErrorResponse(revoked);
  return HttpResponse::Json(nlohmann::ordered_json{{"id", id}, {"revoked", true}}.dump());
}

HttpResponse Users(core::Store& store, const HttpRequest&) {
  auto users = store.Accounts().LoadUsers();
  if (!users) return ErrorResponse(users.error());
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const core::User& user : *users) items.push_back(UserJson(user));
  return HttpResponse::Json(nlohmann::ordered_json{{"users", std::move(items)}}.dump());
}

HttpResponse AccountLog(core::Store& store, const HttpRequest& request) {
  const std::string text = request.Query("limit", "100");
  size_t limit = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), limit);
  if (error != std::errc() || end != text.data() + text.size() || limit < 1 || limit > 10000) {
    return HttpResponse::JsonError(400, "limit must be a whole number from 1 to 10000");
  }
  auto events = store.Accounts().LoadEvents(limit);
  if (!events) return ErrorResponse(events.error());
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const core::AccountEvent& e : *events) {
    items.push_back({{"id", e.id}, {"at", e.at}, {"actor", e.actor}, {"action", e.action}, {"subject", e.subject},
                     {"detail", e.detail}});
  }
  return HttpResponse::Json(nlohmann::ordered_json{{"events", std::move(items)}}.dump());
}

}  // namespace

void AddAuthRoutes(Router& router, const StoreAccess& access, std::shared_ptr<AuthState> state) {
  router.Add("POST", "/api/login", [access, state](const HttpRequest& r) { return Login(access, *state, r); });
  router.Add("POST", "/api/logout", [access, state](const HttpRequest& r) { return Logout(access, *state, r); },
             Access::kSignedIn);
  router.Add("GET", "/api/session", [state](const HttpRequest& r) { return Session(*state, r); });
  router.Add("GET", "/api/tokens", access.Locked(ListTokens), Access::kSignedIn);
  router.Add("POST", "/api/tokens", access.Locked(CreateToken), Access::kSignedIn);
  router.AddPrefix("DELETE", std::string(kTokenPrefix), access.Locked(RevokeToken), Access::kSignedIn);
  router.Add("GET", "/api/users", access.Locked(Users), Access::kAdmin);
  router.Add("GET", "/api/account-log", access.Locked(AccountLog), Access::kAdmin);
}

}  // namespace polyfon::web
