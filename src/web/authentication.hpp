#pragma once

#include <memory>

#include "web/login_throttle.hpp"
#include "web/route_support.hpp"
#include "web/router.hpp"
#include "web/session_table.hpp"

namespace polyfon::web {

// How the server is set up for sign-in and public output.
struct WebOptions {
  int min_count = 5;            // public output hides counts from 1 to min_count - 1
  bool secure_cookies = false;  // the site is served over TLS (natively or by a proxy): cookies are Secure
  // Behind a reverse proxy on the same machine: the client's address (for throttling and the
  // account log) is the last one the proxy appended to X-Forwarded-For, not the proxy's own.
  bool behind_proxy = false;
};

// What sign-in keeps in memory, shared by the gate and the sign-in routes.
struct AuthState {
  SessionTable sessions;
  LoginThrottle throttle;
  WebOptions options;
};

// The Router's gate (router.hpp): decides who asks, for every request.
//   Authorization: Bearer <token>   a personal API token; an invalid or revoked one is answered 401
//                                   (never quietly treated as anonymous). No CSRF check: a browser
//                                   never sends this header on its own.
//   Cookie: polyfon_session=<id>    a browser session; an unknown or expired one is anonymous. A
//                                   request that may change something (not GET, HEAD or OPTIONS)
//                                   must carry the session's token in X-CSRF-Token, else 403.
// A request that may change something and carries an Origin header other than its own Host is
// refused with 403, whatever its credentials. A disabled user's session or token stops working at
// once, and so do the sessions of a user whose password changed: the user is read afresh for every
// request.
Gate MakeGate(const StoreAccess& access, std::shared_ptr<AuthState> state);

}  // namespace polyfon::web
