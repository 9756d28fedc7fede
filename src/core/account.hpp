#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"

namespace polyfon::core {

// What a signed-in user may do, from least to most. Anonymous visitors have no role: they see
// public output only (small counts hidden).
//   viewer       reads every figure unsuppressed; writes nothing
//   reporter     reads public output, and its own org units' values unsuppressed; writes values
//                only for its own org units and their children
//   coordinator  reads everything, writes any value, reads the audit trail
//   admin        as coordinator, and manages users and reads the account log
enum class Role { kViewer, kReporter, kCoordinator, kAdmin };

// "viewer", "reporter", "coordinator", "admin".
std::string_view RoleName(Role role);
// The role a name (as RoleName gives it, any case) stands for; kInvalidArgument naming the four.
Result<Role> ParseRole(std::string_view name);

// A person who signs in. The password is never stored, only its argon2id hash.
struct User {
  std::string name;  // the login name: 1-64 of a-z, 0-9, '.', '_', '-', '@'; unique
  Role role = Role::kViewer;
  std::vector<std::string> org_units;  // a reporter's own org units (codes); empty for other roles
  std::string password_hash;           // libsodium crypto_pwhash_str output (argon2id)
  bool disabled = false;               // a disabled user cannot sign in, and its tokens stop working
  std::string created_at;              // ISO 8601 UTC
};

// Checks a login name against the rule above; kInvalidArgument says what is wrong.
Status ValidateUserName(std::string_view name);

// A personal API token for scripts. Only its SHA-256 is stored; the token is shown once.
struct ApiToken {
  int64_t id = 0;  // assigned by the store
  std::string user;
  std::string label;       // what the user calls it, e.g. "nightly import"
  std::string hash;        // lower-case hex SHA-256 of the token
  std::string created_at;  // ISO 8601 UTC
  std::string revoked_at;  // ISO 8601 UTC; empty while the token is valid
};

// One entry of the account log: sign-ins, failed sign-ins and changes to users and tokens.
// (Changes to values are in the value history, with the import that made them.)
struct AccountEvent {
  int64_t id = 0;          // assigned by the store; grows with time
  std::string at;          // ISO 8601 UTC
  std::string actor;       // who did it: a user name; "" for an anonymous client (a failed login)
  std::string action;      // one of the kAccount* names below
  std::string subject;     // the user or token ("token 3") it concerns
  std::string detail;      // e.g. "viewer -> admin", or the client's address
};

inline constexpr std::string_view kAccountLogin = "login";
inline constexpr std::string_view kAccountLoginFailed = "login_failed";
inline constexpr std::string_view kAccountLoginThrottled = "login_throttled";
inline constexpr std::string_view kAccountLogout = "logout";
inline constexpr std::string_view kAccountUserAdded = "user_added";
inline constexpr std::string_view kAccountPasswordChanged = "password_changed";
inline constexpr std::string_view kAccountRoleChanged = "role_changed";
inline constexpr std::string_view kAccountUserDisabled = "user_disabled";
inline constexpr std::string_view kAccountUserEnabled = "user_enabled";
inline constexpr std::string_view kAccountTokenAdded = "token_added";
inline constexpr std::string_view kAccountTokenRevoked = "token_revoked";

}  // namespace polyfon::core
