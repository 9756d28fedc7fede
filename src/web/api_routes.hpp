#pragma once

#include "core/store.hpp"
#include "web/router.hpp"

namespace polyfon::web {

// A start page at / and the JSON API over `store`: GET /api/health, /api/analytics, /api/analyze/ratio,
// /api/analyze/growth, /api/orgunits, /api/dataelements,
// /api/indicators. Handlers parse, call a use case in app, and render; requests are anonymous, so
// analytics output is public (small counts suppressed). The store must outlive the router; calls
// into it are serialised, so any number of server threads is safe.
Router ApiRoutes(core::Store& store);

// The one mapping from error codes to HTTP statuses.
int HttpStatusFor(const core::Status& status);

}  // namespace polyfon::web
