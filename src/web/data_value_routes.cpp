#include "web/data_value_routes.hpp"

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/clock.hpp"
#include "app/data_value_set_output.hpp"
#include "app/export_values.hpp"
#include "app/import_files.hpp"
#include "core/text.hpp"
#include "io/dhis2_id_scheme.hpp"
#include "io/import_format.hpp"

namespace polyfon::web {

namespace {

// How messages about a posted data value set name it ("request body: dataValues[0].value: ...").
constexpr std::string_view kBodyName = "request body";

// Every value of the query parameters `names` (DHIS2 repeats a parameter where we take a list),
// each split at commas, in request order.
std::vector<std::string> ListParameter(const HttpRequest& request, std::initializer_list<const char*> names) {
  std::vector<std::string> items;
  for (const char* name : names) {
    const auto [begin, end] = request.query.equal_range(name);
    for (auto it = begin; it != end; ++it) {
      for (std::string& item : core::SplitList(it->second)) items.push_back(std::move(item));
    }
  }
  return items;
}

// The id schemes the query parameters give (idScheme=UID, orgUnitIdScheme=code, ...: CODE or UID in
// any case, as DHIS2 takes them). Fails with kInvalidArgument naming the parameter.
core::Result<io::IdSchemes> IdSchemesFromQuery(const HttpRequest& request) {
  io::IdSchemes schemes;
  for (const std::string_view name : io::kIdSchemeKeys) {
    const auto it = request.query.find(std::string(name));
    if (it == request.query.end()) continue;
    auto scheme = io::ParseIdScheme(it->second);
    if (!scheme) return core::Status::InvalidArgument(std::string(name) + ": " + scheme.error().message());
    *io::IdSchemeSlot(schemes, name) = *scheme;
  }
  return schemes;
}

// GET: the stored values, not aggregated. For anonymous visitors and reporters the rule of public
// analytics output applies to each value (a reporter's own org units excepted): a hidden value of a
// count element (a non-negative integer that is not a stock, e.g. mt_patients; population and
// mt_positions are never hidden) is sent as "value":null and "comment":null with "suppressed":true
// (in CSV: empty value and comment cells).
// Elements, org units and combos are named by code unless idScheme (or a specific scheme) says UID;
// the selections (de, ou) take codes or uids either way.
HttpResponse GetDataValueSets(core::Store& store, const HttpRequest& request) {
  auto schemes = IdSchemesFromQuery(request);
  if (!schemes) return HttpResponse::JsonError(400, schemes.error().message());
  app::ExportSpec spec;
  spec.id_schemes = *schemes;
  spec.elements = ListParameter(request, {"de", "dataElement"});
  spec.org_units = ListParameter(request, {"ou", "orgUnit"});
  std::string periods;
  for (const std::string& item : ListParameter(request, {"pe", "period"})) {
    periods += (periods.empty() ? "" : ";") + item;
  }
  auto parsed = app::ParseExportPeriods(periods);
  if (!parsed) return HttpResponse::JsonError(400, "pe: " + parsed.error().message());
  spec.periods = std::move(*parsed);
  const core::Principal& who = request.principal;
  spec.public_output = !who.SeesUnsuppressed();
  spec.min_count = request.min_count;
  if (who.signed_in() && spec.public_output) {
    auto catalog = store.LoadCatalog();
    if (!catalog) return ErrorResponse(catalog.error());
    spec.known_units = core::OwnUnits(who, *catalog);
  }
  const std::string format = request.Query("format", "json");
  if (format != "json" && format != "csv") return HttpResponse::JsonError(400, "format must be json or csv");

  auto values = app::ExportValues(store, spec);
  if (!values) return ErrorResponse(values.error());
  if (format == "csv") {
    HttpResponse response;
    response.content_type = "text/csv; charset=utf-8";
    response.body = app::RenderDataValueSetCsv(*values);
    return response;
  }
  return HttpResponse::Json(app::RenderDataValueSetJson(*values, spec.id_schemes));
}

// The import layout a Content-Type names, ignoring parameters such as charset.
std::optional<io::ImportFormat> FormatForContentType(const HttpRequest& request) {
  const std::string media = request.MediaType();
  if (media == "application/json") return io::ImportFormat::kDhis2Json;
  if (media == "text/csv" || media == "application/csv") return io::ImportFormat::kDhis2Csv;
  return std::nullopt;
}

nlohmann::ordered_json ImportCount(const core::WriteCounts& counts) {
  // DHIS2 counts a value that was already stored as it is among the ignored ones.
  return {{"imported", counts.inserted}, {"updated", counts.updated}, {"ignored", counts.unchanged}, {"deleted", 0}};
}

// One problem line of an import error as a DHIS2 conflict: the place it names and what is wrong.
//   "request body: dataValues[0].value: what"        -> dataValues[0].value
//   "request body:3: column 6 (value): what"         -> line 3, column 6 (value)
//   "request body:2:14: what" (malformed JSON)       -> line 2, column 14
//   "request body: what", "... and 2 more problems"  -> request body
nlohmann::ordered_json ConflictFromLine(std::string_view line) {
  const auto conflict = [](std::string_view object, std::string_view value) {
    return nlohmann::ordered_json{{"object", std::string(object)}, {"value", std::string(value)}};
  };
  if (!line.starts_with(kBodyName)) return conflict(kBodyName, line);
  std::string_view rest = line.substr(kBodyName.size());
  if (rest.starts_with(": ")) {
    rest.remove_prefix(2);
    const size_t colon = rest.find(": ");
    // JSON locations have no spaces; a colon after words belongs to the message.
    if (colon != std::string_view::npos && rest.substr(0, colon).find(' ') == std::string_view::npos) {
      return conflict(rest.substr(0, colon), rest.substr(colon + 2));
    }
    return conflict(kBodyName, rest);
  }
  // ":LINE: ...", ":LINE:COLUMN: ...", then perhaps "column N (NAME): ".
  std::string object;
  for (const char* label : {"line ", ", column "}) {
    if (!rest.starts_with(':')) break;
    const size_t digits = rest.find_first_not_of("0123456789", 1);
    if (digits == 1 || digits == std::string_view::npos) break;
    object += label;
    object.append(rest.substr(1, digits - 1));
    rest.remove_prefix(digits);
  }
  if (object.empty() || !rest.starts_with(": ")) return conflict(kBodyName, line);
  rest.remove_prefix(2);
  if (rest.starts_with("column ")) {  // "column 6 (value): " names a cell, "column 3: " a position
    constexpr size_t kNumber = std::string_view("column ").size();
    const size_t digits = rest.find_first_not_of("0123456789", kNumber);
    size_t end = std::string_view::npos;  // where the column part ends, before ": "
    if (digits != std::string_view::npos && digits > kNumber) {
      const std::string_view after = rest.substr(digits);
      if (after.starts_with(": ")) {
        end = digits;
      } else if (const size_t close = rest.find("): ", digits);
                 after.starts_with(" (") && close != std::string_view::npos) {
        end = close + 1;
      }
    }
    if (end != std::string_view::npos) {
      object += ", ";
      object.append(rest.substr(0, end));
      rest.remove_prefix(end + 2);
    }
  }
  return conflict(object, rest);
}

HttpResponse ImportSummary(const char* status, const core::WriteCounts& counts, nlohmann::ordered_json conflicts,
                           bool dry_run, int http_status) {
  nlohmann::ordered_json out{{"status", status},
                             {"importCount", ImportCount(counts)},
                             {"conflicts", std::move(conflicts)},
                             {"dryRun", dry_run}};
  // Messages may quote posted bytes; replace any that are not UTF-8 rather than throw.
  return HttpResponse::Json(out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace), http_status);
}

// POST: imports a DHIS2 data value set (application/json) or DHIS2 CSV (text/csv) through the same
// all-or-nothing import as `polyfon import`, as the signed-in user (reporter and up; a reporter only
// values of its own org units and below, else 403 and nothing written). Values without storedBy are
// recorded as stored by that user, and so is the import. Input that does not pass is answered 422 with one conflict per problem and writes nothing.
// The id scheme parameters say how the body names elements, org units and combos; a JSON body's
// own idScheme keys override them, as in DHIS2.
HttpResponse PostDataValueSets(core::Store& store, const HttpRequest& request) {
  const auto format = FormatForContentType(request);
  if (!format) {
    return HttpResponse::JsonError(
        415, "Content-Type must be application/json (a DHIS2 data value set) or text/csv (DHIS2 data value CSV)");
  }
  if (core::Trim(request.body).empty()) {
    return HttpResponse::JsonError(400, "the request body is empty; send a DHIS2 data value set");
  }
  const std::string dry_run = request.Query("dryRun", "false");
  if (dry_run != "true" && dry_run != "false") return HttpResponse::JsonError(400, "dryRun must be true or false");
  auto schemes = IdSchemesFromQuery(request);
  if (!schemes) return HttpResponse::JsonError(400, schemes.error().message());

  app::ImportRequest import;
  import.files.push_back({std::string(kBodyName), request.body});
  import.options.format = *format;
  import.options.id_schemes = *schemes;
  import.options.stored_by = request.principal.user;
  if (request.principal.role == core::Role::kReporter) {
    auto catalog = store.LoadCatalog();
    if (!catalog) return ErrorResponse(catalog.error());
    import.writable_org_units = core::OwnUnits(request.principal, *catalog);
  }
  import.options.now = app::NowIso8601();
  import.dry_run = dry_run == "true";
  auto report = app::ImportFiles(store, import);
  if (!report) {
    if (report.error().code() != core::ErrorCode::kInvalidArgument) return ErrorResponse(report.error());
    nlohmann::ordered_json conflicts = nlohmann::ordered_json::array();
    for (const std::string& line : core::SplitList(report.error().message(), '\n')) {
      conflicts.push_back(ConflictFromLine(line));
    }
    return ImportSummary("ERROR", {}, std::move(conflicts), import.dry_run, 422);
  }
  return ImportSummary("SUCCESS", report->files.front().values, nlohmann::ordered_json::array(), import.dry_run, 200);
}

}  // namespace

void AddDataValueRoutes(Router& router, const StoreAccess& access) {
  // A GET answer depends only on the request and the data, so it is cached by data version; a POST
  // that writes moves the version on.
  router.Add("GET", "/api/dataValueSets", access.Cached(GetDataValueSets));
  router.Add("POST", "/api/dataValueSets", access.Locked(PostDataValueSets), Access::kReporter);
}

}  // namespace polyfon::web
