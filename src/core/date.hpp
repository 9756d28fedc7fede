#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace polyfon::core {

// A proleptic Gregorian calendar date. Validity intervals and periods are expressed in dates; no
// time zone is involved because every figure refers to whole days.
struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  auto operator<=>(const Date&) const = default;

  // Days since 1970-01-01 (negative before).
  long DaysSinceEpoch() const;
  static Date FromDaysSinceEpoch(long days);
  // ISO weekday: 1 = Monday ... 7 = Sunday.
  int IsoWeekday() const;
  Date AddDays(long days) const { return FromDaysSinceEpoch(DaysSinceEpoch() + days); }
  // "YYYY-MM-DD".
  std::string ToString() const;
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);

// Parses "YYYY-MM-DD"; also accepts a bare year "YYYY" as 1 January of that year, which is how
// membership and validity dates are usually known. Returns nullopt on anything else.
std::optional<Date> ParseDate(std::string_view text);

}  // namespace polyfon::core
