#include "web/api_routes.hpp"

#include <iostream>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>

#include "app/analysis_output.hpp"
#include "app/analyze.hpp"
#include "app/chart_spec.hpp"
#include "app/clock.hpp"
#include "app/json_stat_output.hpp"
#include "app/px_output.hpp"
#include "app/query_data.hpp"
#include "app/query_output.hpp"
#include "core/catalog.hpp"
#include "core/period.hpp"
#include "core/text.hpp"
#include "web/audit_routes.hpp"
#include "web/auth_routes.hpp"
#include "web/data_value_routes.hpp"
#include "web/static_routes.hpp"
#include "web/template_routes.hpp"
#include "web/openapi_document.hpp"
#include "web/cluster_routes.hpp"
#include "web/registry_routes.hpp"
#include "web/route_support.hpp"

namespace polyfon::web {

namespace {

HttpResponse Error(const core::Status& status) { return ErrorResponse(status); }

// dx, ou, pe and ci as /api/analytics takes them; who asks decides whether output is public, and
// which counts a reporter knows already.
core::Result<analytics::QuerySpec> SpecFromRequest(core::Store& store, const HttpRequest& request) {
  analytics::QuerySpec spec;
  spec.items = core::SplitList(request.Query("dx"));
  spec.org_units = core::SplitList(request.Query("ou"));
  if (spec.items.empty() || spec.org_units.empty() || request.Query("pe").empty()) {
    return core::Status::InvalidArgument(
        "dx, ou and pe are required, e.g. ?dx=mt_patients_per_100k&ou=NO-HV&pe=2016:2018");
  }
  auto periods = core::ParsePeriodSelection(request.Query("pe"));
  if (!periods) return core::Status::InvalidArgument("pe: " + periods.error().message());
  spec.periods = std::move(*periods);
  const std::string ci = request.Query("ci", "0.95");
  char* end = nullptr;
  spec.level = std::strtod(ci.c_str(), &end);
  if (end == ci.c_str() || *end != '\0' || !(spec.level >= 0.5 && spec.level < 1)) {
    return core::Status::InvalidArgument("ci must be a confidence level such as 0.95");
  }
  spec.public_output = !request.principal.SeesUnsuppressed();
  spec.min_count = request.min_count;
  if (request.principal.role == core::Role::kReporter) {  // it knows its own counts
    auto catalog = store.LoadCatalog();
    if (!catalog) return catalog.error();
    spec.known_units = core::OwnUnits(request.principal, *catalog);
  }
  return spec;
}

HttpResponse Download(std::string body, std::string content_type, const std::string& file_name) {
  HttpResponse response;
  response.content_type = std::move(content_type);
  response.body = std::move(body);
  response.headers["Content-Disposition"] = "attachment; filename=\"" + file_name + "\"";
  return response;
}

// The rows as JSON (default), or as a download: CSV, JSON-stat 2.0, XLSX, PX-Axis.
HttpResponse Analytics(core::Store& store, const HttpRequest& request) {
  auto spec = SpecFromRequest(store, request);
  if (!spec) return Error(spec.error());
  const std::string format = request.Query("format", "json");
  if (format != "json" && format != "csv" && format != "json-stat" && format != "xlsx" && format != "px") {
    return HttpResponse::JsonError(400, "format must be json, csv, json-stat, xlsx or px");
  }
  auto rows = app::QueryData(store, *spec);
  if (!rows) return Error(rows.error());
  if (format == "csv") return Download(app::RenderCsv(*rows), "text/csv; charset=utf-8", "polyfon.csv");
  if (format == "xlsx") {
    auto xlsx = app::RenderXlsx(*rows);
    if (!xlsx) return Error(xlsx.error());
    return Download(std::move(*xlsx), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "polyfon.xlsx");
  }
  if (format == "json-stat") {
    auto catalog = store.LoadCatalog();
    if (!catalog) return Error(catalog.error());
    return Download(app::RenderJsonStat(*rows, *spec, core::CatalogIndex(*catalog)), "application/json",
                    "polyfon.json");
  }
  if (format == "px") {
    auto catalog = store.LoadCatalog();
    if (!catalog) return Error(catalog.error());
    return Download(app::RenderPx(*rows, *spec, core::CatalogIndex(*catalog), app::NowIso8601()),
                    "text/plain; charset=utf-8", "polyfon.px");
  }
  return HttpResponse::Json(app::RenderJson(*rows));
}

HttpResponse Chart(core::Store& store, const HttpRequest& request) {
  auto spec = SpecFromRequest(store, request);
  if (!spec) return Error(spec.error());
  app::ChartRequest chart{*spec, request.Query("reference"), request.Query("lang", "nn"), request.Query("title")};
  auto result = app::BuildChartSpec(store, chart);
  if (!result) return Error(result.error());
  return HttpResponse::Json(std::move(*result));
}

HttpResponse AnalyzeRatio(core::Store& store, const HttpRequest& request) {
  auto spec = SpecFromRequest(store, request);
  if (!spec) return Error(spec.error());
  auto result = app::AnalyzeRatio(store, *spec);
  if (!result) return Error(result.error());
  return HttpResponse::Json(app::RenderRatioJson(*result, spec->level));
}

HttpResponse AnalyzeGrowth(core::Store& store, const HttpRequest& request) {
  auto spec = SpecFromRequest(store, request);
  if (!spec) return Error(spec.error());
  auto results = app::AnalyzeGrowth(store, *spec);
  if (!results) return Error(results.error());
  return HttpResponse::Json(app::RenderGrowthJson(*results, spec->level));
}

HttpResponse AnalyzeGap(core::Store& store, const HttpRequest& request) {
  auto spec = SpecFromRequest(store, request);
  if (!spec) return Error(spec.error());
  auto result = app::AnalyzeGap(store, *spec, app::ParseGapReference(request.Query("reference")));
  if (!result) return Error(result.error());
  return HttpResponse::Json(app::RenderGapJson(*result, spec->level));
}

HttpResponse AnalyzeTrend(core::Store& store, const HttpRequest& request) {
  auto spec = SpecFromRequest(store, request);
  if (!spec) return Error(spec.error());
  auto rows = app::AnalyzeTrend(store, *spec);
  if (!rows) return Error(rows.error());
  return HttpResponse::Json(app::RenderTrendJson(*rows, spec->level));
}

HttpResponse AnalyzeEffect(core::Store& store, const HttpRequest& request) {
  auto spec = SpecFromRequest(store, request);
  if (!spec) return Error(spec.error());
  auto effect = app::AnalyzeEffect(store, *spec, request.Query("exposure", app::kCoverageElement));
  if (!effect) return Error(effect.error());
  return HttpResponse::Json(app::RenderEffectJson(*effect, spec->level));
}

HttpResponse AnalyzeSensitivity(core::Store& store, const HttpRequest& request) {
  auto spec = SpecFromRequest(store, request);
  if (!spec) return Error(spec.error());
  auto assumption = analytics::ParseCompleteness(request.Query("completeness", "1:1"));
  if (!assumption) return Error(assumption.error());
  auto result = app::AnalyzeSensitivity(store, *spec, *assumption, request.Query("exposure", app::kCoverageElement),
                                        app::ParseGapReference(request.Query("reference")));
  if (!result) return Error(result.error());
  return HttpResponse::Json(app::RenderSensitivityJson(*result));
}

HttpResponse AnalyzeCoverage(core::Store& store, const HttpRequest& request) {
  const std::vector<std::string> org_units = core::SplitList(request.Query("ou"));
  if (org_units.empty() || request.Query("pe").empty()) {
    return HttpResponse::JsonError(400, "ou and pe are required, e.g. ?ou=NO-HV,NO-HSO&pe=2015:2024");
  }
  auto periods = core::ParsePeriodSelection(request.Query("pe"));
  if (!periods) return HttpResponse::JsonError(400, "pe: " + periods.error().message());
  auto rows = app::AnalyzeCoverage(store, org_units, *periods);
  if (!rows) return Error(rows.error());
  return HttpResponse::Json(app::RenderCoverageJson(*rows));
}

HttpResponse Metadata(core::Store& store, const std::string& what) {
  auto catalog = store.LoadCatalog();
  if (!catalog) return Error(catalog.error());
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  if (what == "dataelements") {
    // With the uids of the element and its combos, which DHIS2 data value sets may name them by.
    const core::CatalogIndex index(*catalog);
    for (const auto& e : catalog->elements) {
      nlohmann::ordered_json combos = nlohmann::ordered_json::array();
      for (const std::string& combo : e.combos) combos.push_back({{"code", combo}, {"uid", std::string(index.ComboUid(combo))}});
      items.push_back({{"code", e.code},
                       {"uid", std::string(index.ElementUid(e.code))},
                       {"name", e.name},
                       {"value_type", core::ValueTypeName(e.value_type)},
                       {"aggregation", core::AggregationTypeName(e.aggregation)},
                       {"combos", std::move(combos)}});
    }
  } else {
    for (const auto& i : catalog->indicators) {
      items.push_back({{"code", i.code},
                       {"name", i.name},
                       {"numerator", i.numerator.ToString()},
                       {"denominator", i.denominator ? i.denominator->ToString() : ""},
                       {"factor", i.factor}});
    }
  }
  nlohmann::ordered_json out;
  out[what] = std::move(items);
  return HttpResponse::Json(out.dump());
}

}  // namespace

HttpResponse ErrorResponse(const core::Status& status) {
  const int http_status = HttpStatusFor(status);
  if (http_status >= 500) {
    std::cerr << "polyfon serve: " << status.ToString() << "\n";
    return HttpResponse::JsonError(http_status, "internal error; see the server log");
  }
  return HttpResponse::JsonError(http_status, status.message());
}

int HttpStatusFor(const core::Status& status) {
  switch (status.code()) {
    case core::ErrorCode::kOk: return 200;
    case core::ErrorCode::kInvalidArgument: return 400;
    case core::ErrorCode::kParseError:
    case core::ErrorCode::kFailedPrecondition: return 422;
    case core::ErrorCode::kNotFound: return 404;
    case core::ErrorCode::kConflict: return 409;
    case core::ErrorCode::kUnauthenticated: return 401;
    case core::ErrorCode::kPermissionDenied: return 403;
    case core::ErrorCode::kUnavailable: return 503;
    case core::ErrorCode::kCorruption:
    case core::ErrorCode::kInternal: return 500;
  }
  return 500;
}

Router ApiRoutes(core::Store& store, const WebOptions& options) {
  const StoreAccess access(store);
  auto auth = std::make_shared<AuthState>();
  auth->options = options;
  // Every handler holds the store lock: one connection, many server threads.
  // GET answers depend only on the request and the data: cached by data version.
  auto locked = [&access](auto handler) { return access.Cached(std::move(handler)); };
  Router router;
  router.SetGate(MakeGate(access, auth));
  router.Add("GET", "/api/health", locked([](core::Store& s, const HttpRequest&) {
               auto version = s.DataVersion();
               if (!version) return Error(version.error());
               nlohmann::ordered_json out{{"status", "ok"}, {"version", "0.1.0"}, {"data_version", *version}};
               return HttpResponse::Json(out.dump());
             }));
  router.Add("GET", "/api/analytics", locked(Analytics));
  router.Add("GET", "/api/chart", locked(Chart));
  router.Add("GET", "/api/openapi.json", [](const HttpRequest&) {
    HttpResponse response = HttpResponse::Json(std::string(OpenApiDocument()));
    response.headers["Cache-Control"] = "public, max-age=3600";
    return response;
  });
  router.Add("GET", "/api/analyze/ratio", locked(AnalyzeRatio));
  router.Add("GET", "/api/analyze/growth", locked(AnalyzeGrowth));
  router.Add("GET", "/api/analyze/gap", locked(AnalyzeGap));
  router.Add("GET", "/api/analyze/coverage", locked(AnalyzeCoverage));
  router.Add("GET", "/api/analyze/trend", locked(AnalyzeTrend));
  router.Add("GET", "/api/analyze/effect", locked(AnalyzeEffect));
  router.Add("GET", "/api/analyze/sensitivity", locked(AnalyzeSensitivity));
  AddStaticRoutes(router);
  AddRegistryRoutes(router, access);
  AddClusterRoutes(router, access, options.min_count);
  for (const char* what : {"dataelements", "indicators"}) {
    router.Add("GET", std::string("/api/") + what,
               locked([what = std::string(what)](core::Store& s, const HttpRequest&) { return Metadata(s, what); }));
  }
  AddDataValueRoutes(router, access);
  AddTemplateRoutes(router, access);
  AddAuditRoutes(router, access);
  AddAuthRoutes(router, access, auth);
  return router;
}

}  // namespace polyfon::web
