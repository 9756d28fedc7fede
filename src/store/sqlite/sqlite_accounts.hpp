#pragma once

#include <mutex>
#include <string>
#include <utility>

#include "core/account_store.hpp"
#include "store/sqlite/connection.hpp"

namespace polyfon::store::sqlite {

// The AccountStore of a SqliteStore (tables app_user, app_user_org_unit, api_token, account_event,
// migration 4). Reads go through the store's reader connection under the store's mutex, each in one
// read transaction. Each write opens a connection of its own and runs BEGIN IMMEDIATE .. COMMIT
// around the change and its account_event row, so the log cannot miss a change, and the write
// waits for (or gives up on) an import holding the lock like any other writer. Account writes do
// not touch meta.data_version: no cached figure depends on them.
class SqliteAccounts final : public core::AccountStore {
 public:
  // `reader` and `reader_mutex` are the store's and must outlive this object; writes open `file`
  // (named `label` in messages) with `writer_options`.
  SqliteAccounts(Connection& reader, std::mutex& reader_mutex, std::string file, std::string label,
                 ConnectionOptions writer_options)
      : reader_(reader),
        reader_mutex_(reader_mutex),
        file_(std::move(file)),
        label_(std::move(label)),
        writer_options_(writer_options) {}

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
  // Runs `read` on the reader in one read transaction, under the store's mutex.
  template <typename F>
  auto InRead(F read) -> decltype(read(std::declval<Connection&>()));
  // Runs `write` and records `event` in one write transaction on a new connection.
  template <typename F>
  auto InWrite(const core::AccountEvent& event, F write) -> decltype(write(std::declval<Connection&>()));

  Connection& reader_;
  std::mutex& reader_mutex_;
  const std::string file_;
  const std::string label_;
  const ConnectionOptions writer_options_;
};

}  // namespace polyfon::store::sqlite
