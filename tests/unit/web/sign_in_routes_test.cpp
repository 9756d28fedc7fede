// Sign-in through a real server: session cookies, CSRF, session fixation, token revocation,
// throttling and the account log.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "demo_server.hpp"
#include "web/cookie.hpp"

namespace polyfon::web {
namespace {

using testing::Response;
using testing::TestClient;
namespace http = boost::beast::http;

constexpr const char* kPassword = "correct horse battery";

class SignInRoutesTest : public testing::DemoServerTest {
 protected:
  void SetUp() override {
    DemoServerTest::SetUp();
    BearerFor("cora", core::Role::kCoordinator);
  }

  Response Send(http::verb method, const std::string& target, const std::map<std::string, std::string>& headers,
                std::string body = {}) {
    TestClient client(server_->port());
    return client.Send(method, target, std::move(body), true, headers);
  }

  Response Login(const std::string& user, const std::string& password, const std::string& cookie = "") {
    std::map<std::string, std::string> headers{{"Content-Type", "application/json"}};
    if (!cookie.empty()) headers["Cookie"] = cookie;
    return Send(http::verb::post, "/api/login", headers,
                nlohmann::json{{"user", user}, {"password", password}}.dump());
  }

  // "polyfon_session=ID" from a Set-Cookie header.
  static std::string CookieOf(const Response& response) {
    const std::string set = std::string(response[http::field::set_cookie]);
    return set.substr(0, set.find(';'));
  }

  nlohmann::json SessionAs(const std::string& cookie) {
    const Response r = Send(http::verb::get, "/api/session", {{"Cookie", cookie}});
    EXPECT_EQ(r.result_int(), 200u);
    return nlohmann::json::parse(r.body());
  }

  std::vector<std::string> LoggedActions() {
    std::vector<std::string> actions;
    const auto events = store_->Accounts().LoadEvents(0);  // kept alive: the loop reads into it
    EXPECT_TRUE(events.has_value());
    if (!events) return actions;
    for (const auto& e : *events) actions.push_back(e.action);
    return actions;
  }
};

TEST_F(SignInRoutesTest, SignInSetsAStrictHttpOnlyCookieAndGivesTheCsrfToken) {
  const Response r = Login("cora", kPassword);
  ASSERT_EQ(r.result_int(), 200u) << r.body();
  const std::string set = std::string(r[http::field::set_cookie]);
  EXPECT_TRUE(set.starts_with("polyfon_session=")) << set;
  EXPECT_NE(set.find("; HttpOnly"), std::string::npos);
  EXPECT_NE(set.find("; SameSite=Strict"), std::string::npos);
  EXPECT_NE(set.find("; Path=/"), std::string::npos);
  EXPECT_EQ(set.find("Secure"), std::string::npos);  // plain http here
  const auto body = nlohmann::json::parse(r.body());
  EXPECT_EQ(body["user"], "cora");
  EXPECT_EQ(body["role"], "coordinator");
  EXPECT_EQ(body["csrf_token"].get<std::string>().size(), 43u);
  const auto session = SessionAs(CookieOf(r));
  EXPECT_EQ(session["signed_in"], true);
  EXPECT_EQ(session["csrf_token"], body["csrf_token"]);
  EXPECT_EQ(LoggedActions().front(), "login");
}

TEST(SessionCookieTest, IsSecureWhenServedOverTls) {
  EXPECT_NE(SessionCookie("x", 60, true).find("; Secure"), std::string::npos);
  EXPECT_EQ(CookieValue("a=1; polyfon_session=abc; b=2", kSessionCookie), "abc");
  EXPECT_EQ(CookieValue("a=1", kSessionCookie), std::nullopt);
}

TEST_F(SignInRoutesTest, WrongPasswordAndUnknownUserGetTheSameAnswer) {
  const Response wrong = Login("cora", "not the password");
  const Response unknown = Login("nobody", "not the password");
  EXPECT_EQ(wrong.result_int(), 401u);
  EXPECT_EQ(unknown.result_int(), 401u);
  EXPECT_EQ(wrong.body(), unknown.body());
  EXPECT_TRUE(std::string(wrong[http::field::set_cookie]).empty());
  const auto events = *store_->Accounts().LoadEvents(2);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].action, "login_failed");
  EXPECT_EQ(events[0].subject, "nobody");
  EXPECT_NE(events[0].detail.find("127.0.0.1"), std::string::npos);
}

