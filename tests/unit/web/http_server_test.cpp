#include "web/http_server.hpp"

#include <atomic>
#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "test_http_client.hpp"

namespace polyfon::web {
namespace {

using testing::Response;
using testing::TestClient;
namespace http = boost::beast::http;

class HttpServerTest : public ::testing::Test {
 protected:
  // Starts a server on a free port with the test routes (and `extra` routes).
  void StartServer(ServerOptions options = {}) {
    options.port = 0;
    Router router;
    router.Add("GET", "/hello", [](const HttpRequest&) {
      return HttpResponse::Json(R"({"hello":"world"})");
    });
    router.Add("GET", "/query", [](const HttpRequest& request) {
      HttpResponse response;
      response.content_type = "text/plain; charset=utf-8";
      response.body = request.Query("ou") + "|" + request.Query("pe") + "|" + request.Query("q");
      return response;
    });
    router.Add("POST", "/echo", [](const HttpRequest& request) {
      HttpResponse response;
      response.content_type = "text/plain";
      response.body = request.body;
      return response;
    });
    router.Add("GET", "/throw", [](const HttpRequest&) -> HttpResponse {
      throw std::runtime_error("secret table name");
    });
    router.Add("GET", "/cached", [](const HttpRequest&) {
      HttpResponse response = HttpResponse::Json("[]");
      response.headers["Cache-Control"] = "max-age=60";
      return response;
    });
    router.Add("GET", "/stop", [this](const HttpRequest&) {
      server_->Stop();  // from inside a handler: must not deadlock
      return HttpResponse::Json("{}");
    });
    server_ = std::make_unique<HttpServer>(std::move(router), options);
    core::Status status = server_->Start();
    ASSERT_TRUE(status.ok()) << status.ToString();
    ASSERT_NE(server_->port(), 0);
  }

