#include "core/uid.hpp"

#include <cstdint>

namespace polyfon::core {

namespace {

constexpr std::string_view kLetters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr std::string_view kAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsLetterOrDigit(char c) { return IsLetter(c) || (c >= '0' && c <= '9'); }

// FNV-1a, 64 bits: small, fixed by its specification, and the same on every platform.
uint64_t Fnv1a(std::string_view bytes) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

// SplitMix64's step: spreads the hash over every character, where taking digits of one 64-bit
// number would leave the last characters of the uid nearly constant.
uint64_t NextMixed(uint64_t& state) {
  state += 0x9e3779b97f4a7c15ULL;
  uint64_t z = state;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

std::string Quoted(char c) {
  const auto byte = static_cast<unsigned char>(c);
  if (byte >= 0x20 && byte < 0x7f) return std::string("'") + c + "'";
  return "a non-ASCII or control character";
}

}  // namespace

std::string UidProblem(std::string_view text) {
  if (text.size() != kUidLength) {
    return "must be " + std::to_string(kUidLength) + " characters, found " + std::to_string(text.size());
  }
  if (!IsLetter(text[0])) return "must start with a letter (a-z, A-Z), found " + Quoted(text[0]);
  for (size_t i = 1; i < text.size(); ++i) {
    if (!IsLetterOrDigit(text[i])) {
      return "may hold only letters a-z, A-Z and digits 0-9, found " + Quoted(text[i]) + " at position " +
             std::to_string(i + 1);
    }
  }
  return {};
}

std::string DeriveUid(std::string_view code) {
  uint64_t state = Fnv1a(code);
  std::string uid;
  uid.reserve(kUidLength);
  uid += kLetters[NextMixed(state) % kLetters.size()];
  while (uid.size() < kUidLength) uid += kAlphabet[NextMixed(state) % kAlphabet.size()];
  return uid;
}

std::string UidOf(const OrgUnit& unit) { return unit.uid.empty() ? DeriveUid(unit.code) : unit.uid; }

std::string UidOf(const DataElement& element) { return element.uid.empty() ? DeriveUid(element.code) : element.uid; }

std::string UidOf(const CategoryOptionCombo& combo) {
  if (!combo.uid.empty()) return combo.uid;
  return combo.code == kDefaultCombo ? std::string(kDefaultComboUid) : DeriveUid(combo.code);
}

}  // namespace polyfon::core
