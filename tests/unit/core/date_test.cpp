#include "core/date.hpp"

#include <gtest/gtest.h>

namespace polyfon::core {
namespace {

TEST(DateTest, RoundTripsThroughDayNumbers) {
  for (long day = -800000; day <= 800000; day += 97) {
    EXPECT_EQ(Date::FromDaysSinceEpoch(day).DaysSinceEpoch(), day);
  }
  EXPECT_EQ((Date{1970, 1, 1}.DaysSinceEpoch()), 0);
  EXPECT_EQ((Date{2000, 3, 1}.DaysSinceEpoch()), 11017);
}

TEST(DateTest, Weekdays) {
  EXPECT_EQ((Date{2026, 11, 23}.IsoWeekday()), 1);  // a Monday
  EXPECT_EQ((Date{1970, 1, 1}.IsoWeekday()), 4);
  EXPECT_EQ((Date{2018, 12, 30}.IsoWeekday()), 7);
}

TEST(DateTest, ParsesIsoDatesAndBareYears) {
  EXPECT_EQ(ParseDate("2017-11-01"), (Date{2017, 11, 1}));
  EXPECT_EQ(ParseDate("2015"), (Date{2015, 1, 1}));
  EXPECT_EQ(ParseDate("2020-02-29"), (Date{2020, 2, 29}));
  for (const char* bad : {"2019-02-29", "2017-13-01", "2017-1-01", "17-01-01", "2017/01/01", "", "20x5"}) {
    EXPECT_FALSE(ParseDate(bad).has_value()) << bad;
  }
}

}  // namespace
}  // namespace polyfon::core
