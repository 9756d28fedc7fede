#include "report/indicator_text.hpp"

#include <gtest/gtest.h>

namespace polyfon::report {
namespace {

using analytics::MeasurePoint;
using analytics::RowStatus;

analytics::IndicatorProgress Assess(std::vector<MeasurePoint> series, std::map<int, double> targets, int year) {
  core::GoalIndicator indicator;
  indicator.targets = std::move(targets);
  return analytics::AssessIndicator(indicator, series, year);
}

const FigureFormat kCount{"number", 1};

TEST(IndicatorTextTest, AClearRiseWithItsIntervalInNynorskAndEnglish) {
  const auto progress = Assess({{2016, RowStatus::kOk, 214, 186.3, 244.7}, {2018, RowStatus::kOk, 456, 415.1, 499.9}},
                               {}, 2018);
  EXPECT_EQ(DescribeProgress(progress, kCount, 2018, 5, "nn"),
            "Auka frå 214 i 2016 til 456 i 2018 (95 % intervall 415,1–499,9). Endringa er større enn det tilfeldig "
            "variasjon forklarar: intervalla overlappar ikkje. Det er ikkje sett noko mål for 2018.");
  EXPECT_EQ(DescribeProgress(progress, kCount, 2018, 5, "en"),
            "Rose from 214 in 2016 to 456 in 2018 (95 % interval 415.1–499.9). The change is larger than chance "
            "explains: the intervals do not overlap. No target is set for 2018.");
}

TEST(IndicatorTextTest, RatesOverlappingIntervalsAndATargetTheDataCannotDecide) {
  const FigureFormat rate{"rate", 100000};
  const auto progress = Assess({{2017, RowStatus::kOk, 20.04, 12.2, 30.9}, {2018, RowStatus::kOk, 26.0, 17.0, 38.1}},
                               {{2018, 30}}, 2018);
  EXPECT_EQ(DescribeProgress(progress, rate, 2018, 5, "nb"),
            "Økte fra 20,0 per 100\u00a0000 i 2017 til 26,0 per 100\u00a0000 i 2018 (95 % intervall 17,0–38,1). "
            "Endringen kan være tilfeldig: intervallene overlapper. Målet for 2018, 30,0 per 100\u00a0000, er ikke "
            "nådd. Målet ligger innenfor intervallet, så tallene kan ikke avgjøre om det er nådd.");
}

TEST(IndicatorTextTest, HiddenAndMissingFigures) {
  const auto hidden = Assess({{2017, RowStatus::kSuppressed, std::nullopt, std::nullopt, std::nullopt}}, {}, 2017);
  EXPECT_EQ(DescribeProgress(hidden, kCount, 2017, 5, "nn"), "Talet for 2017 er skjult fordi det er under 5.");
  const auto missing = Assess({}, {{2019, 3}}, 2019);
  EXPECT_EQ(DescribeProgress(missing, kCount, 2019, 5, "en"), "There is no figure for 2019.");
}

TEST(IndicatorTextTest, AFirstFigureWithoutIntervalMeetsItsTarget) {
  const FigureFormat percent{"percent", 1};
  const auto progress = Assess({{2018, RowStatus::kOk, 50, std::nullopt, std::nullopt}}, {{2018, 40}}, 2018);
  EXPECT_EQ(DescribeProgress(progress, percent, 2018, 5, "nn"), "50\u00a0% i 2018. Målet for 2018, 40\u00a0%, er nådd.");
}

}  // namespace
}  // namespace polyfon::report
