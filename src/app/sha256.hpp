#pragma once

#include <string>
#include <string_view>

namespace polyfon::app {

// The SHA-256 of `bytes` as 64 lowercase hex digits (libsodium's crypto_hash_sha256): what an
// import records about the file it read, so a stored value can be traced to the exact bytes.
std::string Sha256Hex(std::string_view bytes);

}  // namespace polyfon::app
