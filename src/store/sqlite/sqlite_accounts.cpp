#include "store/sqlite/sqlite_accounts.hpp"

#include <unordered_map>

#include "store/account_checks.hpp"

namespace polyfon::store::sqlite {

using core::Result;
using core::Status;

namespace {

constexpr const char* kSelectUsers = "SELECT name, role, password_hash, disabled, created_at FROM app_user";
constexpr const char* kSelectUnits = "SELECT user_name, org_unit_code FROM app_user_org_unit";
constexpr const char* kSelectTokens = "SELECT id, user_name, label, hash, created_at, revoked_at FROM api_token";

Status StatusOf(const Status& status) { return status; }
template <typename T>
Status StatusOf(const Result<T>& result) {
  return result.status();
}

// Users with their org units; with `name`, only that user. By name, units in list order.
Result<std::vector<core::User>> ReadUsers(Connection& connection, std::optional<std::string_view> name) {
  const std::string where = name ? " WHERE name = ?1" : "";
  std::vector<core::User> users;
  std::unordered_map<std::string, size_t> index;
  POLYFON_ASSIGN_OR_RETURN(Statement * select, connection.Cached(std::string(kSelectUsers) + where + " ORDER BY name"));
  if (name) select->BindText(1, *name);
  POLYFON_RETURN_IF_ERROR(select->ForEach([&](Statement& row) -> Status {
    core::User user;
    user.name = row.Text(0);
    auto role = core::ParseRole(row.TextView(1));
    if (!role) {
      return Status::Corruption("database " + connection.label() + ": role of user '" + user.name + "' is '" +
                                row.Text(1) + "', which this build cannot read");
    }
    user.role = *role;
    user.password_hash = row.Text(2);
    user.disabled = row.Int(3) != 0;
    user.created_at = row.Text(4);
    index.emplace(user.name, users.size());
    users.push_back(std::move(user));
    return Status::Ok();
  }));
  const std::string unit_where = name ? " WHERE user_name = ?1" : "";
  POLYFON_ASSIGN_OR_RETURN(Statement * units,
                           connection.Cached(std::string(kSelectUnits) + unit_where + " ORDER BY user_name, position"));
  if (name) units->BindText(1, *name);
  POLYFON_RETURN_IF_ERROR(units->ForEach([&](Statement& row) {
    auto owner = index.find(std::string(row.TextView(0)));
    if (owner != index.end()) users[owner->second].org_units.push_back(row.Text(1));
  }));
  return users;
}

core::ApiToken TokenFromRow(const Statement& row) {
  return {.id = row.Int(0),
          .user = row.Text(1),
          .label = row.Text(2),
          .hash = row.Text(3),
          .created_at = row.Text(4),
          .revoked_at = row.IsNull(5) ? "" : row.Text(5)};
}

// Tokens selected by `where` (binding `key` as ?1 unless empty), oldest first.
Result<std::vector<core::ApiToken>> ReadTokens(Connection& connection, const char* where, std::string_view key) {
  POLYFON_ASSIGN_OR_RETURN(Statement * select, connection.Cached(std::string(kSelectTokens) + where + " ORDER BY id"));
  if (!key.empty()) select->BindText(1, key);
  std::vector<core::ApiToken> tokens;
  POLYFON_RETURN_IF_ERROR(select->ForEach([&](Statement& row) { tokens.push_back(TokenFromRow(row)); }));
  return tokens;
}

// The text ("" for NULL) in the first column of a query's first row, or nullopt when it gives no row.
Result<std::optional<std::string>> SelectText(Connection& connection, const char* sql, auto bind) {
  POLYFON_ASSIGN_OR_RETURN(Statement * select, connection.Cached(sql));
  bind(*select);
  std::optional<std::string> text;
  POLYFON_RETURN_IF_ERROR(select->ForEach([&](Statement& row) { text = row.IsNull(0) ? "" : row.Text(0); }));
  return text;
}

Status InsertEvent(Connection& connection, const core::AccountEvent& event) {
  POLYFON_ASSIGN_OR_RETURN(Statement * insert,
                           connection.Cached("INSERT INTO account_event (at, actor, action, subject, detail) "
                                             "VALUES (?1, ?2, ?3, ?4, ?5)"));
  insert->BindText(1, event.at);
  insert->BindText(2, event.actor);
  insert->BindText(3, event.action);
  insert->BindText(4, event.subject);
  insert->BindText(5, event.detail);
  return insert->Run();
}

}  // namespace

template <typename F>
auto SqliteAccounts::InRead(F read) -> decltype(read(std::declval<Connection&>())) {
  std::lock_guard lock(reader_mutex_);
  POLYFON_RETURN_IF_ERROR(reader_.Exec("BEGIN"));
  auto result = read(reader_);
  Status end = reader_.Exec(result ? "COMMIT" : "ROLLBACK");
  if (result && !end.ok()) return end;
  return result;
}

template <typename F>
auto SqliteAccounts::InWrite(const core::AccountEvent& event, F write) -> decltype(write(std::declval<Connection&>())) {
  POLYFON_ASSIGN_OR_RETURN(auto connection, Connection::Open(file_, label_, writer_options_));
  POLYFON_RETURN_IF_ERROR(connection->Exec("BEGIN IMMEDIATE"));
  auto result = write(*connection);
  Status status = StatusOf(result);
  if (status.ok()) status = InsertEvent(*connection, event);
  if (status.ok()) status = connection->Exec("COMMIT");
  if (!status.ok()) {
    (void)connection->Exec("ROLLBACK");
    return status;
  }
  return result;
}

Result<std::vector<core::User>> SqliteAccounts::LoadUsers() {
  return InRead([](Connection& c) { return ReadUsers(c, std::nullopt); });
}

Result<std::optional<core::User>> SqliteAccounts::FindUser(std::string_view name) {
  POLYFON_ASSIGN_OR_RETURN(auto users, InRead([&](Connection& c) { return ReadUsers(c, name); }));
  if (users.empty()) return std::optional<core::User>();
  return std::optional<core::User>(std::move(users.front()));
}

Result<bool> SqliteAccounts::PutUser(const core::User& user, const core::AccountEvent& event) {
  POLYFON_RETURN_IF_ERROR(CheckUser(user));
  return InWrite(event, [&](Connection& c) -> Result<bool> {
    POLYFON_ASSIGN_OR_RETURN(auto existing, SelectText(c, "SELECT name FROM app_user WHERE name = ?1",
                                                       [&](Statement& s) { s.BindText(1, user.name); }));
    POLYFON_ASSIGN_OR_RETURN(Statement * upsert,
                             c.Cached("INSERT INTO app_user (name, role, password_hash, disabled, created_at) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (name) DO UPDATE SET "
                                      "role = excluded.role, password_hash = excluded.password_hash, "
                                      "disabled = excluded.disabled, created_at = excluded.created_at"));
    upsert->BindText(1, user.name);
    upsert->BindText(2, core::RoleName(user.role));
    upsert->BindText(3, user.password_hash);
    upsert->BindInt(4, user.disabled ? 1 : 0);
    upsert->BindText(5, user.created_at);
    POLYFON_RETURN_IF_ERROR(upsert->Run());
    POLYFON_ASSIGN_OR_RETURN(Statement * remove, c.Cached("DELETE FROM app_user_org_unit WHERE user_name = ?1"));
    remove->BindText(1, user.name);
    POLYFON_RETURN_IF_ERROR(remove->Run());
    POLYFON_ASSIGN_OR_RETURN(Statement * insert, c.Cached("INSERT INTO app_user_org_unit (user_name, position, "
                                                          "org_unit_code) VALUES (?1, ?2, ?3)"));
    for (size_t i = 0; i < user.org_units.size(); ++i) {
      insert->BindText(1, user.name);
      insert->BindInt(2, static_cast<int64_t>(i));
      insert->BindText(3, user.org_units[i]);
      POLYFON_RETURN_IF_ERROR(insert->Run());
    }
    return !existing.has_value();
  });
}

Result<int64_t> SqliteAccounts::AddToken(const core::ApiToken& token, const core::AccountEvent& event) {
  return InWrite(event, [&](Connection& c) -> Result<int64_t> {
    // Checked here rather than left to the constraints, so that the codes are the contract's.
    POLYFON_ASSIGN_OR_RETURN(auto user, SelectText(c, "SELECT name FROM app_user WHERE name = ?1",
                                                   [&](Statement& s) { s.BindText(1, token.user); }));
    if (!user) return UnknownUser(token.user);
    POLYFON_ASSIGN_OR_RETURN(auto same_hash, SelectText(c, "SELECT hash FROM api_token WHERE hash = ?1",
                                                        [&](Statement& s) { s.BindText(1, token.hash); }));
    if (same_hash) return DuplicateTokenHash();
    POLYFON_ASSIGN_OR_RETURN(Statement * insert,
                             c.Cached("INSERT INTO api_token (user_name, label, hash, created_at, revoked_at) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id"));
    insert->BindText(1, token.user);
    insert->BindText(2, token.label);
    insert->BindText(3, token.hash);
    insert->BindText(4, token.created_at);
    if (token.revoked_at.empty()) {
      insert->BindNull(5);
    } else {
      insert->BindText(5, token.revoked_at);
    }
    int64_t id = 0;
    POLYFON_RETURN_IF_ERROR(insert->ForEach([&](Statement& row) { id = row.Int(0); }));
    return id;
  });
}

Result<std::optional<core::ApiToken>> SqliteAccounts::FindToken(std::string_view hash) {
  // An empty hash would select every token below; no token has one.
  if (hash.empty()) return std::optional<core::ApiToken>();
  POLYFON_ASSIGN_OR_RETURN(auto tokens, InRead([&](Connection& c) { return ReadTokens(c, " WHERE hash = ?1", hash); }));
  if (tokens.empty()) return std::optional<core::ApiToken>();
  return std::optional<core::ApiToken>(std::move(tokens.front()));
}

Result<std::vector<core::ApiToken>> SqliteAccounts::LoadTokens(std::string_view user) {
  return InRead([&](Connection& c) { return ReadTokens(c, user.empty() ? "" : " WHERE user_name = ?1", user); });
}

Status SqliteAccounts::RevokeToken(int64_t id, std::string_view at, const core::AccountEvent& event) {
  return InWrite(event, [&](Connection& c) -> Status {
    POLYFON_ASSIGN_OR_RETURN(auto revoked, SelectText(c, "SELECT revoked_at FROM api_token WHERE id = ?1",
                                                      [&](Statement& s) { s.BindInt(1, id); }));
    if (!revoked) return UnknownToken(id);
    if (!revoked->empty()) return TokenRevokedAlready(id, *revoked);
    POLYFON_ASSIGN_OR_RETURN(Statement * update, c.Cached("UPDATE api_token SET revoked_at = ?2 WHERE id = ?1"));
    update->BindInt(1, id);
    update->BindText(2, at);
    return update->Run();
  });
}

Status SqliteAccounts::RecordEvent(const core::AccountEvent& event) {
  return InWrite(event, [](Connection&) { return Status::Ok(); });
}

Result<std::vector<core::AccountEvent>> SqliteAccounts::LoadEvents(size_t limit) {
  return InRead([&](Connection& c) -> Result<std::vector<core::AccountEvent>> {
    POLYFON_ASSIGN_OR_RETURN(Statement * select,
                             c.Cached("SELECT id, at, actor, action, subject, detail FROM account_event "
                                      "ORDER BY id DESC LIMIT ?1"));
    // SQLite reads a negative LIMIT as none.
    select->BindInt(1, limit == 0 ? -1 : static_cast<int64_t>(limit));
    std::vector<core::AccountEvent> events;
    POLYFON_RETURN_IF_ERROR(select->ForEach([&](Statement& row) {
      events.push_back({.id = row.Int(0),
                        .at = row.Text(1),
                        .actor = row.Text(2),
                        .action = row.Text(3),
                        .subject = row.Text(4),
                        .detail = row.Text(5)});
    }));
    return events;
  });
}

}  // namespace polyfon::store::sqlite
