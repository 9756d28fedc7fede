#pragma once

// The fixture of the account use-case tests (accounts_test.cpp, sign_in_test.cpp): a memory store
// with two org units, and shortcuts that fail the test on an unexpected error.

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "store/memory/memory_store.hpp"

namespace polyfon::app {

inline constexpr const char* kGoodPassword = "correct horse battery";

class AccountTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = store::memory::NewMemoryStore();
    auto writer = store_->BeginWrite();
    ASSERT_TRUE(writer.has_value());
    for (const char* code : {"NO-HV", "NO-HN"}) {
      ASSERT_TRUE((*writer)->PutOrgUnit(
          {.code = code, .name = code, .kind = core::OrgUnitKind::kHealthRegion, .aliases = {}, .uid = ""}));
    }
    ASSERT_TRUE((*writer)->Commit().ok());
  }

  core::Store& store() { return *store_; }

  // Adds `name` with kGoodPassword; ends the test on failure.
  core::User Add(const std::string& name, core::Role role = core::Role::kViewer,
                 std::vector<std::string> org_units = {}) {
    auto user = AddUser(
        *store_, {.name = name, .role = role, .org_units = std::move(org_units), .password = kGoodPassword}, "cli");
    EXPECT_TRUE(user.has_value()) << user.status().ToString();
    return user ? *user : core::User{};
  }

  std::vector<core::AccountEvent> Events() {
    auto events = store_->Accounts().LoadEvents(0);
    EXPECT_TRUE(events.has_value());
    return events ? *events : std::vector<core::AccountEvent>{};
  }

  // "actor action subject detail" of the newest event.
  std::string LastEvent() {
    const auto events = Events();
    if (events.empty()) return "(none)";
    const core::AccountEvent& e = events.front();
    return e.actor + " " + e.action + " " + e.subject + " " + e.detail;
  }

 private:
  std::unique_ptr<core::Store> store_;
};

}  // namespace polyfon::app
