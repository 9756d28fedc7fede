// The embedded front end: paths, content types, caching, gzip and ETag revalidation.
#include "web/static_routes.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>
#include <vector>

namespace polyfon::web {
namespace {

std::string Inflate(const std::string& gzip) {
  z_stream stream{};
  EXPECT_EQ(inflateInit2(&stream, 15 + 16), Z_OK);
  std::string out(1 << 20, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gzip.data()));
  stream.avail_in = static_cast<uInt>(gzip.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  inflateEnd(&stream);
  return out;
}

HttpRequest Get(std::string path, std::map<std::string, std::string> headers = {}) {
  HttpRequest request;
  request.method = "GET";
  request.path = std::move(path);
  request.headers = std::move(headers);
  return request;
}

class StaticRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (int i = 0; i < 200; ++i) script_ += "console.log('Polyfon " + std::to_string(i) + "');\n";
    for (int i = 0; i < 50; ++i) html_ += "<p>Musikkterapi</p>\n";
    files_ = {
        {"/index.html", "text/html; charset=utf-8", "\"aaa\"", html_},
        {"/assets/index-3f2a9c1b.js", "text/javascript; charset=utf-8", "\"bbb\"", script_},
        {"/assets/inter-1a2b.woff2", "font/woff2", "\"ccc\"", font_},
        {"/favicon.svg", "image/svg+xml", "\"ddd\"", "<svg/>"},
    };
    AddStaticRoutes(router_, files_);
  }

  std::string html_ = "<!doctype html><html lang=\"nn\">";
  std::string script_;
  std::string font_ = std::string(2000, '\x01');
  std::vector<EmbeddedFile> files_;
  Router router_;
};

TEST_F(StaticRoutesTest, ServesIndexAtRootAndByNameWithoutLongCaching) {
  for (const char* path : {"/", "/index.html"}) {
    const HttpResponse response = router_.Dispatch(Get(path));
    EXPECT_EQ(response.status, 200) << path;
    EXPECT_EQ(response.content_type, "text/html; charset=utf-8");
    EXPECT_EQ(response.body, html_);
    EXPECT_EQ(response.headers.at("Cache-Control"), "no-cache");
    EXPECT_EQ(response.headers.at("ETag"), "\"aaa\"");
  }
}

TEST_F(StaticRoutesTest, HashedAssetsAreImmutable) {
  const HttpResponse response = router_.Dispatch(Get("/assets/index-3f2a9c1b.js"));
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(response.headers.at("Cache-Control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(response.headers.at("Vary"), "Accept-Encoding");
  EXPECT_EQ(response.headers.count("Content-Encoding"), 0u);
  EXPECT_EQ(response.body, script_);
}

TEST_F(StaticRoutesTest, GzipWhenAcceptEncodingAllowsIt) {
  const HttpResponse response = router_.Dispatch(Get("/assets/index-3f2a9c1b.js", {{"accept-encoding", "gzip, deflate, br"}}));
  EXPECT_EQ(response.headers.at("Content-Encoding"), "gzip");
  EXPECT_EQ(response.headers.at("ETag"), "\"bbb-gz\"");
  EXPECT_LT(response.body.size(), script_.size());
  EXPECT_EQ(Inflate(response.body), script_);
  // Compressed once, served the same again.
  EXPECT_EQ(router_.Dispatch(Get("/assets/index-3f2a9c1b.js", {{"accept-encoding", "gzip"}})).body, response.body);
}

TEST_F(StaticRoutesTest, AcceptEncodingQualitiesAreHonoured) {
  const auto encoding = [this](const std::string& accept) {
    const HttpResponse response = router_.Dispatch(Get("/index.html", {{"accept-encoding", accept}}));
    const auto it = response.headers.find("Content-Encoding");
    return it == response.headers.end() ? std::string("identity") : it->second;
  };
  EXPECT_EQ(encoding("gzip;q=0"), "identity");
  EXPECT_EQ(encoding("gzip; q=0.0, br"), "identity");
  EXPECT_EQ(encoding("GZIP;q=0.5"), "gzip");
  EXPECT_EQ(encoding("*"), "gzip");
  EXPECT_EQ(encoding("*;q=0"), "identity");
  EXPECT_EQ(encoding("gzip;q=0, *"), "identity");
  EXPECT_EQ(encoding("identity"), "identity");
  EXPECT_EQ(encoding("br, deflate"), "identity");
  EXPECT_EQ(encoding(""), "identity");
}

TEST_F(StaticRoutesTest, BinaryAndTinyFilesAreNeverCompressed) {
  const HttpResponse font = router_.Dispatch(Get("/assets/inter-1a2b.woff2", {{"accept-encoding", "gzip"}}));
  EXPECT_EQ(font.content_type, "font/woff2");
  EXPECT_EQ(font.headers.count("Content-Encoding"), 0u);
  EXPECT_EQ(font.headers.count("Vary"), 0u);
  EXPECT_EQ(font.body, font_);
  const HttpResponse icon = router_.Dispatch(Get("/favicon.svg", {{"accept-encoding", "gzip"}}));
  EXPECT_EQ(icon.headers.count("Content-Encoding"), 0u);
  EXPECT_EQ(icon.headers.at("Cache-Control"), "no-cache");
}

TEST_F(StaticRoutesTest, MatchingIfNoneMatchIs304WithoutBody) {
  for (const char* tag : {"\"aaa\"", "W/\"aaa\"", "\"zzz\", \"aaa-gz\"", "*"}) {
    const HttpResponse response = router_.Dispatch(Get("/", {{"if-none-match", tag}}));
    EXPECT_EQ(response.status, 304) << tag;
    EXPECT_TRUE(response.body.empty());
    EXPECT_EQ(response.headers.at("ETag"), "\"aaa\"");
    EXPECT_EQ(response.headers.at("Cache-Control"), "no-cache");
  }
  EXPECT_EQ(router_.Dispatch(Get("/", {{"if-none-match", "\"zzz\""}})).status, 200);
}

TEST_F(StaticRoutesTest, OtherPathsAreNotServed) {
  EXPECT_EQ(router_.Dispatch(Get("/assets/missing.js")).status, 404);
  HttpRequest post = Get("/index.html");
  post.method = "POST";
  EXPECT_EQ(router_.Dispatch(post).status, 405);
}

TEST(EmbeddedWebFilesTest, TheBuiltFrontEndIsEmbedded) {
  bool has_index = false;
  bool has_script = false;
  for (const EmbeddedFile& file : EmbeddedWebFiles()) {
    EXPECT_EQ(file.path.front(), '/');
    EXPECT_FALSE(file.content_type.empty()) << file.path;
    EXPECT_EQ(file.etag.size(), 34u) << file.path;
    if (file.path == "/index.html") {
      has_index = true;
      EXPECT_NE(file.content.find("lang=\"nn\""), std::string_view::npos);
    }
    if (file.path.starts_with("/assets/") && file.path.ends_with(".js")) has_script = true;
  }
  EXPECT_TRUE(has_index);
  EXPECT_TRUE(has_script);
}

}  // namespace
}  // namespace polyfon::web