TEST_F(SignInRoutesTest, ChangesWithASessionNeedTheCsrfToken) {
  const Response login = Login("cora", kPassword);
  const std::string cookie = CookieOf(login);
  const std::string csrf = nlohmann::json::parse(login.body())["csrf_token"];
  const std::string body = R"({"label": "script"})";
  std::map<std::string, std::string> headers{{"Cookie", cookie}, {"Content-Type", "application/json"}};
  EXPECT_EQ(Send(http::verb::post, "/api/tokens", headers, body).result_int(), 403u);  // none
  headers["X-CSRF-Token"] = std::string(43, 'A');
  EXPECT_EQ(Send(http::verb::post, "/api/tokens", headers, body).result_int(), 403u);  // wrong
  headers["X-CSRF-Token"] = csrf;
  EXPECT_EQ(Send(http::verb::post, "/api/tokens", headers, body).result_int(), 201u);
  // Another site's page: refused by Origin, even with the token.
  headers["Origin"] = "https://evil.example";
  EXPECT_EQ(Send(http::verb::post, "/api/tokens", headers, body).result_int(), 403u);
  headers["Origin"] = "http://127.0.0.1";
  EXPECT_EQ(Send(http::verb::post, "/api/tokens", headers, body).result_int(), 201u);
  // Reading needs no token.
  EXPECT_EQ(Send(http::verb::get, "/api/tokens", {{"Cookie", cookie}}).result_int(), 200u);
  // The CSRF token of another session does not do.
  const std::string other_csrf = nlohmann::json::parse(Login("cora", kPassword).body())["csrf_token"];
  headers.erase("Origin");
  headers["X-CSRF-Token"] = other_csrf;
  EXPECT_EQ(Send(http::verb::post, "/api/tokens", headers, body).result_int(), 403u);
}

TEST_F(SignInRoutesTest, SignInReplacesTheSessionIdTheClientBrought) {
  // An attacker signs in, then plants its session id in the victim's browser; when the victim
  // signs in, it must get a new id, and the planted one must be dead.
  const std::string planted = CookieOf(Login("cora", kPassword));
  const Response victim = Login("cora", kPassword, planted);
  ASSERT_EQ(victim.result_int(), 200u);
  const std::string fresh = CookieOf(victim);
  EXPECT_NE(fresh, planted);
  EXPECT_EQ(SessionAs(planted)["signed_in"], false);
  EXPECT_EQ(SessionAs(fresh)["signed_in"], true);
  // An id the server never issued is nobody's.
  EXPECT_EQ(SessionAs("polyfon_session=" + std::string(43, 'x'))["signed_in"], false);
}

