#include "io/number_parser.hpp"

#include <charconv>
#include <string>

#include "core/text.hpp"

namespace polyfon::io {

namespace {

constexpr size_t kMaxNumberLength = 64;
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
constexpr std::string_view kNarrowNoBreakSpace = "\xE2\x80\xAF";

// Length of the space-like separator at the start of `text`, or 0.
size_t SpaceLength(std::string_view text) {
  if (text.empty()) return 0;
  if (text[0] == ' ' || text[0] == '\t') return 1;
  if (text.starts_with(kNoBreakSpace)) return kNoBreakSpace.size();
  if (text.starts_with(kNarrowNoBreakSpace)) return kNarrowNoBreakSpace.size();
  return 0;
}

size_t TrailingSpaceLength(std::string_view text) {
  if (text.empty()) return 0;
  if (text.back() == ' ' || text.back() == '\t') return 1;
  if (text.ends_with(kNoBreakSpace)) return kNoBreakSpace.size();
  if (text.ends_with(kNarrowNoBreakSpace)) return kNarrowNoBreakSpace.size();
  return 0;
}

std::string_view TrimSpaces(std::string_view text) {
  while (size_t n = SpaceLength(text)) text.remove_prefix(n);
  while (size_t n = TrailingSpaceLength(text)) text.remove_suffix(n);
  return text;
}

core::Status NotANumber(std::string_view text, std::string_view why) {
  std::string message = "'" + std::string(text) + "' is not a number";
  if (!why.empty()) message += " (" + std::string(why) + ")";
  return core::Status::InvalidArgument(std::move(message));
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

core::Result<double> ParseNumber(std::string_view text) {
  const std::string_view trimmed = TrimSpaces(text);
  if (trimmed.empty()) return core::Status::InvalidArgument("empty, expected a number");
  if (trimmed.size() > kMaxNumberLength) return NotANumber(trimmed, "too long");

  // Copy to a canonical "-123.45" in a stack buffer, checking the grouping on the way.
  char buffer[kMaxNumberLength];
  size_t length = 0;
  std::string_view rest = trimmed;
  if (rest.front() == '-') {
    buffer[length++] = '-';
    rest.remove_prefix(1);
  }
  size_t group_digits = 0;  // digits since the start or the last group separator
  bool grouped = false;     // a thousands separator has been seen
  bool decimal = false;     // the decimal separator has been seen
  size_t integer_digits = 0;
  size_t fraction_digits = 0;
  while (!rest.empty()) {
    const char c = rest.front();
    if (IsDigit(c)) {
      buffer[length++] = c;
      if (decimal) {
        ++fraction_digits;
      } else {
        ++integer_digits;
        ++group_digits;
      }
      rest.remove_prefix(1);
    } else if (c == ',' || c == '.') {
      if (decimal) return NotANumber(trimmed, "more than one decimal separator");
      if (integer_digits == 0) return NotANumber(trimmed, "no digits before the decimal separator");
      if (grouped && group_digits != 3) return NotANumber(trimmed, "digit groups must have 3 digits");
      decimal = true;
      buffer[length++] = '.';
      rest.remove_prefix(1);
    } else if (size_t space = SpaceLength(rest)) {
      if (decimal) return NotANumber(trimmed, "space after the decimal separator");
      if (group_digits == 0 || group_digits > 3 || (grouped && group_digits != 3)) {
        return NotANumber(trimmed, "digit groups must have 3 digits");
      }
      grouped = true;
      group_digits = 0;
      rest.remove_prefix(space);
    } else {
      return NotANumber(trimmed, "");
    }
  }
  if (integer_digits == 0) return NotANumber(trimmed, "");
  if (decimal && fraction_digits == 0) return NotANumber(trimmed, "no digits after the decimal separator");
  if (!decimal && grouped && group_digits != 3) return NotANumber(trimmed, "digit groups must have 3 digits");

  double value = 0;
  const auto [end, error] = std::from_chars(buffer, buffer + length, value, std::chars_format::fixed);
  if (error == std::errc::result_out_of_range) return NotANumber(trimmed, "out of range");
  if (error != std::errc() || end != buffer + length) return NotANumber(trimmed, "");
  return value == 0 ? 0.0 : value;  // no negative zero
}

core::Result<bool> ParseBoolean(std::string_view text) {
  const std::string_view trimmed = TrimSpaces(text);
  std::string lower;
  for (char c : trimmed) lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  if (lower == "true" || lower == "1" || lower == "t" || lower == "yes") return true;
  if (lower == "false" || lower == "0" || lower == "f" || lower == "no") return false;
  if (trimmed.empty()) return core::Status::InvalidArgument("empty, expected true or false");
  return core::Status::InvalidArgument("'" + std::string(trimmed) +
                                       "' is not a boolean (expected true/false, 1/0, t/f or yes/no)");
}

core::Result<double> ParseValue(core::ValueType type, std::string_view text) {
  if (type == core::ValueType::kBoolean) {
    POLYFON_ASSIGN_OR_RETURN(const bool flag, ParseBoolean(text));
    return flag ? 1.0 : 0.0;
  }
  POLYFON_ASSIGN_OR_RETURN(const double value, ParseNumber(text));
  const std::string why = core::CheckValueAllowed(type, value);
  if (!why.empty()) return core::Status::InvalidArgument(std::string(TrimSpaces(text)) + " " + why);
  return value;
}

}  // namespace polyfon::io
