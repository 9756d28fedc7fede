#include "core/period.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace polyfon::core {

namespace {

constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2200;
constexpr size_t kMaxSelection = 5000;

bool ParseInt(std::string_view text, int& out) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

Status BadPeriod(std::string_view id, const char* why) {
  return Status::InvalidArgument("bad period '" + std::string(id) + "': " + why);
}

// Monday of ISO week 1 of `year`: the week with the year's first Thursday.
Date IsoWeekOneMonday(int year) {
  const Date jan4{year, 1, 4};
  return jan4.AddDays(-(jan4.IsoWeekday() - 1));
}

}  // namespace

const char* PeriodTypeName(PeriodType type) {
  switch (type) {
    case PeriodType::kYearly: return "yearly";
    case PeriodType::kQuarterly: return "quarterly";
    case PeriodType::kMonthly: return "monthly";
    case PeriodType::kWeekly: return "weekly";
  }
  return "unknown";
}

int IsoWeeksInYear(int year) {
  const long days = IsoWeekOneMonday(year + 1).DaysSinceEpoch() - IsoWeekOneMonday(year).DaysSinceEpoch();
  return static_cast<int>(days / 7);
}

Result<Period> Period::Parse(std::string_view id) {
  if (id.size() < 4) return BadPeriod(id, "expected a DHIS2 period such as 2018, 2018Q1, 201803 or 2018W05");
  int year = 0;
  if (!ParseInt(id.substr(0, 4), year)) return BadPeriod(id, "must start with a four-digit year");
  if (year < kMinYear || year > kMaxYear) return BadPeriod(id, "year out of range 1800-2200");
  const std::string_view rest = id.substr(4);
  int index = 0;
  if (rest.empty()) return Period(PeriodType::kYearly, year, 1);
  if (rest[0] == 'Q') {
    if (rest.size() != 2 || !ParseInt(rest.substr(1), index) || index < 1 || index > 4) {
      return BadPeriod(id, "quarter must be Q1 to Q4");
    }
    return Period(PeriodType::kQuarterly, year, index);
  }
  if (rest[0] == 'W') {
    if (rest.size() < 2 || rest.size() > 3 || !ParseInt(rest.substr(1), index) || index < 1 ||
        index > IsoWeeksInYear(year)) {
      return BadPeriod(id, "ISO week out of range for that year");
    }
    return Period(PeriodType::kWeekly, year, index);
  }
  if (rest.size() == 2 && ParseInt(rest, index)) {
    if (index < 1 || index > 12) return BadPeriod(id, "month must be 01 to 12");
    return Period(PeriodType::kMonthly, year, index);
  }
  return BadPeriod(id, "expected a DHIS2 period such as 2018, 2018Q1, 201803 or 2018W05");
}

std::string Period::Id() const {
  char buf[16];
  switch (type_) {
    case PeriodType::kYearly: std::snprintf(buf, sizeof buf, "%04d", year_); break;
    case PeriodType::kQuarterly: std::snprintf(buf, sizeof buf, "%04dQ%d", year_, index_); break;
    case PeriodType::kMonthly: std::snprintf(buf, sizeof buf, "%04d%02d", year_, index_); break;
    case PeriodType::kWeekly: std::snprintf(buf, sizeof buf, "%04dW%02d", year_, index_); break;
  }
  return buf;
}

Date Period::Start() const {
  switch (type_) {
    case PeriodType::kYearly: return Date{year_, 1, 1};
    case PeriodType::kQuarterly: return Date{year_, 3 * (index_ - 1) + 1, 1};
    case PeriodType::kMonthly: return Date{year_, index_, 1};
    case PeriodType::kWeekly: return IsoWeekOneMonday(year_).AddDays(7L * (index_ - 1));
  }
  return Date{year_, 1, 1};
}

Date Period::End() const {
  switch (type_) {
    case PeriodType::kYearly: return Date{year_, 12, 31};
    case PeriodType::kQuarterly: return Date{year_, 3 * index_, DaysInMonth(year_, 3 * index_)};
    case PeriodType::kMonthly: return Date{year_, index_, DaysInMonth(year_, index_)};
    case PeriodType::kWeekly: return Start().AddDays(6);
  }
  return Date{year_, 12, 31};
}

Period Period::Next() const {
  switch (type_) {
    case PeriodType::kYearly: return Period(type_, year_ + 1, 1);
    case PeriodType::kQuarterly: return index_ == 4 ? Period(type_, year_ + 1, 1) : Period(type_, year_, index_ + 1);
    case PeriodType::kMonthly: return index_ == 12 ? Period(type_, year_ + 1, 1) : Period(type_, year_, index_ + 1);
    case PeriodType::kWeekly:
      return index_ == IsoWeeksInYear(year_) ? Period(type_, year_ + 1, 1) : Period(type_, year_, index_ + 1);
  }
  return *this;
}

bool Period::Contains(const Period& inner) const {
  const Date start = Start();
  const Date end = End();
  if (inner.type_ == PeriodType::kWeekly && type_ != PeriodType::kWeekly) {
    const Date thursday = inner.Start().AddDays(3);
    return start <= thursday && thursday <= end;
  }
  return start <= inner.Start() && inner.End() <= end;
}

Result<std::vector<Period>> ParsePeriodSelection(std::string_view text) {
  std::vector<Period> out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t semi = text.find(';', pos);
    if (semi == std::string_view::npos) semi = text.size();
    const std::string_view item = text.substr(pos, semi - pos);
    if (item.empty()) return Status::InvalidArgument("bad period selection '" + std::string(text) + "': empty item");
    const size_t colon = item.find(':');
    if (colon == std::string_view::npos) {
      POLYFON_ASSIGN_OR_RETURN(Period p, Period::Parse(item));
      out.push_back(p);
    } else {
      POLYFON_ASSIGN_OR_RETURN(Period first, Period::Parse(item.substr(0, colon)));
      POLYFON_ASSIGN_OR_RETURN(Period last, Period::Parse(item.substr(colon + 1)));
      if (first.type() != last.type()) {
        return Status::InvalidArgument("bad period range '" + std::string(item) + "': both ends must be of one type");
      }
      if (last < first) return Status::InvalidArgument("bad period range '" + std::string(item) + "': reversed");
      for (Period p = first;; p = p.Next()) {
        out.push_back(p);
        if (out.size() > kMaxSelection) return Status::InvalidArgument("period selection too long (over 5000)");
        if (p == last) break;
      }
    }
    pos = semi + 1;
  }
  std::vector<Period> unique;
  for (const Period& p : out) {
    if (std::find(unique.begin(), unique.end(), p) == unique.end()) unique.push_back(p);
  }
  return unique;
}

}  // namespace polyfon::core
