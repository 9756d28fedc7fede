#pragma once

#include "web/route_support.hpp"
#include "web/router.hpp"

namespace polyfon::web {

// The yearly reporting template over the store `access` guards:
//   GET /api/template?participant=CODE&year=YYYY   the participant's template (.xlsx) as a download
// Requests are anonymous, so last year's small counts are hidden in it ("prikka"), as the web
// form's GET /api/dataValueSets hides them.
void AddTemplateRoutes(Router& router, const StoreAccess& access);

}  // namespace polyfon::web
