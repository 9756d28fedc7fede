#include "web/static_routes.hpp"

#include <zlib.h>

#include <cctype>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

namespace polyfon::web {
namespace {

constexpr std::string_view kImmutable = "public, max-age=31536000, immutable";
constexpr std::string_view kRevalidate = "no-cache";
// Below this size gzip saves less than its header costs.
constexpr size_t kMinCompressSize = 256;

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

// The q value of one Accept-Encoding element ("gzip;q=0.5"); 1 when absent, 0 when malformed.
double QualityOf(std::string_view params) {
  while (!params.empty()) {
    const size_t semicolon = params.find(';');
    std::string_view param = Trim(params.substr(0, semicolon));
    params = semicolon == std::string_view::npos ? std::string_view() : params.substr(semicolon + 1);
    if (param.size() >= 2 && (param[0] == 'q' || param[0] == 'Q') && param[1] == '=') {
      const std::string value(param.substr(2));
      char* end = nullptr;
      const double q = std::strtod(value.c_str(), &end);
      return end != value.c_str() && *end == '\0' && q >= 0 && q <= 1 ? q : 0;
    }
  }
  return 1;
}

// True if an Accept-Encoding header allows gzip: named with q > 0, or "*" with q > 0 and gzip not
// named.
bool AcceptsGzip(std::string_view header) {
  std::optional<double> gzip;
  std::optional<double> any;
  while (!header.empty()) {
    const size_t comma = header.find(',');
    const std::string_view element = Trim(header.substr(0, comma));
    header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
    const size_t semicolon = element.find(';');
    const std::string_view coding = Trim(element.substr(0, semicolon));
    const double q = semicolon == std::string_view::npos ? 1 : QualityOf(element.substr(semicolon + 1));
    if (EqualsIgnoreCase(coding, "gzip") || EqualsIgnoreCase(coding, "x-gzip")) gzip = q;
    if (coding == "*") any = q;
  }
  if (gzip) return *gzip > 0;
  return any && *any > 0;
}

// True if If-None-Match lists `etag` (weak comparison: a W/ prefix is ignored) or is "*".
bool NoneMatchHits(std::string_view header, std::string_view etag) {
  while (!header.empty()) {
    const size_t comma = header.find(',');
    std::string_view tag = Trim(header.substr(0, comma));
    header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
    if (tag == "*") return true;
    if (tag.substr(0, 2) == "W/") tag.remove_prefix(2);
    if (tag == etag) return true;
  }
  return false;
}

bool IsCompressible(std::string_view content_type) {
  return content_type.substr(0, 5) == "text/" || content_type.find("javascript") != std::string_view::npos ||
         content_type.find("json") != std::string_view::npos || content_type.find("svg") != std::string_view::npos ||
         content_type.find("xml") != std::string_view::npos;
}

// `data` as a gzip stream (RFC 1952) at the best compression, or nothing if zlib fails.
std::optional<std::string> Gzip(std::string_view data) {
  z_stream stream{};
  if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK) return std::nullopt;
  std::string out(deflateBound(&stream, static_cast<uLong>(data.size())), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int result = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  if (result != Z_STREAM_END) return std::nullopt;
  return out;
}

// The tag of the gzip representation: "abc" becomes "abc-gz".
std::string GzipEtag(std::string_view etag) {
  if (etag.size() >= 2 && etag.back() == '"') return std::string(etag.substr(0, etag.size() - 1)) + "-gz\"";
  return std::string(etag) + "-gz";
}

// One served file: the embedded bytes, and their gzip form made on first use.
class StaticFile {
 public:
  explicit StaticFile(const EmbeddedFile& file)
      : file_(file),
        compressible_(IsCompressible(file.content_type) && file.content.size() >= kMinCompressSize),
        cache_control_(file.path.substr(0, 8) == "/assets/" ? kImmutable : kRevalidate),
        gzip_etag_(GzipEtag(file.etag)) {}

  HttpResponse Serve(const HttpRequest& request) const {
    const auto header = [&request](const char* name) -> std::string_view {
      const auto it = request.headers.find(name);
      return it == request.headers.end() ? std::string_view() : std::string_view(it->second);
    };
    const std::string* gzip = compressible_ && AcceptsGzip(header("accept-encoding")) ? Compressed() : nullptr;
    const std::string_view etag = gzip != nullptr ? std::string_view(gzip_etag_) : file_.etag;

    HttpResponse response;
    response.headers["ETag"] = std::string(etag);
    response.headers["Cache-Control"] = std::string(cache_control_);
    response.headers["X-Content-Type-Options"] = "nosniff";
    if (compressible_) response.headers["Vary"] = "Accept-Encoding";
    // Either representation's tag validates: both are the same content.
    const std::string_view if_none_match = header("if-none-match");
    if (!if_none_match.empty() && (NoneMatchHits(if_none_match, file_.etag) || NoneMatchHits(if_none_match, gzip_etag_))) {
      response.status = 304;
      response.content_type.clear();
      return response;
    }
    response.content_type = std::string(file_.content_type);
    if (gzip != nullptr) {
      response.headers["Content-Encoding"] = "gzip";
      response.body = *gzip;
    } else {
      response.body = std::string(file_.content);
    }
    return response;
  }

 private:
  // The gzip body, or null if compressing does not make it smaller. Thread-safe.
  const std::string* Compressed() const {
    std::call_once(compress_once_, [this] {
      auto gzip = Gzip(file_.content);
      if (gzip && gzip->size() < file_.content.size()) gzip_ = std::move(*gzip);
    });
    return gzip_ ? &*gzip_ : nullptr;
  }

  const EmbeddedFile& file_;
  const bool compressible_;
  const std::string_view cache_control_;
  const std::string gzip_etag_;
  mutable std::once_flag compress_once_;
  mutable std::optional<std::string> gzip_;
};

}  // namespace

void AddStaticRoutes(Router& router) { AddStaticRoutes(router, EmbeddedWebFiles()); }

void AddStaticRoutes(Router& router, std::span<const EmbeddedFile> files) {
  for (const EmbeddedFile& file : files) {
    auto served = std::make_shared<const StaticFile>(file);
    Handler handler = [served](const HttpRequest& request) { return served->Serve(request); };
    router.Add("GET", std::string(file.path), handler);
    if (file.path == "/index.html") router.Add("GET", "/", handler);
  }
}

}  // namespace polyfon::web
