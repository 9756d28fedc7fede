#include "core/period.hpp"

#include <gtest/gtest.h>

namespace polyfon::core {
namespace {

TEST(PeriodTest, ParsesEachDhis2Type) {
  struct Case {
    const char* id;
    PeriodType type;
    const char* canonical;
    const char* start;
    const char* end;
  };
  const Case cases[] = {
      {"2018", PeriodType::kYearly, "2018", "2018-01-01", "2018-12-31"},
      {"2018Q1", PeriodType::kQuarterly, "2018Q1", "2018-01-01", "2018-03-31"},
      {"2016Q4", PeriodType::kQuarterly, "2016Q4", "2016-10-01", "2016-12-31"},
      {"201802", PeriodType::kMonthly, "201802", "2018-02-01", "2018-02-28"},
      {"202002", PeriodType::kMonthly, "202002", "2020-02-01", "2020-02-29"},
      {"2018W05", PeriodType::kWeekly, "2018W05", "2018-01-29", "2018-02-04"},
      {"2018W5", PeriodType::kWeekly, "2018W05", "2018-01-29", "2018-02-04"},
      {"2020W53", PeriodType::kWeekly, "2020W53", "2020-12-28", "2021-01-03"},
      {"2019W01", PeriodType::kWeekly, "2019W01", "2018-12-31", "2019-01-06"},
  };
  for (const Case& c : cases) {
    auto p = Period::Parse(c.id);
    ASSERT_TRUE(p.has_value()) << c.id << ": " << p.error().message();
    EXPECT_EQ(p->type(), c.type) << c.id;
    EXPECT_EQ(p->Id(), c.canonical);
    EXPECT_EQ(p->Start().ToString(), c.start) << c.id;
    EXPECT_EQ(p->End().ToString(), c.end) << c.id;
  }
}

TEST(PeriodTest, RejectsMalformedIds) {
  for (const char* bad : {"", "18", "201", "2018Q5", "2018Q0", "201813", "201800", "2018W54", "2019W53", "2018-01",
                          "abcd", "2018q1", "2018Q12", "20180101", "1700", " 2018"}) {
    auto p = Period::Parse(bad);
    EXPECT_FALSE(p.has_value()) << bad;
    if (!p) {
      EXPECT_EQ(p.error().code(), ErrorCode::kInvalidArgument);
      EXPECT_NE(p.error().message().find(bad), std::string::npos);
    }
  }
}

TEST(PeriodTest, WeeksBelongToTheYearOfTheirThursday) {
  const Period y2018 = *Period::Parse("2018");
  const Period y2019 = *Period::Parse("2019");
  const Period w = *Period::Parse("2019W01");  // Monday 2018-12-31, Thursday 2019-01-03
  EXPECT_FALSE(y2018.Contains(w));
  EXPECT_TRUE(y2019.Contains(w));
  EXPECT_TRUE(y2018.Contains(*Period::Parse("2018Q3")));
  EXPECT_TRUE(Period::Parse("2018Q3")->Contains(*Period::Parse("201809")));
  EXPECT_FALSE(Period::Parse("2018Q3")->Contains(*Period::Parse("201810")));
  EXPECT_FALSE(Period::Parse("201809")->Contains(y2018));
}

TEST(PeriodTest, NextWrapsAcrossYears) {
  EXPECT_EQ(Period::Parse("2018Q4")->Next().Id(), "2019Q1");
  EXPECT_EQ(Period::Parse("201812")->Next().Id(), "201901");
  EXPECT_EQ(Period::Parse("2020W53")->Next().Id(), "2021W01");
  EXPECT_EQ(Period::Parse("2019W52")->Next().Id(), "2020W01");
}

TEST(PeriodTest, IsoWeeksInYear) {
  EXPECT_EQ(IsoWeeksInYear(2015), 53);
  EXPECT_EQ(IsoWeeksInYear(2018), 52);
  EXPECT_EQ(IsoWeeksInYear(2020), 53);
  EXPECT_EQ(IsoWeeksInYear(2026), 53);
}

std::vector<std::string> Ids(const std::vector<Period>& periods) {
  std::vector<std::string> ids;
  for (const Period& p : periods) ids.push_back(p.Id());
  return ids;
}

TEST(PeriodSelectionTest, RangesListsAndMixtures) {
  EXPECT_EQ(Ids(*ParsePeriodSelection("2016:2018")), (std::vector<std::string>{"2016", "2017", "2018"}));
  EXPECT_EQ(Ids(*ParsePeriodSelection("2016;2018")), (std::vector<std::string>{"2016", "2018"}));
  EXPECT_EQ(Ids(*ParsePeriodSelection("2018Q3:2019Q1;2016")),
            (std::vector<std::string>{"2018Q3", "2018Q4", "2019Q1", "2016"}));
  EXPECT_EQ(Ids(*ParsePeriodSelection("2018;2018")), (std::vector<std::string>{"2018"}));
}

TEST(PeriodSelectionTest, RejectsBadSelections) {
  for (const char* bad : {"", "2018;", ";2018", "2018:2016", "2016:2018Q1", "2016:", "1800:2200Q1", "2016:2018:2019",
                          "201801:202512;1900:2100;2000W01:2099W52"}) {
    EXPECT_FALSE(ParsePeriodSelection(bad).has_value()) << bad;
  }
}

}  // namespace
}  // namespace polyfon::core
