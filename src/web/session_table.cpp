#include "web/session_table.hpp"

#include <algorithm>

#include "app/sign_in.hpp"

namespace polyfon::web {

SessionTable::Opened SessionTable::Open(const std::string& user, const std::string& credential) {
  Opened opened{app::NewSecret(), app::NewSecret()};
  const auto now = clock_();
  std::lock_guard lock(mutex_);
  MakeRoom(now);
  by_hash_[app::SecretHash(opened.id)] = Entry{{user, opened.csrf_token, credential}, now, now};
  return opened;
}

std::optional<SessionTable::Session> SessionTable::Find(std::string_view id) {
  if (id.empty()) return std::nullopt;
  const std::string hash = app::SecretHash(id);
  const auto now = clock_();
  std::lock_guard lock(mutex_);
  const auto it = by_hash_.find(hash);
  if (it == by_hash_.end()) return std::nullopt;
  if (Expired(it->second, now)) {
    by_hash_.erase(it);
    return std::nullopt;
  }
  it->second.used = now;
  return it->second.session;
}

void SessionTable::Close(std::string_view id) {
  const std::string hash = app::SecretHash(id);
  std::lock_guard lock(mutex_);
  by_hash_.erase(hash);
}

bool SessionTable::Expired(const Entry& entry, std::chrono::steady_clock::time_point now) const {
  return now - entry.used >= limits_.idle || now - entry.opened >= limits_.lifetime;
}

void SessionTable::MakeRoom(std::chrono::steady_clock::time_point now) {
  std::erase_if(by_hash_, [&](const auto& item) { return Expired(item.second, now); });
  while (!by_hash_.empty() && by_hash_.size() >= limits_.max_sessions) {
    const auto oldest = std::min_element(by_hash_.begin(), by_hash_.end(),
                                         [](const auto& a, const auto& b) { return a.second.used < b.second.used; });
    by_hash_.erase(oldest);
  }
}

}  // namespace polyfon::web
