#pragma once

#include <memory>

#include "web/authentication.hpp"
#include "web/route_support.hpp"
#include "web/router.hpp"

namespace polyfon::web {

// Sign-in and the signed-in user's own things:
//   POST   /api/login          {"user", "password"} (application/json) -> session cookie + CSRF token
//   POST   /api/logout         ends the session
//   GET    /api/session        who is signed in, and the session's CSRF token
//   GET    /api/tokens         the user's API tokens (never the secrets)
//   POST   /api/tokens         {"label"} -> a new token, its secret shown once
//   DELETE /api/tokens/{id}    revokes one of the user's tokens (an admin: anybody's)
//   GET    /api/users          every user (admin)
//   GET    /api/account-log    sign-ins, failed ones and account changes, newest first (admin)
// Every sign-in, failed sign-in, throttled attempt and sign-out is written to the account log with
// the client's address.
void AddAuthRoutes(Router& router, const StoreAccess& access, std::shared_ptr<AuthState> state);

}  // namespace polyfon::web
