#pragma once

#include "web/route_support.hpp"
#include "web/router.hpp"

namespace polyfon::web {

// The audit trail over the store `access` guards:
//   GET /api/audit?element=&ou=&pe=&source=&limit=   recorded value changes, newest first
//   GET /api/audit/sources                           recorded imports, newest first
// Requests are anonymous until users and roles exist, so small counts are hidden here as in every
// other answer; with roles, both routes must become admin/coordinator-only (and may then show them).
void AddAuditRoutes(Router& router, const StoreAccess& access);

}  // namespace polyfon::web
