#include "app/sha256.hpp"

#include <sodium.h>

namespace polyfon::app {

std::string Sha256Hex(std::string_view bytes) {
  // libsodium asks for sodium_init() before any other call (it is thread-safe and idempotent). It
  // sets up the random generator and picks faster code for other primitives; SHA-256 has one
  // portable implementation and needs neither, so it is computed whatever init returned.
  static const int init = sodium_init();
  (void)init;
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

}  // namespace polyfon::app
