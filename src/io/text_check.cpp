#include "io/text_check.hpp"

#include <cstdint>
#include <cstring>

namespace polyfon::io {

namespace {

// True if none of the 8 bytes has its high bit set or is zero, i.e. all are ASCII except NUL.
bool IsAsciiWithoutNul(uint64_t word) {
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  const bool any_high = (word & kHigh) != 0;
  const bool any_zero = ((word - kOnes) & ~word & kHigh) != 0;
  return !any_high && !any_zero;
}

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

size_t FindInvalidText(std::string_view content) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(content.data());
  const size_t size = content.size();
  size_t i = 0;
  while (i < size) {
    if (i + 8 <= size) {
      uint64_t word;
      std::memcpy(&word, bytes + i, sizeof word);
      if (IsAsciiWithoutNul(word)) {
        i += 8;
        continue;
      }
    }
    const unsigned char c = bytes[i];
    if (c == 0) return i;
    if (c < 0x80) {
      ++i;
      continue;
    }
    // Lead byte: the length of the sequence and the smallest and largest allowed second byte,
    // which excludes overlong forms, surrogates (ED A0..BF) and values above U+10FFFF (F4 90..).
    size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) low = 0xA0;
      if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) low = 0x90;
      if (c == 0xF4) high = 0x8F;
    } else {
      return i;
    }
    if (i + length > size) return i;
    if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (size_t k = 2; k < length; ++k) {
      if (!IsContinuation(bytes[i + k])) return i;
    }
    i += length;
  }
  return std::string_view::npos;
}

}  // namespace polyfon::io
