// Code-page conversion with glibc's iconv, which knows every code page statistics files are written
// in (Windows-1252, ISO 8859-1, DOS 850, ...) without a library beyond libc.

#include "io/text_encoding.hpp"

#include <iconv.h>

#include <cerrno>
#include <string>

namespace polyfon::io {

namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Owns an iconv conversion descriptor.
class Converter {
 public:
  explicit Converter(const std::string& from) : handle_(iconv_open("UTF-8", from.c_str())) {}
  ~Converter() {
    if (valid()) iconv_close(handle_);
  }
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;

  bool valid() const { return handle_ != reinterpret_cast<iconv_t>(-1); }
  iconv_t handle() const { return handle_; }

 private:
  iconv_t handle_;
};

std::string HexByte(unsigned char byte) {
  constexpr char kDigits[] = "0123456789ABCDEF";
  return std::string("0x") + kDigits[byte >> 4] + kDigits[byte & 0x0F];
}

}  // namespace

bool IsUtf8CodePage(std::string_view code_page) {
  std::string name;
  for (const char c : code_page) {
    if (c != '-' && c != '_') name += Lower(c);
  }
  return name == "utf8";
}

core::Result<std::string> ConvertToUtf8(std::string_view content, std::string_view code_page, size_t* error_offset) {
  const std::string name(code_page);
  const auto unknown = [&]() -> core::Status {
    if (error_offset != nullptr) *error_offset = std::string_view::npos;
    return core::Status::InvalidArgument("unknown code page '" + name + "'");
  };
  // An empty name is the locale's code page to iconv, and a '/' passes options ("//IGNORE") that
  // would hide or alter the very bytes a user must see: neither names a code page.
  if (name.empty() || name.find('/') != std::string::npos) return unknown();
  Converter converter(name);
  if (!converter.valid()) return unknown();
  std::string output;
  // Statistics files are mostly ASCII, which stays one byte; the loop grows the buffer otherwise.
  // (Sized for the worst case, three bytes a byte, zero-filling it would cost more than converting.)
  output.resize(content.size() + content.size() / 8 + 64);
  // iconv takes a non-const input pointer but never writes through it.
  char* in = const_cast<char*>(content.data());
  size_t in_left = content.size();
  size_t used = 0;
  while (true) {
    char* out = output.data() + used;
    size_t out_left = output.size() - used;
    // Once the input is used up, a call without input ends any shift state (stateful code pages).
    const bool flushing = in_left == 0;
    const size_t result = flushing ? iconv(converter.handle(), nullptr, nullptr, &out, &out_left)
                                   : iconv(converter.handle(), &in, &in_left, &out, &out_left);
    used = output.size() - out_left;
    if (result != static_cast<size_t>(-1)) {
      if (flushing) break;
      continue;
    }
    if (errno == E2BIG) {
      output.resize(output.size() * 2);
      continue;
    }
    const size_t offset = static_cast<size_t>(in - content.data());
    if (error_offset != nullptr) *error_offset = offset;
    if (offset >= content.size()) return core::Status::InvalidArgument("the text ends in a broken shift sequence");
    const std::string byte = HexByte(static_cast<unsigned char>(content[offset]));
    if (errno == EINVAL) {
      return core::Status::InvalidArgument("the file ends in the middle of a character (from byte " + byte + ")");
    }
    return core::Status::InvalidArgument("byte " + byte + " is no character in code page " + name);
  }
  output.resize(used);
  return output;
}

}  // namespace polyfon::io
