#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/status.hpp"

namespace polyfon::core {

// Where users, API tokens and the account log live, beside the data (same database file).
// Every write is one transaction together with the account event that records it, so the log
// cannot miss a change. Thread-safe. Account writes do not change Store::DataVersion().
class AccountStore {
 public:
  virtual ~AccountStore() = default;

  // Every user, by name.
  virtual Result<std::vector<User>> LoadUsers() = 0;
  // The user with this name, or nullopt.
  virtual Result<std::optional<User>> FindUser(std::string_view name) = 0;
  // Inserts the user, or replaces the one with the same name, and records `event`. True when it
  // inserted a new user.
  virtual Result<bool> PutUser(const User& user, const AccountEvent& event) = 0;

  // Stores `token` (its id is ignored) and records `event`; returns the new id. kNotFound when
  // the user does not exist; kConflict when a token with the same hash exists.
  virtual Result<int64_t> AddToken(const ApiToken& token, const AccountEvent& event) = 0;
  // The token with this hash (revoked or not), or nullopt.
  virtual Result<std::optional<ApiToken>> FindToken(std::string_view hash) = 0;
  // The tokens of `user` (all users' when empty), oldest first.
  virtual Result<std::vector<ApiToken>> LoadTokens(std::string_view user) = 0;
  // Sets the token's revoked_at to `at` and records `event`. kNotFound for an unknown id;
  // kConflict when it was revoked already.
  virtual Status RevokeToken(int64_t id, std::string_view at, const AccountEvent& event) = 0;

  // Records an event that changes nothing else (a sign-in, a failed one, a sign-out).
  virtual Status RecordEvent(const AccountEvent& event) = 0;
  // The newest `limit` events (all when 0), newest first.
  virtual Result<std::vector<AccountEvent>> LoadEvents(size_t limit) = 0;
};

}  // namespace polyfon::core
