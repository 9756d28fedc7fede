#pragma once

#include "web/route_support.hpp"
#include "web/router.hpp"

namespace polyfon::web {

// DHIS2's data value set endpoint over the store `access` guards:
//   GET  /api/dataValueSets?de=&ou=&pe=[&format=json|csv]   stored values, raw (small counts hidden)
//   POST /api/dataValueSets[?dryRun=true]                   import DHIS2 JSON or CSV, all or nothing
// Parameters also go by DHIS2's names (dataElement, orgUnit, period), repeated or comma-separated.
void AddDataValueRoutes(Router& router, const StoreAccess& access);

}  // namespace polyfon::web