  std::unique_ptr<HttpServer> server_;
};

TEST_F(HttpServerTest, ServesJsonWithStandardHeaders) {
  StartServer();
  TestClient client(server_->port());
  Response response = client.Get("/hello");
  EXPECT_EQ(response.result_int(), 200);
  EXPECT_EQ(response.body(), R"({"hello":"world"})");
  EXPECT_EQ(response[http::field::content_type], "application/json");
  EXPECT_EQ(response[http::field::content_length], "17");
  EXPECT_EQ(response[http::field::cache_control], "no-store");
}

TEST_F(HttpServerTest, EveryAnswerCarriesTheSecurityHeaders) {
  StartServer();
  TestClient client(server_->port());
  for (const char* path : {"/hello", "/nope", "/throw"}) {
    Response response = client.Get(path);
    const std::string csp(response["Content-Security-Policy"]);
    EXPECT_NE(csp.find("script-src 'self';"), std::string::npos) << path << ": " << csp;
    EXPECT_EQ(csp.find("unsafe-eval"), std::string::npos) << path;
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << path;
    EXPECT_EQ(response["X-Content-Type-Options"], "nosniff") << path;
    EXPECT_EQ(response["X-Frame-Options"], "DENY") << path;
    EXPECT_EQ(response["Referrer-Policy"], "no-referrer") << path;
  }
}

TEST_F(HttpServerTest, KeepsHandlerCacheControl) {
  StartServer();
  TestClient client(server_->port());
  Response response = client.Get("/cached");
  EXPECT_EQ(response[http::field::cache_control], "max-age=60");
}

TEST_F(HttpServerTest, DecodesQueryParameters) {
  StartServer();
  TestClient client(server_->port());
  Response response = client.Get("/query?ou=NO-HV%2CNO&pe=2016%3A2018&q=a+b%2Bc");
  EXPECT_EQ(response.result_int(), 200);
  EXPECT_EQ(response.body(), "NO-HV,NO|2016:2018|a b+c");
}

TEST_F(HttpServerTest, MalformedEscapeIs400) {
  StartServer();
  TestClient client(server_->port());
  Response response = client.Get("/query?ou=%zz");
  EXPECT_EQ(response.result_int(), 400);
  EXPECT_NE(response.body().find("\"status\":400"), std::string::npos);
}

TEST_F(HttpServerTest, UnknownPathIs404Json) {
  StartServer();
  TestClient client(server_->port());
  Response response = client.Get("/nope");
  EXPECT_EQ(response.result_int(), 404);
  EXPECT_EQ(response[http::field::content_type], "application/json");
  EXPECT_NE(response.body().find("\"status\":404"), std::string::npos);
}

TEST_F(HttpServerTest, WrongMethodIs405WithAllow) {
  StartServer();
  TestClient client(server_->port());
  Response response = client.Send(http::verb::post, "/hello", "x");
  EXPECT_EQ(response.result_int(), 405);
  EXPECT_EQ(response[http::field::allow], "GET, HEAD");
}

TEST_F(HttpServerTest, HeadHasLengthButNoBody) {
  StartServer();
  TestClient client(server_->port());
  Response head = client.Send(http::verb::head, "/hello");
  EXPECT_EQ(head.result_int(), 200);
  EXPECT_EQ(head[http::field::content_length], "17");
  EXPECT_TRUE(head.body().empty());
  // The connection is still in sync: no stray body bytes precede the next response.
  EXPECT_EQ(client.Get("/hello").body(), R"({"hello":"world"})");
}

TEST_F(HttpServerTest, EchoesBodyWithinLimit) {
  StartServer({.max_body_bytes = 1024});
  TestClient client(server_->port());
  Response response = client.Send(http::verb::post, "/echo", std::string(1024, 'a'));
  EXPECT_EQ(response.result_int(), 200);
  EXPECT_EQ(response.body(), std::string(1024, 'a'));
}

TEST_F(HttpServerTest, OversizedBodyIs413AndCloses) {
  StartServer({.max_body_bytes = 1024});
  TestClient client(server_->port());
  Response response = client.Send(http::verb::post, "/echo", std::string(64 * 1024, 'a'));
  EXPECT_EQ(response.result_int(), 413);
  EXPECT_NE(response.body().find("\"status\":413"), std::string::npos);
  EXPECT_FALSE(response.keep_alive());
  EXPECT_TRUE(client.ServerClosed());
}

TEST_F(HttpServerTest, OversizedOrTooManyHeaderFieldsAre431AndClose) {
  StartServer();
  for (const std::string& fields : {"X-Big: " + std::string(20 * 1024, 'a') + "\r\n",
                                    [] {
                                      std::string many;
                                      for (int i = 0; i < 2000; ++i) many += "X-" + std::to_string(i) + ": 1\r\n";
                                      return many;
                                    }()}) {
    TestClient client(server_->port());
    client.WriteRaw("GET /hello HTTP/1.1\r\nHost: x\r\n" + fields + "\r\n");
    Response response = client.Read();
    EXPECT_EQ(response.result_int(), 431);
    EXPECT_FALSE(response.keep_alive());
    EXPECT_TRUE(client.ServerClosed());
  }
}

TEST_F(HttpServerTest, AnswersExpectContinue) {
  StartServer();
  TestClient client(server_->port());
  client.WriteRaw(
      "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
  EXPECT_EQ(client.ReadHeaderBlock().rfind("HTTP/1.1 100 Continue\r\n", 0), 0u);
  client.WriteRaw("hello");
  Response response = client.Read();
  EXPECT_EQ(response.result_int(), 200);
  EXPECT_EQ(response.body(), "hello");
}

TEST_F(HttpServerTest, MalformedRequestIs400) {
  StartServer();
  TestClient client(server_->port());
  client.WriteRaw("NOT HTTP AT ALL\r\n\r\n");
  Response response = client.Read();
  EXPECT_EQ(response.result_int(), 400);
  EXPECT_TRUE(client.ServerClosed());
}

TEST_F(HttpServerTest, HandlerExceptionIs500WithoutInternals) {
  StartServer();
  TestClient client(server_->port());
  Response response = client.Get("/throw");
  EXPECT_EQ(response.result_int(), 500);
  EXPECT_EQ(response[http::field::content_type], "application/json");
  EXPECT_EQ(response.body().find("secret"), std::string::npos);
  // The connection survives a failed handler.
  EXPECT_EQ(client.Get("/hello").result_int(), 200);
}

TEST_F(HttpServerTest, KeepAliveServesTwoRequestsOnOneConnection) {
  StartServer();
  TestClient client(server_->port());
  Response first = client.Get("/hello");
  EXPECT_TRUE(first.keep_alive());
  Response second = client.Get("/query?ou=x");
  EXPECT_EQ(first.result_int(), 200);
  EXPECT_EQ(second.result_int(), 200);
  EXPECT_EQ(second.body(), "x||");
}

TEST_F(HttpServerTest, ConnectionCloseIsHonoured) {
  StartServer();
  TestClient client(server_->port());
  Response response = client.Send(http::verb::get, "/hello", "", /*keep_alive=*/false);
  EXPECT_EQ(response.result_int(), 200);
  EXPECT_FALSE(response.keep_alive());
  EXPECT_TRUE(client.ServerClosed());
}

TEST_F(HttpServerTest, StopClosesPortAndConnections) {
  StartServer();
  const uint16_t port = server_->port();
  TestClient idle(port);
  ASSERT_EQ(idle.Get("/hello").result_int(), 200);
  server_->Stop();
  EXPECT_TRUE(idle.ServerClosed());
  EXPECT_THROW(TestClient{port}, boost::system::system_error);
  server_->Stop();  // idempotent
}

TEST_F(HttpServerTest, StopFromHandlerThenWait) {
  StartServer();
  TestClient client(server_->port());
  // The response may or may not make it out before the connection is closed.
  try {
    client.Get("/stop");
  } catch (const boost::system::system_error&) {
  }
  server_->Wait();
  EXPECT_THROW(TestClient{server_->port()}, boost::system::system_error);
}

TEST_F(HttpServerTest, WaitReturnsAfterStopFromAnotherThread) {
  StartServer();
  std::thread stopper([this] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    server_->Stop();
  });
  server_->Wait();
  stopper.join();
}

TEST_F(HttpServerTest, ServesConcurrentClientsOnSeveralThreads) {
  StartServer({.threads = 2});
  std::atomic<int> ok{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 4; ++c) {
    clients.emplace_back([&, c] {
      TestClient client(server_->port());
      for (int i = 0; i < 25; ++i) {
        const std::string value = std::to_string(c) + "-" + std::to_string(i);
        Response response = client.Get("/query?ou=" + value);
        if (response.result_int() == 200 && response.body() == value + "||") ++ok;
      }
    });
  }
  for (std::thread& thread : clients) thread.join();
  EXPECT_EQ(ok.load(), 100);
}

TEST(HttpServerStartTest, BusyPortIsUnavailable) {
  HttpServer first(Router{}, {.port = 0});
  ASSERT_TRUE(first.Start().ok());
  HttpServer second(Router{}, {.port = first.port()});
  core::Status status = second.Start();
  EXPECT_EQ(status.code(), core::ErrorCode::kUnavailable);
  EXPECT_NE(status.message().find(std::to_string(first.port())), std::string::npos);
}

TEST(HttpServerStartTest, RejectsZeroThreadsAndSecondStart) {
  HttpServer none(Router{}, {.port = 0, .threads = 0});
  EXPECT_EQ(none.Start().code(), core::ErrorCode::kInvalidArgument);
  HttpServer twice(Router{}, {.port = 0});
  ASSERT_TRUE(twice.Start().ok());
  EXPECT_EQ(twice.Start().code(), core::ErrorCode::kInternal);
}

TEST(HttpServerStartTest, DestructorStopsWithoutStop) {
  uint16_t port = 0;
  {
    HttpServer server(Router{}, {.port = 0});
    ASSERT_TRUE(server.Start().ok());
    port = server.port();
  }
  EXPECT_THROW(TestClient{port}, boost::system::system_error);
}

}  // namespace
}  // namespace polyfon::web
