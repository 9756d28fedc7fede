#pragma once

#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "core/account_store.hpp"

namespace polyfon::store::memory {

// The AccountStore of the memory store: the SQLite one's semantics (the contract suite runs both)
// in a few containers under one mutex. A write checks everything before it changes anything, so a
// refused write changes nothing and records no event, as a rolled-back transaction would. Separate
// from the data's state, so account writes leave the data version alone.
class MemoryAccounts final : public core::AccountStore {
 public:
  core::Result<std::vector<core::User>> LoadUsers() override;
  core::Result<std::optional<core::User>> FindUser(std::string_view name) override;
  core::Result<bool> PutUser(const core::User& user, const core::AccountEvent& event) override;

  core::Result<int64_t> AddToken(const core::ApiToken& token, const core::AccountEvent& event) override;
  core::Result<std::optional<core::ApiToken>> FindToken(std::string_view hash) override;
  core::Result<std::vector<core::ApiToken>> LoadTokens(std::string_view user) override;
  core::Status RevokeToken(int64_t id, std::string_view at, const core::AccountEvent& event) override;

  core::Status RecordEvent(const core::AccountEvent& event) override;
  core::Result<std::vector<core::AccountEvent>> LoadEvents(size_t limit) override;

 private:
  // Appends `event` with the next id. REQUIRES: mutex_ is held.
  void Record(const core::AccountEvent& event);

  std::mutex mutex_;                                      // guards everything below
  std::map<std::string, core::User, std::less<>> users_;  // ordered by name, as SQL's ORDER BY name
  std::vector<core::ApiToken> tokens_;                    // a token's id is its position + 1
  std::vector<core::AccountEvent> events_;                // an event's id is its position + 1
};

}  // namespace polyfon::store::memory
