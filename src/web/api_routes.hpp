#pragma once

#include "core/store.hpp"
#include "web/router.hpp"

namespace polyfon::web {

// The web application's static files (static_routes) and the JSON API over `store`, as described
// in openapi_document.cpp. Handlers parse, call a use case in app, and render; requests are
// anonymous, so analytics output is public (small counts suppressed). GET answers are cached by data
// version. The store must outlive the router; calls into it are serialised, so any number of server
// threads is safe.
Router ApiRoutes(core::Store& store);

// The one mapping from error codes to HTTP statuses.
int HttpStatusFor(const core::Status& status);

}  // namespace polyfon::web
