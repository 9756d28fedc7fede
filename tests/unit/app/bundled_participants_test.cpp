// The participants the cluster has published (data/participants.csv, sources in data/SOURCES.md)
// reach the registry with their membership histories, as the registry pages and the annual
// report's membership timeline show them.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

#include "analytics/membership_changes.hpp"
#include "app/load_demo.hpp"
#include "app/registry.hpp"
#include "store/memory/memory_store.hpp"

namespace polyfon::app {
namespace {

TEST(BundledParticipantsTest, EveryPublishedParticipantWithItsJoinYearAndHistory) {
  std::unique_ptr<core::Store> store = store::memory::NewMemoryStore();
  ASSERT_TRUE(LoadDemo(*store, "2026-01-01T00:00:00Z").has_value());
  auto participants = ListParticipants(*store, core::Date{2024, 12, 31});
  ASSERT_TRUE(participants.has_value());
  std::map<std::string, std::string> histories;
  for (const ParticipantSummary& p : *participants) {
    std::string text;
    for (const core::MembershipEntry& entry : p.history) {
      text += std::string(text.empty() ? "" : " ") + core::MembershipStatusName(entry.status) + "@" + entry.from.ToString();
    }
    histories[p.code] = text;
  }
  const std::map<std::string, std::string> published = {
      {"UIB-GAMUT", "full_member@2015-01-01"},       {"NORCE", "full_member@2015-01-01"},
      {"HELSE-BERGEN", "full_member@2015-01-01"},    {"BERGENSKLINIKKENE", "full_member@2015-01-01"},
      {"ALERIS", "full_member@2015-01-01"},          {"OLAVIKEN", "full_member@2015-01-01"},
      {"RKBU-VEST", "full_member@2015-01-01"},       {"GC-RIEBER", "full_member@2015-01-01"},
      {"BERGEN-KOMMUNE", "full_member@2017-01-01"},  {"BETANIEN", "full_member@2017-01-01"},
      {"HARALDSPLASS", "full_member@2017-01-01"},
      {"VESTLAND-FK", "observer@2015-01-01 full_member@2017-11-01"},
      {"HELSE-FORDE", "observer@2015-01-01 full_member@2017-11-01"},
      {"HVL", "observer@2015-01-01 full_member@2017-11-01"},
      {"USHT-SF", "observer@2015-01-01 full_member@2017-11-01"},
      {"NMH", "full_member@2021-01-01"},             {"HELSE-FONNA", "full_member@2023-01-01"},
  };
  EXPECT_EQ(histories, published);

  // The timeline the report shows: who joined or changed status in a year.
  auto catalog = store->LoadCatalog();
  ASSERT_TRUE(catalog.has_value());
  const auto changes_2017 = analytics::MembershipChangesIn(catalog->participants, 2017);
  ASSERT_EQ(changes_2017.size(), 7u);  // three new members in January, the Sogn og Fjordane partnership's four in November
  EXPECT_EQ(changes_2017.front().participant, "BERGEN-KOMMUNE");
  EXPECT_EQ(changes_2017.back().on, (core::Date{2017, 11, 1}));
  EXPECT_EQ(analytics::CountMembers(catalog->participants, 2016).full_members, 8);
  EXPECT_EQ(analytics::CountMembers(catalog->participants, 2024).full_members, 17);
}

}  // namespace
}  // namespace polyfon::app
