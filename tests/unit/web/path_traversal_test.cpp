// Requests that try to climb out of the served files, through a real server: every one is answered
// 400 or 404, and none with a file of the machine.
#include <gtest/gtest.h>

#include <string>

#include "demo_server.hpp"

namespace polyfon::web {
namespace {

using testing::TestClient;

class PathTraversalTest : public testing::DemoServerTest {};

TEST_F(PathTraversalTest, NoTargetReachesAFileOutsideTheApplication) {
  for (const char* target : {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                             "/assets/..%2f..%2f..%2fetc%2fpasswd", "/assets/%2e%2e%2f%2e%2e%2fetc/passwd",
                             "//etc/passwd", "/index.html/../../etc/passwd", "/api/orgunits/..%2f..%2fetc%2fpasswd",
                             "/..\\..\\etc\\passwd", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/etc/passwd%00.html"}) {
    TestClient client(server_->port());
    client.WriteRaw(std::string("GET ") + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    const auto response = client.Read();
    const int status = static_cast<int>(response.result_int());
    EXPECT_TRUE(status == 400 || status == 404) << target << ": " << status;
    EXPECT_EQ(response.body().find("root:"), std::string::npos) << target;
  }
}

}  // namespace
}  // namespace polyfon::web
