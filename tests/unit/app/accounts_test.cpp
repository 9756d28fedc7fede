// The user and API token use cases: the rules they check and what they log.
#include "app/accounts.hpp"

#include <gmock/gmock.h>

#include "account_test_store.hpp"
#include "app/sign_in.hpp"

namespace polyfon::app {
namespace {

using core::ErrorCode;
using core::Role;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::StartsWith;

using AddUserTest = AccountTest;

TEST_F(AddUserTest, KeepsAnArgon2idHashAndLogsTheAddition) {
  const core::User added = Add("alice", Role::kAdmin);
  EXPECT_THAT(added.password_hash, StartsWith("$argon2id$"));
  EXPECT_TRUE(VerifyPassword(added.password_hash, kGoodPassword));
  EXPECT_FALSE(added.disabled);
  EXPECT_THAT(added.created_at, ::testing::MatchesRegex("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"));

  const auto stored = store().Accounts().FindUser("alice");
  ASSERT_TRUE(stored.has_value() && stored->has_value());
  EXPECT_EQ((*stored)->password_hash, added.password_hash);
  EXPECT_EQ((*stored)->role, Role::kAdmin);
  EXPECT_EQ(LastEvent(), "cli user_added alice admin");
  EXPECT_EQ(Events().front().at, added.created_at);
}

TEST_F(AddUserTest, AReporterKeepsItsOrgUnitsOnceEachInTheOrderGiven) {
  const core::User added = Add("rita", Role::kReporter, {"NO-HV", "NO-HN", "NO-HV"});
  EXPECT_THAT(added.org_units, ElementsAre("NO-HV", "NO-HN"));
  EXPECT_THAT(store().Accounts().FindUser("rita")->value().org_units, ElementsAre("NO-HV", "NO-HN"));
  EXPECT_EQ(LastEvent(), "cli user_added rita reporter NO-HV,NO-HN");
}

TEST_F(AddUserTest, RefusesWhatBreaksARuleAndWritesNothing) {
  struct Case {
    NewUser user;
    ErrorCode code;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{.name = "Alice", .role = Role::kViewer, .org_units = {}, .password = kGoodPassword},
       ErrorCode::kInvalidArgument,
       "may hold only a-z"},
      {{.name = "", .role = Role::kViewer, .org_units = {}, .password = kGoodPassword},
       ErrorCode::kInvalidArgument,
       "1 to 64 characters"},
      {{.name = "alice", .role = Role::kViewer, .org_units = {}, .password = "123456789"},
       ErrorCode::kInvalidArgument,
       "a password needs at least 10 characters"},
      // Nine characters, eighteen bytes: counted as nine.
      {{.name = "alice", .role = Role::kViewer, .org_units = {}, .password = "æøåæøåæøå"},
       ErrorCode::kInvalidArgument,
       "at least 10 characters"},
      {{.name = "alice", .role = Role::kReporter, .org_units = {}, .password = kGoodPassword},
       ErrorCode::kInvalidArgument,
       "a reporter needs at least one org unit"},
      {{.name = "alice", .role = Role::kCoordinator, .org_units = {"NO-HV"}, .password = kGoodPassword},
       ErrorCode::kInvalidArgument,
       "only a reporter has org units; a coordinator has none"},
      {{.name = "alice", .role = Role::kReporter, .org_units = {"NO-HV", "NO-XX"}, .password = kGoodPassword},
       ErrorCode::kInvalidArgument,
       "unknown org unit 'NO-XX'"},
      // Codes match exactly: no case folding, no names.
      {{.name = "alice", .role = Role::kReporter, .org_units = {"no-hv"}, .password = kGoodPassword},
       ErrorCode::kInvalidArgument,
       "unknown org unit 'no-hv'"},
  };
  for (const Case& c : cases) {
    const auto added = AddUser(store(), c.user, "cli");
    ASSERT_FALSE(added.has_value()) << c.message;
    EXPECT_EQ(added.error().code(), c.code) << c.message;
    EXPECT_THAT(added.error().message(), HasSubstr(c.message));
  }
  EXPECT_THAT(*store().Accounts().LoadUsers(), IsEmpty());
  EXPECT_THAT(Events(), IsEmpty());
}

TEST_F(AddUserTest, ATenCharacterPasswordIsLongEnough) {
  const auto added =
      AddUser(store(), {.name = "alice", .role = Role::kViewer, .org_units = {}, .password = "æøåæøåæøåæ"}, "cli");
  ASSERT_TRUE(added.has_value()) << added.status().ToString();
  EXPECT_TRUE(CheckPassword(store(), "alice", "æøåæøåæøåæ").has_value());
}

TEST_F(AddUserTest, ATakenNameIsAConflictAndLeavesTheUserAsItWas) {
  const core::User first = Add("alice", Role::kAdmin);
  const auto again = AddUser(
      store(), {.name = "alice", .role = Role::kViewer, .org_units = {}, .password = "another password"}, "cli");
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(again.error().message(), "user 'alice' exists already");
  EXPECT_EQ(store().Accounts().FindUser("alice")->value().password_hash, first.password_hash);
  EXPECT_EQ(Events().size(), 1u);
}

using ChangePasswordTest = AccountTest;

TEST_F(ChangePasswordTest, TheNewPasswordWorksAndTheOldOneNoLonger) {
  Add("alice");
  ASSERT_TRUE(ChangePassword(store(), "alice", "a new passphrase", "admin").ok());
  EXPECT_TRUE(CheckPassword(store(), "alice", "a new passphrase").has_value());
  EXPECT_FALSE(CheckPassword(store(), "alice", kGoodPassword).has_value());
  EXPECT_EQ(LastEvent(), "admin password_changed alice ");
}

TEST_F(ChangePasswordTest, AnUnknownUserIsNotFoundAndAShortPasswordRefused) {
  Add("alice");
  const core::Status unknown = ChangePassword(store(), "bob", "a new passphrase", "cli");
  EXPECT_EQ(unknown.code(), ErrorCode::kNotFound);
  EXPECT_EQ(unknown.message(), "user 'bob' does not exist");
  const core::Status short_one = ChangePassword(store(), "alice", "short", "cli");
  EXPECT_EQ(short_one.code(), ErrorCode::kInvalidArgument);
  EXPECT_TRUE(CheckPassword(store(), "alice", kGoodPassword).has_value());
  EXPECT_EQ(Events().size(), 1u);
}

using ChangeRoleTest = AccountTest;

TEST_F(ChangeRoleTest, ChangesRoleAndOrgUnitsAndLogsBothSides) {
  Add("alice");
  ASSERT_TRUE(ChangeRole(store(), "alice", Role::kReporter, {"NO-HV"}, "cli").ok());
  EXPECT_EQ(LastEvent(), "cli role_changed alice viewer -> reporter NO-HV");
  const core::User user = store().Accounts().FindUser("alice")->value();
  EXPECT_EQ(user.role, Role::kReporter);
  EXPECT_THAT(user.org_units, ElementsAre("NO-HV"));
  EXPECT_TRUE(CheckPassword(store(), "alice", kGoodPassword).has_value());  // the password stays

  ASSERT_TRUE(ChangeRole(store(), "alice", Role::kReporter, {"NO-HV", "NO-HN"}, "cli").ok());
  EXPECT_EQ(LastEvent(), "cli role_changed alice reporter NO-HV -> reporter NO-HV,NO-HN");
  ASSERT_TRUE(ChangeRole(store(), "alice", Role::kAdmin, {}, "cli").ok());
  EXPECT_EQ(LastEvent(), "cli role_changed alice reporter NO-HV,NO-HN -> admin");
  EXPECT_THAT(store().Accounts().FindUser("alice")->value().org_units, IsEmpty());
}

TEST_F(ChangeRoleTest, KeepsTheRulesOfAddUser) {
  Add("alice");
  EXPECT_EQ(ChangeRole(store(), "alice", Role::kReporter, {}, "cli").code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(ChangeRole(store(), "alice", Role::kViewer, {"NO-HV"}, "cli").code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(ChangeRole(store(), "alice", Role::kReporter, {"NO-XX"}, "cli").code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(ChangeRole(store(), "bob", Role::kViewer, {}, "cli").code(), ErrorCode::kNotFound);
  EXPECT_EQ(store().Accounts().FindUser("alice")->value().role, Role::kViewer);
  EXPECT_EQ(Events().size(), 1u);
}

TEST_F(ChangeRoleTest, TheSameRoleAgainChangesAndLogsNothing) {
  Add("alice", Role::kReporter, {"NO-HV"});
  ASSERT_TRUE(ChangeRole(store(), "alice", Role::kReporter, {"NO-HV"}, "cli").ok());
  EXPECT_EQ(Events().size(), 1u);
}

using SetDisabledTest = AccountTest;

TEST_F(SetDisabledTest, DisablingStopsSignInAndEnablingRestoresIt) {
  Add("alice");
  ASSERT_TRUE(SetDisabled(store(), "alice", true, "cli").ok());
  EXPECT_EQ(LastEvent(), "cli user_disabled alice ");
  EXPECT_TRUE(store().Accounts().FindUser("alice")->value().disabled);
  EXPECT_FALSE(CheckPassword(store(), "alice", kGoodPassword).has_value());
  ASSERT_TRUE(SetDisabled(store(), "alice", true, "cli").ok());  // already: nothing logged
  EXPECT_EQ(Events().size(), 2u);

  ASSERT_TRUE(SetDisabled(store(), "alice", false, "cli").ok());
  EXPECT_EQ(LastEvent(), "cli user_enabled alice ");
  EXPECT_TRUE(CheckPassword(store(), "alice", kGoodPassword).has_value());
  EXPECT_EQ(SetDisabled(store(), "bob", true, "cli").code(), ErrorCode::kNotFound);
}

using TokenTest = AccountTest;

TEST_F(TokenTest, ATokenIsShownOnceAndKeptAsItsHash) {
  Add("alice");
  const auto created = CreateToken(store(), "alice", "  nightly import ", "cli");
  ASSERT_TRUE(created.has_value()) << created.status().ToString();
  EXPECT_THAT(created->secret, StartsWith("pf_"));
  EXPECT_EQ(created->secret.size(), 3u + 43u);
  EXPECT_EQ(created->token.id, 1);
  EXPECT_EQ(created->token.label, "nightly import");
  EXPECT_EQ(created->token.hash, SecretHash(created->secret));
  EXPECT_EQ(LastEvent(), "cli token_added alice nightly import");

  const auto tokens = store().Accounts().LoadTokens("alice");
  ASSERT_TRUE(tokens.has_value());
  ASSERT_EQ(tokens->size(), 1u);
  EXPECT_EQ((*tokens)[0].hash, SecretHash(created->secret));
  EXPECT_EQ((*tokens)[0].hash.find(created->secret.substr(3)), std::string::npos);
  EXPECT_NE(CreateToken(store(), "alice", "second", "cli")->secret, created->secret);
}

TEST_F(TokenTest, AnEmptyLabelOrAnUnknownUserIsRefused) {
  Add("alice");
  const auto unlabelled = CreateToken(store(), "alice", "  ", "cli");
  ASSERT_FALSE(unlabelled.has_value());
  EXPECT_EQ(unlabelled.error().code(), ErrorCode::kInvalidArgument);
  const auto unknown = CreateToken(store(), "bob", "script", "cli");
  ASSERT_FALSE(unknown.has_value());
  EXPECT_EQ(unknown.error().code(), ErrorCode::kNotFound);
  EXPECT_THAT(*store().Accounts().LoadTokens(""), IsEmpty());
}

TEST_F(TokenTest, RevokingAnotherUsersTokenIsNotFoundAsIfThereWereNone) {
  Add("alice");
  Add("bob");
  const auto created = CreateToken(store(), "alice", "script", "alice");
  ASSERT_TRUE(created.has_value());
  const core::Status other = RevokeToken(store(), created->token.id, "bob", "bob");
  EXPECT_EQ(other.code(), ErrorCode::kNotFound);
  EXPECT_EQ(other.message(), "API token 1 does not exist");
  EXPECT_EQ(RevokeToken(store(), 99, "bob", "bob").message(), "API token 99 does not exist");
  EXPECT_TRUE(CheckToken(store(), created->secret).has_value());  // still valid

  ASSERT_TRUE(RevokeToken(store(), created->token.id, "alice", "alice").ok());
  EXPECT_EQ(LastEvent(), "alice token_revoked token 1 alice: script");
  EXPECT_FALSE(CheckToken(store(), created->secret).has_value());
}

TEST_F(TokenTest, AnAdminRevokesAnyTokenOnceAndAnUnknownIdIsNotFound) {
  Add("alice");
  const auto created = CreateToken(store(), "alice", "script", "alice");
  ASSERT_TRUE(created.has_value());
  ASSERT_TRUE(RevokeToken(store(), created->token.id, "", "cli").ok());
  const size_t events = Events().size();
  EXPECT_EQ(RevokeToken(store(), created->token.id, "", "cli").code(), ErrorCode::kConflict);
  EXPECT_EQ(RevokeToken(store(), 7, "", "cli").code(), ErrorCode::kNotFound);
  EXPECT_EQ(Events().size(), events);
}

}  // namespace
}  // namespace polyfon::app
