#pragma once

#include <compare>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/status.hpp"

namespace polyfon::core {

enum class PeriodType { kYearly, kQuarterly, kMonthly, kWeekly };

const char* PeriodTypeName(PeriodType type);

// A DHIS2 period: "2018" (year), "2018Q1" (quarter), "201803" (month), "2018W05" (ISO week; "2018W5"
// is accepted too). Periods are values; they know their first and last day.
class Period {
 public:
  // Parses a DHIS2 period id. Fails with kInvalidArgument naming the text on anything else,
  // including out-of-range parts (month 13, week 53 in a 52-week year).
  static Result<Period> Parse(std::string_view id);
  static Period Year(int year) { return Period(PeriodType::kYearly, year, 1); }

  PeriodType type() const { return type_; }
  int year() const { return year_; }
  // Quarter, month or week number; 1 for a year.
  int index() const { return index_; }

  // The canonical id: "2018", "2018Q1", "201803", "2018W05".
  std::string Id() const;
  Date Start() const;
  Date End() const;  // inclusive
  Period Next() const;

  // True if data recorded for `inner` belongs to this period when aggregating over time: its days
  // lie inside this period. An ISO week belongs to the period holding its Thursday, as in DHIS2, so
  // that a week spanning New Year counts once.
  bool Contains(const Period& inner) const;

  auto operator<=>(const Period&) const = default;

 private:
  Period(PeriodType type, int year, int index) : type_(type), year_(year), index_(index) {}
  PeriodType type_;
  int year_;
  int index_;
};

// Number of ISO weeks (52 or 53) in an ISO week-numbering year.
int IsoWeeksInYear(int year);

// Parses a period selection: ids separated by ';', each either a single id or an inclusive range
// "A:B" of two ids of the same type ("2016:2018", "2018Q1:2019Q2"). Returns the periods in the
// order given, duplicates removed. Fails on an empty item, a reversed or mixed-type range, or more
// than 5000 periods.
Result<std::vector<Period>> ParsePeriodSelection(std::string_view text);

}  // namespace polyfon::core
