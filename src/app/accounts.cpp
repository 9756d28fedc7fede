#include "app/accounts.hpp"

#include <algorithm>

#include "app/account_output.hpp"
#include "app/clock.hpp"
#include "app/sign_in.hpp"
#include "core/text.hpp"

namespace polyfon::app {

using core::Result;
using core::Status;

namespace {

// Characters, not bytes: "æøåæøåæøåæ" is as long as "abcdefghij". Counts the bytes that start a
// UTF-8 sequence.
size_t CharacterCount(std::string_view text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

Status CheckPasswordLength(std::string_view password) {
  if (CharacterCount(password) >= kMinPasswordLength) return Status::Ok();
  return Status::InvalidArgument("a password needs at least " + std::to_string(kMinPasswordLength) + " characters");
}

Status UnknownUser(std::string_view name) {
  return Status::NotFound("user '" + std::string(name) + "' does not exist");
}

// The org units as stored: each once, in the order given. Checks them against the role and the
// catalog: a reporter needs at least one, other roles have none, and each must be an org unit's code.
Result<std::vector<std::string>> CheckedOrgUnits(core::Store& store, core::Role role,
                                                 const std::vector<std::string>& org_units) {
  std::vector<std::string> units;
  for (const std::string& unit : org_units) {
    if (std::find(units.begin(), units.end(), unit) == units.end()) units.push_back(unit);
  }
  if (role == core::Role::kReporter && units.empty()) {
    return Status::InvalidArgument("a reporter needs at least one org unit: the ones it reports for");
  }
  if (role != core::Role::kReporter && !units.empty()) {
    return Status::InvalidArgument("only a reporter has org units; a " + std::string(core::RoleName(role)) +
                                   " has none");
  }
  if (units.empty()) return units;
  POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
  for (const std::string& unit : units) {
    const bool known = std::any_of(catalog.org_units.begin(), catalog.org_units.end(),
                                   [&](const core::OrgUnit& u) { return u.code == unit; });
    if (!known) return Status::InvalidArgument("unknown org unit '" + unit + "'");
  }
  return units;
}

core::AccountEvent Event(std::string_view action, std::string_view actor, std::string subject,
                         std::string detail = "") {
  return {.id = 0,
          .at = NowIso8601(),
          .actor = std::string(actor),
          .action = std::string(action),
          .subject = std::move(subject),
          .detail = std::move(detail)};
}

Result<core::User> ExistingUser(core::Store& store, std::string_view name) {
  POLYFON_ASSIGN_OR_RETURN(std::optional<core::User> user, store.Accounts().FindUser(name));
  if (!user) return UnknownUser(name);
  return std::move(*user);
}

}  // namespace

Result<core::User> AddUser(core::Store& store, const NewUser& user, std::string_view actor) {
  POLYFON_RETURN_IF_ERROR(core::ValidateUserName(user.name));
  POLYFON_RETURN_IF_ERROR(CheckPasswordLength(user.password));
  POLYFON_ASSIGN_OR_RETURN(std::vector<std::string> units, CheckedOrgUnits(store, user.role, user.org_units));
  POLYFON_ASSIGN_OR_RETURN(const std::optional<core::User> existing, store.Accounts().FindUser(user.name));
  if (existing) return Status::Conflict("user '" + user.name + "' exists already");
  POLYFON_ASSIGN_OR_RETURN(std::string hash, HashPassword(user.password));
  core::User added{.name = user.name,
                   .role = user.role,
                   .org_units = std::move(units),
                   .password_hash = std::move(hash),
                   .disabled = false,
                   .created_at = NowIso8601()};
  // PutUser replaces a user of the same name; only another process adding the same name in the
  // moment since FindUser could make it do so, and the log would then show both additions.
  POLYFON_RETURN_IF_ERROR(
      store.Accounts()
          .PutUser(added, Event(core::kAccountUserAdded, actor, added.name, RoleText(added.role, added.org_units)))
          .status());
  return added;
}

Status ChangePassword(core::Store& store, std::string_view name, std::string_view password, std::string_view actor) {
  POLYFON_ASSIGN_OR_RETURN(core::User user, ExistingUser(store, name));
  POLYFON_RETURN_IF_ERROR(CheckPasswordLength(password));
  POLYFON_ASSIGN_OR_RETURN(user.password_hash, HashPassword(password));
  return store.Accounts().PutUser(user, Event(core::kAccountPasswordChanged, actor, user.name)).status();
}

Status ChangeRole(core::Store& store, std::string_view name, core::Role role, const std::vector<std::string>& org_units,
                  std::string_view actor) {
  POLYFON_ASSIGN_OR_RETURN(core::User user, ExistingUser(store, name));
  POLYFON_ASSIGN_OR_RETURN(std::vector<std::string> units, CheckedOrgUnits(store, role, org_units));
  // Nothing to change, nothing to log.
  if (user.role == role && user.org_units == units) return Status::Ok();
  const std::string detail = RoleText(user.role, user.org_units) + " -> " + RoleText(role, units);
  user.role = role;
  user.org_units = std::move(units);
  return store.Accounts().PutUser(user, Event(core::kAccountRoleChanged, actor, user.name, detail)).status();
}

Status SetDisabled(core::Store& store, std::string_view name, bool disabled, std::string_view actor) {
  POLYFON_ASSIGN_OR_RETURN(core::User user, ExistingUser(store, name));
  if (user.disabled == disabled) return Status::Ok();  // already so: nothing to log
  user.disabled = disabled;
  const std::string_view action = disabled ? core::kAccountUserDisabled : core::kAccountUserEnabled;
  return store.Accounts().PutUser(user, Event(action, actor, user.name)).status();
}

Result<CreatedToken> CreateToken(core::Store& store, std::string_view user, std::string_view label,
                                 std::string_view actor) {
  const std::string_view trimmed = core::Trim(label);
  if (trimmed.empty()) return Status::InvalidArgument("an API token needs a label that says what it is for");
  POLYFON_ASSIGN_OR_RETURN(const core::User owner, ExistingUser(store, user));
  CreatedToken created;
  // The prefix makes a leaked token recognisable to secret scanners and to people.
  created.secret = "pf_" + NewSecret();
  created.token = {.id = 0,
                   .user = owner.name,
                   .label = std::string(trimmed),
                   .hash = SecretHash(created.secret),
                   .created_at = NowIso8601(),
                   .revoked_at = ""};
  // The id is the store's to give, so the log names the token by its owner and label.
  POLYFON_ASSIGN_OR_RETURN(created.token.id,
                           store.Accounts().AddToken(
                               created.token, Event(core::kAccountTokenAdded, actor, owner.name, created.token.label)));
  return created;
}

Status RevokeToken(core::Store& store, int64_t id, std::string_view owner, std::string_view actor) {
  POLYFON_ASSIGN_OR_RETURN(const std::vector<core::ApiToken> tokens, store.Accounts().LoadTokens(owner));
  auto token = std::find_if(tokens.begin(), tokens.end(), [&](const core::ApiToken& t) { return t.id == id; });
  // The same answer for another user's token as for none, so that ids tell nothing.
  if (token == tokens.end()) return Status::NotFound("API token " + std::to_string(id) + " does not exist");
  return store.Accounts().RevokeToken(
      id, NowIso8601(),
      Event(core::kAccountTokenRevoked, actor, "token " + std::to_string(id), token->user + ": " + token->label));
}

}  // namespace polyfon::app
