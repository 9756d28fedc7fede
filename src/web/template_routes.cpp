#include "web/template_routes.hpp"

#include <charconv>
#include <string>

#include "app/clock.hpp"
#include "app/reporting_template.hpp"

namespace polyfon::web {

namespace {

constexpr const char* kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

HttpResponse Template(core::Store& store, const HttpRequest& request) {
  app::TemplateRequest spec;
  spec.participant = request.Query("participant");
  const std::string year = request.Query("year");
  if (spec.participant.empty() || year.empty()) {
    return HttpResponse::JsonError(400, "participant and year are required, e.g. ?participant=HELSE-BERGEN&year=2025");
  }
  const auto [end, error] = std::from_chars(year.data(), year.data() + year.size(), spec.year);
  if (error != std::errc() || end != year.data() + year.size()) {
    return HttpResponse::JsonError(400, "year must be a year such as 2025");
  }
  // Today's hierarchy, as the form's /api/orgunits/CODE shows it.
  spec.day = core::ParseDate(app::NowIso8601().substr(0, 10)).value_or(core::Date{});
  spec.public_output = true;
  auto rendered = app::RenderReportingTemplate(store, spec);
  if (!rendered) return ErrorResponse(rendered.error());
  HttpResponse response;
  response.content_type = kXlsxType;
  response.body = std::move(rendered->bytes);
  response.headers["Content-Disposition"] = "attachment; filename=\"" + rendered->file_name + "\"";
  return response;
}

}  // namespace

void AddTemplateRoutes(Router& router, const StoreAccess& access) {
  // The template depends on the data (last year's values, the register) and on the day's hierarchy,
  // which changes far more rarely than the data version: cached by it like the registry.
  router.Add("GET", "/api/template", access.Cached(Template));
}

}  // namespace polyfon::web
