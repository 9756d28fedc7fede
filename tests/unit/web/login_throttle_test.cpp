#include "web/login_throttle.hpp"

#include <gtest/gtest.h>

namespace polyfon::web {
namespace {

using namespace std::chrono_literals;

class LoginThrottleTest : public ::testing::Test {
 protected:
  std::chrono::steady_clock::time_point now_{};
  LoginThrottle throttle_{ThrottleLimits{3, 5, 60s, 1000}, [this] { return now_; }};
};

TEST_F(LoginThrottleTest, BlocksANameAfterTheLimitUntilTheOldestFailureIsAWindowOld) {
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(throttle_.RetryAfter("kari", "10.0.0.1"), std::nullopt);
    throttle_.RecordFailure("kari", "10.0.0.1");
    now_ += 10s;
  }
  // Failures at 0, 10 and 20 s; now 30 s: the first ages out at 60 s.
  EXPECT_EQ(throttle_.RetryAfter("kari", "10.0.0.2"), 30s);
  EXPECT_EQ(throttle_.RetryAfter("ola", "10.0.0.2"), std::nullopt);
  now_ += 30s;
  EXPECT_EQ(throttle_.RetryAfter("kari", "10.0.0.2"), std::nullopt);
}

TEST_F(LoginThrottleTest, BlocksAnAddressTryingManyNames) {
  for (int i = 0; i < 5; ++i) throttle_.RecordFailure("user" + std::to_string(i), "10.0.0.9");
  EXPECT_TRUE(throttle_.RetryAfter("someone-else", "10.0.0.9").has_value());
  EXPECT_FALSE(throttle_.RetryAfter("someone-else", "10.0.0.8").has_value());
}

TEST_F(LoginThrottleTest, SuccessClearsTheNamesFailures) {
  throttle_.RecordFailure("kari", "a");
  throttle_.RecordFailure("kari", "b");
  throttle_.RecordSuccess("kari");
  throttle_.RecordFailure("kari", "c");
  throttle_.RecordFailure("kari", "d");
  EXPECT_EQ(throttle_.RetryAfter("kari", "e"), std::nullopt);
}

}  // namespace
}  // namespace polyfon::web
