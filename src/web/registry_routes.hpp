#pragma once

#include "web/route_support.hpp"
#include "web/router.hpp"

namespace polyfon::web {

// The cluster's registry, as of today: GET /api/orgunits (with each unit's parent),
// /api/orgunits/CODE (ancestors, children, participants) and /api/participants (with membership
// history and today's status).
void AddRegistryRoutes(Router& router, const StoreAccess& access);

}  // namespace polyfon::web
