#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/status.hpp"
#include "core/store.hpp"

namespace polyfon::app {

// Use cases for users and API tokens. `actor` is who asks (a user name, or "cli" for the local
// command line, which has the operating system's say over the database file). Each change is
// recorded in the account log in the same transaction.

// The shortest password accepted.
inline constexpr size_t kMinPasswordLength = 10;

struct NewUser {
  std::string name;
  core::Role role = core::Role::kViewer;
  std::vector<std::string> org_units;  // required for a reporter (codes that exist), else empty
  std::string password;                // at least kMinPasswordLength characters
};

// Adds a user. kInvalidArgument for a bad name, a short password, a reporter without org units,
// org units for another role or an unknown org unit code; kConflict when the name is taken.
core::Result<core::User> AddUser(core::Store& store, const NewUser& user, std::string_view actor);
// Sets a new password (same length rule). kNotFound for an unknown user.
core::Status ChangePassword(core::Store& store, std::string_view name, std::string_view password,
                            std::string_view actor);
// Changes role and org units (same rules as AddUser); the log's detail says "viewer -> reporter".
core::Status ChangeRole(core::Store& store, std::string_view name, core::Role role,
                        const std::vector<std::string>& org_units, std::string_view actor);
// Disables (or enables again) a user: a disabled one cannot sign in and its tokens stop working.
core::Status SetDisabled(core::Store& store, std::string_view name, bool disabled, std::string_view actor);

// A token just made: `secret` is shown once ("pf_" + 43 base64url characters), only its hash is kept.
struct CreatedToken {
  core::ApiToken token;
  std::string secret;
};
// Makes a token for `user`. kNotFound for an unknown user; kInvalidArgument for an empty label.
core::Result<CreatedToken> CreateToken(core::Store& store, std::string_view user, std::string_view label,
                                       std::string_view actor);
// Revokes token `id`. When `owner` is not empty the token must be owner's (else kNotFound, so
// that nobody learns other users' token ids). kConflict when revoked already.
core::Status RevokeToken(core::Store& store, int64_t id, std::string_view owner, std::string_view actor);

}  // namespace polyfon::app
