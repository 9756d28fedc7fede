// TIMEVAL of a PX-Axis file (docs/formats/px.md): TLIST lists and ranges.

#include "io/px_time.hpp"

#include <array>
#include <optional>
#include <string>

#include "io/px_values.hpp"

namespace polyfon::io {

namespace {

struct Scale {
  std::string_view name;
  std::string_view example;  // a code in the format's own form, for messages
  size_t digits;             // after the four of the year: 0, 1 or 2
};

constexpr std::array<Scale, 5> kScales{{
    {"A1", "2004", 0},
    {"H1", "20041", 1},
    {"Q1", "20041", 1},
    {"M1", "200409", 2},
    {"W1", "200453", 2},
}};

const Scale* FindScale(std::string_view name) {
  for (const Scale& scale : kScales) {
    if (scale.name == name) return &scale;
  }
  return nullptr;
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// ISO 8601: a year has 53 weeks if it starts on a Thursday, or on a Wednesday in a leap year.
int IsoWeeksIn(int year) {
  const int y = year - 1;  // 1 January: counted from the end of the year before (Sakamoto's method)
  const int weekday = (y + y / 4 - y / 100 + y / 400 + 1) % 7;  // 0 Sunday ... 6 Saturday
  return weekday == 4 || (weekday == 3 && IsLeapYear(year)) ? 53 : 52;
}

int PeriodsIn(const Scale& scale, int year) {
  if (scale.name == "H1") return 2;
  if (scale.name == "Q1") return 4;
  if (scale.name == "M1") return 12;
  if (scale.name == "W1") return IsoWeeksIn(year);
  return 1;
}

struct Period {
  int year = 0;
  int part = 1;  // half-year, quarter, month or week; 1 for years
};

std::optional<Period> ParsePeriod(const Scale& scale, std::string_view code) {
  if (code.size() != 4 + scale.digits) return std::nullopt;
  int number[2] = {0, 0};
  for (size_t i = 0; i < code.size(); ++i) {
    if (code[i] < '0' || code[i] > '9') return std::nullopt;
    int& target = number[i < 4 ? 0 : 1];
    target = target * 10 + (code[i] - '0');
  }
  Period period{number[0], scale.digits == 0 ? 1 : number[1]};
  if (period.year < 1 || period.part < 1 || period.part > PeriodsIn(scale, period.year)) return std::nullopt;
  return period;
}

std::string FormatPeriod(const Scale& scale, Period period) {
  std::string code = std::to_string(period.year);
  code.insert(0, 4 - code.size(), '0');
  if (scale.digits == 0) return code;
  std::string part = std::to_string(period.part);
  if (part.size() < scale.digits) part.insert(0, scale.digits - part.size(), '0');
  return code + part;
}

bool Is(const PxToken& token, PxTokenKind kind) { return token.kind == kind; }

// Reads `"a","b",...` or `"first"-"last"` from tokens [begin, end).
core::Result<std::vector<std::string>> ReadCodes(std::string_view file_name, const PxRecord& record, const Scale* scale,
                                                 size_t begin, size_t end) {
  const std::vector<PxToken>& value = record.value;
  const size_t count = end - begin;
  if (count == 3 && Is(value[begin], PxTokenKind::kText) && Is(value[begin + 1], PxTokenKind::kWord) &&
      value[begin + 1].text == "-" && Is(value[begin + 2], PxTokenKind::kText)) {
    const std::string first(value[begin].text);
    const std::string last(value[begin + 2].text);
    if (scale == nullptr) return PxError(file_name, record, "a range needs TLIST to say what it counts in");
    const std::optional<Period> from = ParsePeriod(*scale, first);
    const std::optional<Period> to = ParsePeriod(*scale, last);
    if (!from || !to) {
      return PxError(file_name, record,
                     "range \"" + first + "\"-\"" + last + "\": a TLIST(" + std::string(scale->name) +
                         ") range must be written in codes such as " + std::string(scale->example));
    }
    if (to->year < from->year || (to->year == from->year && to->part < from->part)) {
      return PxError(file_name, record, "range \"" + first + "\"-\"" + last + "\" ends before it starts");
    }
    std::vector<std::string> codes;
    // Bounded: four-digit years give at most 9 999 × 53 periods.
    for (Period period = *from;;) {
      codes.push_back(FormatPeriod(*scale, period));
      if (period.year == to->year && period.part == to->part) break;
      if (++period.part > PeriodsIn(*scale, period.year)) period = {period.year + 1, 1};
    }
    return codes;
  }
  bool valid = count % 2 == 1;
  for (size_t i = 0; valid && i < count; ++i) {
    valid = Is(value[begin + i], i % 2 == 0 ? PxTokenKind::kText : PxTokenKind::kComma);
  }
  if (!valid) {
    return PxError(
        file_name, record,
        "expected TLIST(A1),\"2004\",\"2005\" or TLIST(A1,\"2004\"-\"2005\"), found " + RenderPxValue(value));
  }
  std::vector<std::string> codes;
  codes.reserve(count / 2 + 1);
  for (size_t i = begin; i < end; i += 2) codes.emplace_back(value[i].text);
  return codes;
}

}  // namespace

core::Result<PxTimeList> ReadPxTimeList(std::string_view file_name, const PxRecord& record) {
  const std::vector<PxToken>& value = record.value;
  PxTimeList list;
  if (value.empty() || !Is(value[0], PxTokenKind::kWord)) {
    POLYFON_ASSIGN_OR_RETURN(list.codes, ReadCodes(file_name, record, nullptr, 0, value.size()));
    return list;
  }
  const std::string expected = "expected TLIST(A1),\"2004\",\"2005\" or TLIST(A1,\"2004\"-\"2005\"), found ";
  if (value[0].text != "TLIST" || value.size() < 4 || !Is(value[1], PxTokenKind::kOpen) ||
      !Is(value[2], PxTokenKind::kWord)) {
    return PxError(file_name, record, expected + RenderPxValue(value));
  }
  const Scale* scale = FindScale(value[2].text);
  if (scale == nullptr) {
    return PxError(file_name, record,
                   "TLIST(" + std::string(value[2].text) +
                       "): unknown time scale (A1 years, H1 half-years, Q1 quarters, M1 months or W1 weeks)");
  }
  list.scale = std::string(scale->name);
  size_t begin = 0;
  size_t end = value.size();
  if (Is(value[3], PxTokenKind::kComma)) {  // TLIST(A1,"1994"-"1996")
    begin = 4;
    end = value.size() - 1;
    if (!Is(value.back(), PxTokenKind::kClose)) return PxError(file_name, record, expected + RenderPxValue(value));
  } else if (Is(value[3], PxTokenKind::kClose) && value.size() > 5 && Is(value[4], PxTokenKind::kComma)) {
    begin = 5;  // TLIST(A1),"1994","1995"
  } else {
    return PxError(file_name, record, expected + RenderPxValue(value));
  }
  if (begin >= end) return PxError(file_name, record, expected + RenderPxValue(value));
  POLYFON_ASSIGN_OR_RETURN(list.codes, ReadCodes(file_name, record, scale, begin, end));
  return list;
}

}  // namespace polyfon::io
