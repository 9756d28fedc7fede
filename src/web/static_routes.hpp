#pragma once

#include <span>
#include <string_view>

#include "web/router.hpp"

namespace polyfon::web {

// A file of the browser front end (web/ui, built by Vite), compiled into the executable.
struct EmbeddedFile {
  std::string_view path;          // URL path, e.g. "/index.html", "/assets/index-3f2a9c1b.js"
  std::string_view content_type;  // e.g. "text/javascript; charset=utf-8"
  std::string_view etag;          // strong validator from the content's SHA-256, with its quotes
  std::string_view content;
};

// The built front end, generated at build time by cmake/embed_web_assets.cmake.
std::span<const EmbeddedFile> EmbeddedWebFiles();

// Serves the embedded front end: GET (and HEAD) of every file at its path, and index.html at "/".
// index.html and other unversioned files are sent with `Cache-Control: no-cache`; files under
// /assets/ carry a content hash in their name and are cached for a year as immutable. Text bodies
// are gzip-compressed (once, on first use) for clients whose Accept-Encoding allows gzip. Every
// response has an ETag; a matching If-None-Match is answered 304 without a body.
void AddStaticRoutes(Router& router);

// The same over `files`, which must outlive the router (tests pass their own).
void AddStaticRoutes(Router& router, std::span<const EmbeddedFile> files);

}  // namespace polyfon::web
