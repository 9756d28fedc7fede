#include "analytics/membership_changes.hpp"

#include <gtest/gtest.h>

namespace polyfon::analytics {
namespace {

using core::MembershipStatus;

core::Participant Make(std::string code, std::vector<core::MembershipEntry> history) {
  core::Participant participant;
  participant.code = std::move(code);
  participant.history = std::move(history);
  return participant;
}

const std::vector<core::Participant> kParticipants = {
    Make("B", {{MembershipStatus::kObserver, {2015, 1, 1}}, {MembershipStatus::kFullMember, {2017, 11, 1}}}),
    Make("A", {{MembershipStatus::kFullMember, {2017, 1, 1}}}),
    Make("C", {{MembershipStatus::kFullMember, {2015, 1, 1}}, {MembershipStatus::kLeft, {2017, 6, 30}}}),
    Make("D", {{MembershipStatus::kFullMember, {2015, 1, 1}}, {MembershipStatus::kFullMember, {2017, 2, 1}}}),
};

TEST(MembershipChangesTest, ListsTheYearsChangesByDateLeavingOutRepeats) {
  const std::vector<MembershipChange> changes = MembershipChangesIn(kParticipants, 2017);
  const std::vector<MembershipChange> expected = {
      {"A", {2017, 1, 1}, std::nullopt, MembershipStatus::kFullMember},
      {"C", {2017, 6, 30}, MembershipStatus::kFullMember, MembershipStatus::kLeft},
      {"B", {2017, 11, 1}, MembershipStatus::kObserver, MembershipStatus::kFullMember},
  };
  EXPECT_EQ(changes, expected);
  EXPECT_TRUE(MembershipChangesIn(kParticipants, 2016).empty());
}

TEST(MembershipChangesTest, CountsStatusesAtTheYearsEnd) {
  EXPECT_EQ(CountMembers(kParticipants, 2014), (MemberCount{2014, 0, 0, 0}));
  EXPECT_EQ(CountMembers(kParticipants, 2016), (MemberCount{2016, 2, 1, 0}));
  EXPECT_EQ(CountMembers(kParticipants, 2017), (MemberCount{2017, 3, 0, 1}));
}

}  // namespace
}  // namespace polyfon::analytics
