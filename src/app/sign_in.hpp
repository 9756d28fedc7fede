#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/account.hpp"
#include "core/status.hpp"
#include "core/store.hpp"

namespace polyfon::app {

// argon2id (libsodium crypto_pwhash_str, interactive limits) of `password`. kInternal only when
// the library fails (out of memory).
core::Result<std::string> HashPassword(std::string_view password);
// Whether `password` matches `hash` (crypto_pwhash_str_verify; constant time in the password).
bool VerifyPassword(std::string_view hash, std::string_view password);

// 32 random bytes (libsodium randombytes_buf) as 43 base64url characters, without padding: session
// ids, CSRF tokens and the secret part of API tokens.
std::string NewSecret();
// The lower-case hex SHA-256 under which a token or session id is kept.
std::string SecretHash(std::string_view secret);

// The user `name` if `password` is right and the user is not disabled. Every failure is the same
// kUnauthenticated "wrong user name or password", so that a client cannot tell which was wrong; an
// unknown name costs as much time as a wrong password. Records nothing: the caller logs.
core::Result<core::User> CheckPassword(core::Store& store, std::string_view name, std::string_view password);
// As above, for the user already looked up (nullopt: no such user). Touches no store, so a server
// can verify (argon2id is slow on purpose) without holding the store.
core::Result<core::User> CheckPassword(std::optional<core::User> user, std::string_view password);
// The user owning API token `secret`, if the token exists, is not revoked and its user is not
// disabled; else kUnauthenticated "invalid or revoked API token".
core::Result<core::User> CheckToken(core::Store& store, std::string_view secret);

}  // namespace polyfon::app
