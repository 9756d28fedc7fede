#include "web/http_types.hpp"

#include <utility>

#include <nlohmann/json.hpp>

#include "core/text.hpp"

namespace polyfon::web {

std::string HttpRequest::Query(std::string_view name, std::string_view fallback) const {
  // multimap keeps insertion order among equal keys, so find() is the first occurrence.
  auto it = query.find(std::string(name));
  return it == query.end() ? std::string(fallback) : it->second;
}

std::string HttpRequest::MediaType() const {
  const auto it = headers.find("content-type");
  if (it == headers.end()) return "";
  std::string media(core::Trim(std::string_view(it->second).substr(0, it->second.find(';'))));
  for (char& c : media) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return media;
}

HttpResponse HttpResponse::JsonError(int status, std::string_view message) {
  nlohmann::json body = {{"error", {{"status", status}, {"message", std::string(message)}}}};
  // Messages may quote user input (a path, a parameter) that is not valid UTF-8; replace bad bytes
  // with U+FFFD instead of letting dump() throw.
  return Json(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), status);
}

HttpResponse HttpResponse::Json(std::string body, int status) {
  HttpResponse response;
  response.status = status;
  response.content_type = "application/json";
  response.body = std::move(body);
  return response;
}

}  // namespace polyfon::web
