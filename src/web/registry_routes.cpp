#include "web/registry_routes.hpp"

#include <string>

#include "app/clock.hpp"
#include "app/registry.hpp"

namespace polyfon::web {

namespace {

constexpr std::string_view kOrgUnitPrefix = "/api/orgunits/";

core::Date Today() { return core::ParseDate(app::NowIso8601().substr(0, 10)).value_or(core::Date{}); }

HttpResponse OrgUnits(core::Store& store, const HttpRequest&) {
  auto units = app::ListOrgUnits(store, Today());
  if (!units) return ErrorResponse(units.error());
  return HttpResponse::Json(app::RenderOrgUnitsJson(*units));
}

HttpResponse OrgUnit(core::Store& store, const HttpRequest& request) {
  const std::string code = request.path.substr(kOrgUnitPrefix.size());
  auto detail = app::DescribeOrgUnit(store, code, Today());
  if (!detail) return ErrorResponse(detail.error());
  return HttpResponse::Json(app::RenderOrgUnitJson(*detail));
}

HttpResponse Participants(core::Store& store, const HttpRequest&) {
  auto participants = app::ListParticipants(store, Today());
  if (!participants) return ErrorResponse(participants.error());
  return HttpResponse::Json(app::RenderParticipantsJson(*participants));
}

}  // namespace

void AddRegistryRoutes(Router& router, const StoreAccess& access) {
  router.Add("GET", "/api/orgunits", access.Cached(OrgUnits));
  router.AddPrefix("GET", std::string(kOrgUnitPrefix), access.Cached(OrgUnit));
  router.Add("GET", "/api/participants", access.Cached(Participants));
}

}  // namespace polyfon::web
