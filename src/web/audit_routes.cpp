#include "web/audit_routes.hpp"

#include <charconv>
#include <optional>
#include <string>
#include <string_view>

#include "app/export_values.hpp"
#include "app/history_output.hpp"
#include "app/value_history.hpp"
#include "core/text.hpp"

namespace polyfon::web {

namespace {

// Answers are built in memory: a limit keeps one request from sending the whole history.
constexpr int64_t kMaxLimit = 10000;

// A whole number from `low` to `high`, or nothing.
std::optional<int64_t> WholeNumber(std::string_view text, int64_t low, int64_t high) {
  int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < low || value > high) return std::nullopt;
  return value;
}

// Coordinators and admins only: every change, with the values as they were.
HttpResponse Audit(core::Store& store, const HttpRequest& request) {
  app::HistorySpec spec;
  spec.elements = core::SplitList(request.Query("element"));
  spec.org_units = core::SplitList(request.Query("ou"));
  auto periods = app::ParseExportPeriods(request.Query("pe"));
  if (!periods) return HttpResponse::JsonError(400, "pe: " + periods.error().message());
  spec.periods = std::move(*periods);
  if (const std::string source = request.Query("source"); !source.empty()) {
    spec.source_id = WholeNumber(source, 1, INT64_MAX);
    if (!spec.source_id) return HttpResponse::JsonError(400, "source must be an import number such as 3");
  }
  const auto limit = WholeNumber(request.Query("limit", "100"), 1, kMaxLimit);
  if (!limit)
    return HttpResponse::JsonError(400, "limit must be a whole number from 1 to " + std::to_string(kMaxLimit));
  spec.limit = static_cast<size_t>(*limit);
  spec.public_output = !request.principal.SeesUnsuppressed();
  spec.min_count = request.min_count;
  auto entries = app::LoadValueHistory(store, spec);
  if (!entries) return ErrorResponse(entries.error());
  return HttpResponse::Json(app::RenderHistoryJson(*entries));
}

// Coordinators and admins only, as Audit.
HttpResponse Sources(core::Store& store, const HttpRequest&) {
  auto sources = app::ListImports(store);
  if (!sources) return ErrorResponse(sources.error());
  return HttpResponse::Json(app::RenderSourcesJson(*sources));
}

}  // namespace

void AddAuditRoutes(Router& router, const StoreAccess& access) {
  // Every change moves the data version on, so the answers are cached by it like any other GET.
  router.Add("GET", "/api/audit", access.Cached(Audit), Access::kCoordinator);
  router.Add("GET", "/api/audit/sources", access.Cached(Sources), Access::kCoordinator);
}

}  // namespace polyfon::web
