#include "core/indicator.hpp"

namespace polyfon::core {

namespace {
bool IsCodeChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}
bool IsCode(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!IsCodeChar(c)) return false;
  }
  return true;
}
}  // namespace

Result<DataRef> DataRef::Parse(std::string_view text) {
  const size_t dot = text.find('.');
  DataRef ref;
  ref.element = std::string(text.substr(0, dot));
  if (dot != std::string_view::npos) ref.combo = std::string(text.substr(dot + 1));
  if (!IsCode(ref.element) || (dot != std::string_view::npos && !IsCode(ref.combo))) {
    return Status::InvalidArgument("bad data reference '" + std::string(text) +
                                   "': expected ELEMENT or ELEMENT.COMBO (letters, digits, _ and -)");
  }
  return ref;
}

}  // namespace polyfon::core
