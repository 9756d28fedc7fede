#include "web/login_throttle.hpp"

namespace polyfon::web {

std::optional<std::chrono::seconds> LoginThrottle::Wait(Failures& failures, size_t limit,
                                                        std::chrono::steady_clock::time_point now) {
  while (!failures.empty() && now - failures.front() >= limits_.window) failures.pop_front();
  if (failures.size() < limit) return std::nullopt;
  const auto left = failures.front() + limits_.window - now;
  return std::chrono::ceil<std::chrono::seconds>(left);
}

std::optional<std::chrono::seconds> LoginThrottle::RetryAfter(std::string_view user, std::string_view address) {
  const auto now = clock_();
  std::lock_guard lock(mutex_);
  std::optional<std::chrono::seconds> wait;
  if (auto it = by_user_.find(user); it != by_user_.end()) wait = Wait(it->second, limits_.per_user, now);
  if (auto it = by_address_.find(address); it != by_address_.end()) {
    if (auto address_wait = Wait(it->second, limits_.per_address, now); address_wait && (!wait || *address_wait > *wait)) {
      wait = address_wait;
    }
  }
  return wait;
}

void LoginThrottle::RecordFailure(std::string_view user, std::string_view address) {
  const auto now = clock_();
  std::lock_guard lock(mutex_);
  if (by_user_.size() + by_address_.size() >= limits_.max_tracked) {
    by_user_.clear();
    by_address_.clear();
  }
  by_user_[std::string(user)].push_back(now);
  by_address_[std::string(address)].push_back(now);
}

void LoginThrottle::RecordSuccess(std::string_view user) {
  std::lock_guard lock(mutex_);
  if (auto it = by_user_.find(user); it != by_user_.end()) by_user_.erase(it);
}

}  // namespace polyfon::web
