#pragma once

#include "web/route_support.hpp"
#include "web/router.hpp"

namespace polyfon::web {

// How the cluster runs itself, and its annual report:
//   GET    /api/registry                      bodies, activities, goals and plan items (docs/formats/registry.md)
//   PUT    /api/registry/{kind}/{code}        save one item (kind: body, activity, goal, plan_item)
//   DELETE /api/registry/{kind}/{code}        delete one
//   PUT    /api/participants/{code}/contact   {"contact": "..."}
//   GET    /api/report?year=&lang=&format=    the annual report: html (self-contained) or json (its snapshot)
// Reporters edit their own participants' activities, plan items and contact person; coordinators
// everything (app/registry_edits.hpp). The report is public output, whoever asks.
void AddClusterRoutes(Router& router, const StoreAccess& access, int min_count);

}  // namespace polyfon::web
