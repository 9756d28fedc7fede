#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/account.hpp"
#include "core/status.hpp"

// What every back end checks and says about account writes, written once so that all stores
// refuse the same writes with the same code and message. The use cases check first; these are the
// safety net (and the errors the contract tests pin).
namespace polyfon::store {

// Fails unless the user's name is a valid login name: a store never holds a user nobody can type.
inline core::Status CheckUser(const core::User& user) { return core::ValidateUserName(user.name); }

inline core::Status UnknownUser(std::string_view name) {
  return core::Status::NotFound("user '" + std::string(name) + "' does not exist");
}

inline core::Status DuplicateTokenHash() {
  return core::Status::Conflict("an API token with the same hash exists already");
}

inline core::Status UnknownToken(int64_t id) {
  return core::Status::NotFound("API token " + std::to_string(id) + " does not exist");
}

inline core::Status TokenRevokedAlready(int64_t id, std::string_view at) {
  return core::Status::Conflict("API token " + std::to_string(id) + " was revoked already, at " + std::string(at));
}

}  // namespace polyfon::store
