#include "app/sign_in.hpp"

#include <sodium.h>

#include <cstring>

#include "app/sha256.hpp"

namespace polyfon::app {

namespace {

constexpr const char* kWrongPassword = "wrong user name or password";
constexpr const char* kBadToken = "invalid or revoked API token";

// libsodium must be initialised once before use; sodium_init is thread-safe and idempotent. It
// fails only when the system has no source of randomness, and then randombytes_buf aborts rather
// than hand out predictable secrets, so there is nothing better to do with the result here.
void InitSodium() {
  static const int init = sodium_init();
  (void)init;
}

// A hash to verify against when the user does not exist, so that an unknown name costs as much
// time as a wrong password and timing does not tell which names exist. Computed once.
const std::string& DummyHash() {
  static const std::string hash = [] {
    auto computed = HashPassword("polyfon: no such user");
    return computed ? std::move(computed).value() : std::string();
  }();
  return hash;
}

}  // namespace

core::Result<std::string> HashPassword(std::string_view password) {
  InitSodium();
  char hash[crypto_pwhash_STRBYTES];
  // A null pointer with length 0 would be fine for argon2 too, but not worth the doubt.
  const char* data = password.data() != nullptr ? password.data() : "";
  if (crypto_pwhash_str(hash, data, password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return core::Status::Internal("hashing a password failed (out of memory?)");
  }
  return std::string(hash);
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
  InitSodium();
  // The library reads a NUL-terminated string from a buffer of crypto_pwhash_STRBYTES.
  char terminated[crypto_pwhash_STRBYTES] = {};
  if (hash.empty() || hash.size() >= sizeof terminated) return false;
  std::memcpy(terminated, hash.data(), hash.size());
  const char* data = password.data() != nullptr ? password.data() : "";
  return crypto_pwhash_str_verify(terminated, data, password.size()) == 0;
}

std::string NewSecret() {
  InitSodium();
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
  char text[sodium_base64_ENCODED_LEN(sizeof bytes, kVariant)];
  sodium_bin2base64(text, sizeof text, bytes, sizeof bytes, kVariant);
  sodium_memzero(bytes, sizeof bytes);
  return text;
}

std::string SecretHash(std::string_view secret) { return Sha256Hex(secret); }

core::Result<core::User> CheckPassword(core::Store& store, std::string_view name, std::string_view password) {
  POLYFON_ASSIGN_OR_RETURN(std::optional<core::User> user, store.Accounts().FindUser(name));
  return CheckPassword(std::move(user), password);
}

core::Result<core::User> CheckPassword(std::optional<core::User> user, std::string_view password) {
  if (!user) {
    (void)VerifyPassword(DummyHash(), password);
    return core::Status::Unauthenticated(kWrongPassword);
  }
  // The password is checked for a disabled user too, so that the time taken does not tell.
  const bool right = VerifyPassword(user->password_hash, password);
  if (!right || user->disabled) return core::Status::Unauthenticated(kWrongPassword);
  return std::move(*user);
}

core::Result<core::User> CheckToken(core::Store& store, std::string_view secret) {
  if (secret.empty()) return core::Status::Unauthenticated(kBadToken);
  // Found by its hash, so comparing it is an index lookup and leaks nothing of the secret.
  POLYFON_ASSIGN_OR_RETURN(std::optional<core::ApiToken> token, store.Accounts().FindToken(SecretHash(secret)));
  if (!token || !token->revoked_at.empty()) return core::Status::Unauthenticated(kBadToken);
  POLYFON_ASSIGN_OR_RETURN(std::optional<core::User> user, store.Accounts().FindUser(token->user));
  if (!user || user->disabled) return core::Status::Unauthenticated(kBadToken);
  return std::move(*user);
}

}  // namespace polyfon::app
