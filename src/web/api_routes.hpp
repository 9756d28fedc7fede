#pragma once

#include "core/store.hpp"
#include "web/authentication.hpp"
#include "web/router.hpp"

namespace polyfon::web {

// The web application's static files (static_routes) and the JSON API over `store`, as described
// in openapi_document.cpp. Handlers parse, call a use case in app, and render. Who asks is decided
// by the gate (authentication.hpp): anonymous visitors and reporters get public output (small
// counts hidden, options.min_count), other roles everything; each route states the least role it
// needs. GET answers are cached by data version and viewer. The store must outlive the router;
// calls into it are serialised, so any number of server threads is safe.
Router ApiRoutes(core::Store& store, const WebOptions& options = {});

// The one mapping from error codes to HTTP statuses.
int HttpStatusFor(const core::Status& status);

}  // namespace polyfon::web
