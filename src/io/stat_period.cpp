#include "io/stat_period.hpp"

#include <algorithm>

#include "core/period.hpp"

namespace polyfon::io {

namespace {

bool AllDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The DHIS2 id that `code` spells in one of the read forms, or "" if it has none of them. The
// result is not yet checked for range: Period::Parse does that.
std::string Candidate(std::string_view code) {
  if (code.size() < 4 || !AllDigits(code.substr(0, 4))) return {};
  const std::string year(code.substr(0, 4));
  const std::string_view rest = code.substr(4);
  if (rest.empty()) return year;
  if (AllDigits(rest)) {
    if (rest.size() == 1) return year + "Q" + std::string(rest);  // PX quarter: 20061
    if (rest.size() == 2) return year + std::string(rest);        // month: 200409
    return {};
  }
  const char kind = rest[0];
  const std::string_view number = rest.substr(1);
  if (!AllDigits(number) || number.size() > 2) return {};
  switch (kind) {
    case 'K':  // kvartal
    case 'Q':
      return number.size() == 1 ? year + "Q" + std::string(number) : std::string();
    case 'M':
      return number.size() == 2 ? year + std::string(number) : std::string();
    case 'U':  // uke
    case 'W':
      return year + "W" + (number.size() == 1 ? "0" : "") + std::string(number);
    default:
      return {};
  }
}

}  // namespace

core::Result<std::string> StatPeriodId(std::string_view code) {
  const std::string candidate = Candidate(code);
  if (candidate.empty()) {
    return core::Status::InvalidArgument(
        "'" + std::string(code) +
        "' is not a period Polyfon reads (a year 2020, a quarter 2020K1, 20201 or 2020Q1, a month 2020M01 or "
        "202001, or a week 2020U01 or 2020W01)");
  }
  auto period = core::Period::Parse(candidate);
  if (!period) {
    // Period::Parse names the candidate ("bad period '202013': ..."); the user wrote `code`.
    const std::string& message = period.error().message();
    const size_t reason = message.find("': ");
    return core::Status::InvalidArgument("'" + std::string(code) +
                                         "': " + (reason == std::string::npos ? message : message.substr(reason + 3)));
  }
  return period->Id();
}

}  // namespace polyfon::io
