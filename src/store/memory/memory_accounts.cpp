#include "store/memory/memory_accounts.hpp"

#include <algorithm>

#include "store/account_checks.hpp"

namespace polyfon::store::memory {

using core::Result;
using core::Status;

Result<std::vector<core::User>> MemoryAccounts::LoadUsers() {
  std::lock_guard lock(mutex_);
  std::vector<core::User> users;
  for (const auto& [name, user] : users_) users.push_back(user);
  return users;
}

Result<std::optional<core::User>> MemoryAccounts::FindUser(std::string_view name) {
  std::lock_guard lock(mutex_);
  auto it = users_.find(name);
  if (it == users_.end()) return std::optional<core::User>();
  return std::optional<core::User>(it->second);
}

Result<bool> MemoryAccounts::PutUser(const core::User& user, const core::AccountEvent& event) {
  POLYFON_RETURN_IF_ERROR(CheckUser(user));
  std::lock_guard lock(mutex_);
  const bool inserted = users_.insert_or_assign(user.name, user).second;
  Record(event);
  return inserted;
}

Result<int64_t> MemoryAccounts::AddToken(const core::ApiToken& token, const core::AccountEvent& event) {
  std::lock_guard lock(mutex_);
  if (!users_.contains(token.user)) return UnknownUser(token.user);
  const bool same_hash =
      std::any_of(tokens_.begin(), tokens_.end(), [&](const core::ApiToken& t) { return t.hash == token.hash; });
  if (same_hash) return DuplicateTokenHash();
  core::ApiToken stored = token;
  stored.id = static_cast<int64_t>(tokens_.size()) + 1;
  tokens_.push_back(stored);
  Record(event);
  return stored.id;
}

Result<std::optional<core::ApiToken>> MemoryAccounts::FindToken(std::string_view hash) {
  std::lock_guard lock(mutex_);
  for (const core::ApiToken& token : tokens_) {
    if (!hash.empty() && token.hash == hash) return std::optional<core::ApiToken>(token);
  }
  return std::optional<core::ApiToken>();
}

Result<std::vector<core::ApiToken>> MemoryAccounts::LoadTokens(std::string_view user) {
  std::lock_guard lock(mutex_);
  std::vector<core::ApiToken> tokens;
  for (const core::ApiToken& token : tokens_) {
    if (user.empty() || token.user == user) tokens.push_back(token);
  }
  return tokens;
}

Status MemoryAccounts::RevokeToken(int64_t id, std::string_view at, const core::AccountEvent& event) {
  std::lock_guard lock(mutex_);
  if (id < 1 || id > static_cast<int64_t>(tokens_.size())) return UnknownToken(id);
  core::ApiToken& token = tokens_[static_cast<size_t>(id - 1)];
  if (!token.revoked_at.empty()) return TokenRevokedAlready(id, token.revoked_at);
  token.revoked_at = at;
  Record(event);
  return Status::Ok();
}

Status MemoryAccounts::RecordEvent(const core::AccountEvent& event) {
  std::lock_guard lock(mutex_);
  Record(event);
  return Status::Ok();
}

Result<std::vector<core::AccountEvent>> MemoryAccounts::LoadEvents(size_t limit) {
  std::lock_guard lock(mutex_);
  const size_t count = limit == 0 ? events_.size() : std::min(limit, events_.size());
  return std::vector<core::AccountEvent>(events_.rbegin(), events_.rbegin() + static_cast<std::ptrdiff_t>(count));
}

void MemoryAccounts::Record(const core::AccountEvent& event) {
  core::AccountEvent stored = event;
  stored.id = static_cast<int64_t>(events_.size()) + 1;
  events_.push_back(std::move(stored));
}

}  // namespace polyfon::store::memory