TEST_F(SignInRoutesTest, SignOutEndsTheSession) {
  const Response login = Login("cora", kPassword);
  const std::string cookie = CookieOf(login);
  const std::string csrf = nlohmann::json::parse(login.body())["csrf_token"];
  const Response out = Send(http::verb::post, "/api/logout", {{"Cookie", cookie}, {"X-CSRF-Token", csrf}});
  EXPECT_EQ(out.result_int(), 200u);
  EXPECT_NE(std::string(out[http::field::set_cookie]).find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(SessionAs(cookie)["signed_in"], false);
  EXPECT_EQ(Send(http::verb::get, "/api/tokens", {{"Cookie", cookie}}).result_int(), 401u);
  EXPECT_EQ(LoggedActions().front(), "logout");
}

TEST_F(SignInRoutesTest, ADisabledUserIsSignedOutAtOnce) {
  const std::string cookie = CookieOf(Login("cora", kPassword));
  const std::string bearer = BearerFor("olav", core::Role::kViewer);
  ASSERT_TRUE(app::SetDisabled(*store_, "cora", true, "test").ok());
  ASSERT_TRUE(app::SetDisabled(*store_, "olav", true, "test").ok());
  EXPECT_EQ(SessionAs(cookie)["signed_in"], false);
  EXPECT_EQ(Send(http::verb::get, "/api/tokens", {{"Authorization", bearer}}).result_int(), 401u);
  EXPECT_EQ(Login("cora", kPassword).result_int(), 401u);
}

TEST_F(SignInRoutesTest, ANewPasswordEndsTheUsersSessions) {
  const std::string cookie = CookieOf(Login("cora", kPassword));
  ASSERT_EQ(SessionAs(cookie)["signed_in"], true);
  ASSERT_TRUE(app::ChangePassword(*store_, "cora", "a brand new passphrase", "test").ok());
  EXPECT_EQ(SessionAs(cookie)["signed_in"], false);
  EXPECT_EQ(Login("cora", kPassword).result_int(), 401u);
  EXPECT_EQ(SessionAs(CookieOf(Login("cora", "a brand new passphrase")))["signed_in"], true);
}

TEST_F(SignInRoutesTest, ARevokedTokenStopsWorking) {
  const std::string bearer = BearerFor("tore", core::Role::kViewer);
  const Response list = Send(http::verb::get, "/api/tokens", {{"Authorization", bearer}});
  ASSERT_EQ(list.result_int(), 200u);
  const int64_t id = nlohmann::json::parse(list.body())["tokens"][0]["id"];
  const std::string target = "/api/tokens/" + std::to_string(id);
  EXPECT_EQ(Send(http::verb::delete_, target, {{"Authorization", bearer}}).result_int(), 200u);
  const Response after = Send(http::verb::get, "/api/tokens", {{"Authorization", bearer}});
  EXPECT_EQ(after.result_int(), 401u);
  EXPECT_EQ(std::string(after[http::field::www_authenticate]).rfind("Bearer", 0), 0u);
  // A token that never was, and a malformed header, are 401 too, not anonymous.
  EXPECT_EQ(Send(http::verb::get, "/api/health", {{"Authorization", "Bearer pf_nonsense"}}).result_int(), 401u);
  EXPECT_EQ(Send(http::verb::get, "/api/health", {{"Authorization", "Basic dTpw"}}).result_int(), 401u);
  EXPECT_EQ(LoggedActions().front(), "token_revoked");
}

TEST_F(SignInRoutesTest, RepeatedFailuresAreThrottledEvenWithTheRightPassword) {
  for (int i = 0; i < 5; ++i) EXPECT_EQ(Login("cora", "guess " + std::to_string(i)).result_int(), 401u);
  const Response throttled = Login("cora", kPassword);
  EXPECT_EQ(throttled.result_int(), 429u);
  const int retry_after = std::stoi(std::string(throttled[http::field::retry_after]));
  EXPECT_GT(retry_after, 0);
  EXPECT_LE(retry_after, 15 * 60);
  EXPECT_EQ(LoggedActions().front(), "login_throttled");
  // Another user is not locked out by someone guessing cora's password (up to the per-address limit).
  BearerFor("ola", core::Role::kViewer);
  EXPECT_EQ(Login("ola", kPassword).result_int(), 200u);
}

TEST_F(SignInRoutesTest, SignInTakesJsonOnly) {
  // A cross-site HTML form can send only form encodings; a JSON body needs a preflight.
  const Response form = Send(http::verb::post, "/api/login", {{"Content-Type", "application/x-www-form-urlencoded"}},
                             "user=cora&password=correct+horse+battery");
  EXPECT_EQ(form.result_int(), 415u);
  EXPECT_EQ(Send(http::verb::post, "/api/login", {{"Content-Type", "application/json"}}, "[1]").result_int(), 400u);
}

}  // namespace
}  // namespace polyfon::web
