#include "web/cluster_routes.hpp"

#include <nlohmann/json.hpp>
#include <algorithm>
#include <string>

#include "app/clock.hpp"
#include "app/goal_assessment.hpp"
#include "app/registry_edits.hpp"
#include "app/report_snapshot.hpp"
#include "io/registry_json.hpp"
#include "report/chart_runtime.hpp"
#include "report/report_html.hpp"

namespace polyfon::web {

namespace {

constexpr std::string_view kRegistryPrefix = "/api/registry/";
constexpr std::string_view kParticipantPrefix = "/api/participants/";

struct ItemPath {
  core::RegistryKind kind = core::RegistryKind::kActivity;
  std::string code;
};

// "/api/registry/activity/CONF-2018" -> (activity, CONF-2018).
core::Result<ItemPath> ParseItemPath(const std::string& path) {
  const std::string rest = path.substr(kRegistryPrefix.size());
  const size_t slash = rest.find('/');
  if (slash == std::string::npos || slash + 1 >= rest.size() || rest.find('/', slash + 1) != std::string::npos) {
    return core::Status::NotFound("no such registry path (expected /api/registry/{kind}/{code})");
  }
  std::optional<core::RegistryKind> kind = core::ParseRegistryKind(rest.substr(0, slash));
  if (!kind) return core::Status::NotFound("unknown registry kind '" + rest.substr(0, slash) + "' (body, activity, goal, plan_item)");
  return ItemPath{*kind, rest.substr(slash + 1)};
}

std::string ItemCode(const core::ClusterRegistry& item) {
  if (!item.bodies.empty()) return item.bodies.front().code;
  if (!item.activities.empty()) return item.activities.front().code;
  if (!item.goals.empty()) return item.goals.front().code;
  if (!item.plan_items.empty()) return item.plan_items.front().code;
  return "";
}

HttpResponse ChangeResponse(core::Change change) {
  const char* name = change == core::Change::kInserted ? "inserted" : change == core::Change::kUpdated ? "updated" : "unchanged";
  return HttpResponse::Json(nlohmann::json{{"status", name}}.dump(), change == core::Change::kInserted ? 201 : 200);
}

HttpResponse GetRegistry(core::Store& store, const HttpRequest&) {
  auto registry = store.LoadRegistry();
  if (!registry) return ErrorResponse(registry.error());
  return HttpResponse::Json(io::RenderRegistryJson(*registry));
}

HttpResponse PutItem(core::Store& store, const HttpRequest& request) {
  auto path = ParseItemPath(request.path);
  if (!path) return ErrorResponse(path.error());
  if (request.MediaType() != "application/json") {
    return HttpResponse::JsonError(415, "send the item as application/json");
  }
  auto item = io::ParseRegistryItemJson("request body", request.body, path->kind);
  if (!item) return ErrorResponse(item.error());
  if (ItemCode(*item) != path->code) {
    return ErrorResponse(core::Status::InvalidArgument("request body: code: '" + ItemCode(*item) +
                                                       "' differs from the path's '" + path->code + "'"));
  }
  auto change = app::SaveRegistryItem(store, request.principal, *item, "request body");
  if (!change) return ErrorResponse(change.error());
  return ChangeResponse(*change);
}

HttpResponse DeleteItem(core::Store& store, const HttpRequest& request) {
  auto path = ParseItemPath(request.path);
  if (!path) return ErrorResponse(path.error());
  core::Status removed = app::RemoveRegistryItem(store, request.principal, path->kind, path->code);
  if (!removed.ok()) return ErrorResponse(removed);
  HttpResponse response;
  response.status = 204;
  response.content_type.clear();
  return response;
}

// PUT /api/participants/{code} with {"contact": "..."}: the one field of a participant edited on
// the web (the rest is registry data a coordinator imports).
HttpResponse PutContact(core::Store& store, const HttpRequest& request) {
  const std::string code = request.path.substr(kParticipantPrefix.size());
  const nlohmann::json body = nlohmann::json::parse(request.body, nullptr, false);
  if (request.MediaType() != "application/json") return HttpResponse::JsonError(415, "send application/json");
  if (!body.is_object() || !body.contains("contact") || !body.at("contact").is_string() || body.size() != 1) {
    return ErrorResponse(core::Status::InvalidArgument("request body: expected {\"contact\": \"...\"}"));
  }
  auto change = app::SetParticipantContact(store, request.principal, code, body.at("contact").get<std::string>());
  if (!change) return ErrorResponse(change.error());
  return ChangeResponse(*change);
}

core::Result<int> YearParameter(const HttpRequest& request) {
  const std::string year = request.Query("year");
  if (year.size() != 4 || year.find_first_not_of("0123456789") != std::string::npos) {
    return core::Status::InvalidArgument("year: give a year, e.g. year=2018");
  }
  return std::stoi(year);
}

HttpResponse GetGoals(core::Store& store, const HttpRequest& request, int min_count) {
  auto year = YearParameter(request);
  if (!year) return ErrorResponse(year.error());
  app::SeriesOptions options;
  options.last_year = *year;
  options.first_year = std::min(options.first_year, *year);
  options.min_count = min_count;
  auto assessment = app::AssessGoals(store, options);
  if (!assessment) return ErrorResponse(assessment.error());
  return HttpResponse::Json(app::RenderGoalsJson(*assessment));
}

HttpResponse GetReport(core::Store& store, const HttpRequest& request, int min_count) {
  app::ReportRequest report;
  auto year = YearParameter(request);
  if (!year) return ErrorResponse(year.error());
  report.year = *year;
  report.min_count = min_count;
  report.taken_at = app::NowIso8601();
  auto snapshot = app::TakeReportSnapshot(store, report);
  if (!snapshot) return ErrorResponse(snapshot.error());
  const std::string format = request.Query("format", "html");
  if (format == "json") return HttpResponse::Json(*snapshot);
  if (format != "html") return ErrorResponse(core::Status::InvalidArgument("format: html or json"));
  auto html = report::RenderReportHtml(*snapshot, request.Query("lang", "nn"));
  if (!html) return ErrorResponse(html.error());
  HttpResponse response;
  response.content_type = "text/html; charset=utf-8";
  response.body = std::move(*html);
  // The report runs its one inline chart script and loads nothing; the application may frame it.
  response.headers["Content-Security-Policy"] =
      "default-src 'none'; script-src " + report::ChartRuntimeCspSource() +
      "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
  response.headers["X-Frame-Options"] = "SAMEORIGIN";
  return response;
}

}  // namespace

void AddClusterRoutes(Router& router, const StoreAccess& access, int min_count) {
  router.Add("GET", "/api/registry", access.Cached(GetRegistry));
  for (const char* kind : {"body", "activity", "goal", "plan_item"}) {
    const std::string prefix = std::string(kRegistryPrefix) + kind + "/";
    router.AddPrefix("PUT", prefix, access.Locked(PutItem), Access::kReporter);
    router.AddPrefix("DELETE", prefix, access.Locked(DeleteItem), Access::kReporter);
  }
  router.AddPrefix("PUT", std::string(kParticipantPrefix), access.Locked(PutContact), Access::kReporter);
  router.Add("GET", "/api/goals", access.Cached([min_count](core::Store& store, const HttpRequest& request) {
    return GetGoals(store, request, min_count);
  }));
  router.Add("GET", "/api/report",
             access.Cached([min_count](core::Store& store, const HttpRequest& request) {
               return GetReport(store, request, min_count);
             }));
}

}  // namespace polyfon::web
