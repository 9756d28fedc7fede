#include "web/request_target.hpp"

#include <string>
#include <utility>

namespace polyfon::web {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

core::Result<std::string> PercentDecode(std::string_view text, bool plus_as_space) {
  std::string decoded;
  decoded.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '+' && plus_as_space) {
      decoded.push_back(' ');
    } else if (c == '%') {
      if (i + 2 >= text.size() || HexValue(text[i + 1]) < 0 || HexValue(text[i + 2]) < 0) {
        return core::Status::InvalidArgument("malformed percent escape at offset " +
                                             std::to_string(i) + " in '" + std::string(text) +
                                             "'");
      }
      decoded.push_back(static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2])));
      i += 2;
    } else {
      decoded.push_back(c);
    }
  }
  return decoded;
}

core::Result<RequestTarget> ParseRequestTarget(std::string_view target) {
  if (target.empty() || target.front() != '/') {
    return core::Status::InvalidArgument("request target must start with '/': '" +
                                         std::string(target) + "'");
  }
  if (size_t hash = target.find('#'); hash != std::string_view::npos) {
    target = target.substr(0, hash);
  }
  const size_t question = target.find('?');
  RequestTarget result;
  POLYFON_ASSIGN_OR_RETURN(result.path, PercentDecode(target.substr(0, question), false));
  if (question == std::string_view::npos) return result;

  std::string_view rest = target.substr(question + 1);
  while (!rest.empty()) {
    const size_t amp = rest.find('&');
    const std::string_view pair = rest.substr(0, amp);
    rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
    if (pair.empty()) continue;
    const size_t equals = pair.find('=');
    POLYFON_ASSIGN_OR_RETURN(std::string name, PercentDecode(pair.substr(0, equals), true));
    std::string value;
    if (equals != std::string_view::npos) {
      POLYFON_ASSIGN_OR_RETURN(value, PercentDecode(pair.substr(equals + 1), true));
    }
    result.query.emplace(std::move(name), std::move(value));
  }
  return result;
}

}  // namespace polyfon::web
