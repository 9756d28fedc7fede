#include "web/session_table.hpp"

#include <gtest/gtest.h>

namespace polyfon::web {
namespace {

using namespace std::chrono_literals;

class SessionTableTest : public ::testing::Test {
 protected:
  std::chrono::steady_clock::time_point now_{};
  SessionTable sessions_{SessionLimits{60s, 300s, 3}, [this] { return now_; }};
};

TEST_F(SessionTableTest, OpensFindsAndCloses) {
  const auto a = sessions_.Open("kari", "h");
  const auto b = sessions_.Open("kari", "h");
  EXPECT_NE(a.id, b.id);
  EXPECT_NE(a.csrf_token, b.csrf_token);
  EXPECT_EQ(a.id.size(), 43u);
  ASSERT_TRUE(sessions_.Find(a.id).has_value());
  EXPECT_EQ(sessions_.Find(a.id)->user, "kari");
  EXPECT_EQ(sessions_.Find(a.id)->csrf_token, a.csrf_token);
  EXPECT_EQ(sessions_.Find(a.id)->credential, "h");
  sessions_.Close(a.id);
  EXPECT_FALSE(sessions_.Find(a.id).has_value());
  EXPECT_TRUE(sessions_.Find(b.id).has_value());
  EXPECT_FALSE(sessions_.Find("").has_value());
}

TEST_F(SessionTableTest, ExpiresWhenIdleAndAfterItsLifetime) {
  const auto a = sessions_.Open("kari", "h");
  now_ += 59s;
  EXPECT_TRUE(sessions_.Find(a.id).has_value());  // a use keeps it alive
  now_ += 59s;
  EXPECT_TRUE(sessions_.Find(a.id).has_value());
  now_ += 60s;
  EXPECT_FALSE(sessions_.Find(a.id).has_value());  // idle for a minute
  const auto b = sessions_.Open("ola", "h");
  for (int i = 0; i < 5; ++i) {
    now_ += 55s;
    EXPECT_TRUE(sessions_.Find(b.id).has_value()) << i;  // used every 55 s
  }
  now_ += 25s;
  EXPECT_FALSE(sessions_.Find(b.id).has_value());  // 300 s since sign-in
}

TEST_F(SessionTableTest, DropsTheLeastRecentlyUsedWhenFull) {
  const auto a = sessions_.Open("a", "h");
  now_ += 1s;
  const auto b = sessions_.Open("b", "h");
  now_ += 1s;
  const auto c = sessions_.Open("c", "h");
  now_ += 1s;
  EXPECT_TRUE(sessions_.Find(a.id).has_value());  // a is now the most recently used
  now_ += 1s;
  const auto d = sessions_.Open("d", "h");
  EXPECT_TRUE(sessions_.Find(a.id).has_value());
  EXPECT_FALSE(sessions_.Find(b.id).has_value());
  EXPECT_TRUE(sessions_.Find(c.id).has_value());
  EXPECT_TRUE(sessions_.Find(d.id).has_value());
}

}  // namespace
}  // namespace polyfon::web
