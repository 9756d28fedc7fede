#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace polyfon::web {

struct ThrottleLimits {
  size_t per_user = 5;
  size_t per_address = 20;
  std::chrono::seconds window{std::chrono::minutes(15)};
  size_t max_tracked = 100000;  // names and addresses remembered; beyond it the table starts over
};

// Slows down password guessing: after `per_user` failed sign-ins for one user name, or `per_address`
// from one client address, within `window`, further attempts for that name (or from that address)
// are refused without checking the password until the oldest failure is `window` old. A successful
// sign-in clears the name's failures. In memory, thread-safe.
class LoginThrottle {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;
  using Limits = ThrottleLimits;

  explicit LoginThrottle(Limits limits = {}, Clock clock = std::chrono::steady_clock::now)
      : limits_(limits), clock_(std::move(clock)) {}

  // How long the client must wait before trying `user` from `address` again, or nullopt if it may try now.
  std::optional<std::chrono::seconds> RetryAfter(std::string_view user, std::string_view address);
  void RecordFailure(std::string_view user, std::string_view address);
  void RecordSuccess(std::string_view user);

 private:
  using Failures = std::deque<std::chrono::steady_clock::time_point>;
  std::optional<std::chrono::seconds> Wait(Failures& failures, size_t limit, std::chrono::steady_clock::time_point now);

  const Limits limits_;
  const Clock clock_;
  std::mutex mutex_;
  std::map<std::string, Failures, std::less<>> by_user_;
  std::map<std::string, Failures, std::less<>> by_address_;
};

}  // namespace polyfon::web
