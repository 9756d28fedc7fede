#include "analytics/activity_tally.hpp"

#include <gtest/gtest.h>

namespace polyfon::analytics {
namespace {

core::Activity Make(std::string code, core::ActivityKind kind, core::Date date, std::optional<int64_t> attendees,
                    core::ActivityStatus status = core::ActivityStatus::kHeld) {
  core::Activity activity;
  activity.code = std::move(code);
  activity.kind = kind;
  activity.title = activity.code;
  activity.date = date;
  activity.attendees = attendees;
  activity.status = status;
  return activity;
}

TEST(ActivityTallyTest, CountsByKindAndStatusWithAttendanceAsALowerBound) {
  const std::vector<core::Activity> activities = {
      Make("w1", core::ActivityKind::kWebinar, {2021, 3, 1}, 40),
      Make("w2", core::ActivityKind::kWebinar, {2021, 9, 1}, std::nullopt),
      Make("c1", core::ActivityKind::kConference, {2021, 11, 10}, 180),
      Make("c2", core::ActivityKind::kConference, {2020, 11, 10}, std::nullopt, core::ActivityStatus::kPostponed),
      Make("k1", core::ActivityKind::kCourse, {2021, 5, 5}, 25, core::ActivityStatus::kCancelled),
  };
  const std::vector<ActivityTally> rows = TallyActivities(activities, 2020, 2021);
  const std::vector<ActivityTally> expected = {
      {2020, "conference", 0, 0, 0, 1, 0, 0},
      {2020, "", 0, 0, 0, 1, 0, 0},
      {2021, "webinar", 2, 0, 0, 0, 40, 1},
      {2021, "conference", 1, 0, 0, 0, 180, 1},
      {2021, "course", 0, 0, 1, 0, 0, 0},  // a cancelled course's attendance is not counted
      {2021, "", 3, 0, 1, 0, 220, 2},
  };
  EXPECT_EQ(rows, expected);
}

TEST(ActivityTallyTest, AYearWithoutActivitiesHasAnAllKindsRowOfZeros) {
  const std::vector<ActivityTally> rows = TallyActivities({}, 2019, 2019);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0], (ActivityTally{2019, "", 0, 0, 0, 0, 0, 0}));
  EXPECT_EQ(TallyOf({}, 2019, "webinar").held, 0);
}

}  // namespace
}  // namespace polyfon::analytics
