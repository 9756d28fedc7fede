// Users, API tokens and the account log (core::AccountStore), for every back end.
#include <gmock/gmock.h>

#include "store_contract_test.hpp"

namespace polyfon::store::testing {
namespace {

using core::ErrorCode;
using core::Role;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// A user's fields in one line, so that a failed comparison says what differs.
std::string Summary(const core::User& user) {
  std::string units;
  for (const std::string& unit : user.org_units) units += (units.empty() ? "" : ",") + unit;
  return user.name + " " + std::string(core::RoleName(user.role)) + " [" + units + "] " + user.password_hash + " " +
         (user.disabled ? "disabled" : "enabled") + " " + user.created_at;
}

std::string Summary(const core::ApiToken& token) {
  return std::to_string(token.id) + " " + token.user + " '" + token.label + "' " + token.hash + " " + token.created_at +
         " revoked:" + token.revoked_at;
}

std::vector<std::string> Summaries(const std::vector<core::User>& users) {
  std::vector<std::string> out;
  for (const core::User& user : users) out.push_back(Summary(user));
  return out;
}

std::vector<std::string> Summaries(const std::vector<core::ApiToken>& tokens) {
  std::vector<std::string> out;
  for (const core::ApiToken& token : tokens) out.push_back(Summary(token));
  return out;
}

// "id at actor action subject detail" of each event.
std::vector<std::string> Summaries(const std::vector<core::AccountEvent>& events) {
  std::vector<std::string> out;
  for (const core::AccountEvent& e : events) {
    out.push_back(std::to_string(e.id) + " " + e.at + " " + e.actor + " " + e.action + " " + e.subject + " " +
                  e.detail);
  }
  return out;
}

core::User MakeUser(std::string name, Role role = Role::kViewer, std::vector<std::string> units = {}) {
  return {.name = name,
          .role = role,
          .org_units = std::move(units),
          .password_hash = "$argon2id$v=19$m=65536,t=2,p=1$" + name,
          .disabled = false,
          .created_at = "2026-01-01T00:00:00Z"};
}

core::ApiToken MakeToken(std::string user, std::string label, char hash_digit) {
  return {.id = 0,
          .user = std::move(user),
          .label = std::move(label),
          .hash = std::string(64, hash_digit),
          .created_at = "2026-01-02T00:00:00Z",
          .revoked_at = ""};
}

core::AccountEvent Event(std::string action, std::string subject, std::string detail = "") {
  return {.id = 0,
          .at = "2026-01-03T00:00:00Z",
          .actor = "admin",
          .action = std::move(action),
          .subject = std::move(subject),
          .detail = std::move(detail)};
}

class AccountContractTest : public StoreContractTest {
 protected:
  core::AccountStore& Accounts() { return store().Accounts(); }
  bool Put(const core::User& user) {
    return Unwrap(Accounts().PutUser(user, Event(std::string(core::kAccountUserAdded), user.name)));
  }
  std::optional<core::User> Find(std::string_view name) { return Unwrap(Accounts().FindUser(name)); }
  int64_t AddToken(const core::ApiToken& token) {
    return Unwrap(Accounts().AddToken(token, Event(std::string(core::kAccountTokenAdded), token.user, token.label)));
  }
  std::vector<core::ApiToken> Tokens(std::string_view user = "") { return Unwrap(Accounts().LoadTokens(user)); }
  std::vector<core::AccountEvent> Events(size_t limit = 0) { return Unwrap(Accounts().LoadEvents(limit)); }
};

TEST_P(AccountContractTest, AnEmptyStoreHasNoUsersTokensOrEvents) {
  EXPECT_THAT(Unwrap(Accounts().LoadUsers()), IsEmpty());
  EXPECT_EQ(Find("alice"), std::nullopt);
  EXPECT_THAT(Tokens(), IsEmpty());
  EXPECT_EQ(Unwrap(Accounts().FindToken(std::string(64, 'a'))), std::nullopt);
  EXPECT_THAT(Events(), IsEmpty());
}

TEST_P(AccountContractTest, PutUserInsertsThenReplaces) {
  const core::User alice = MakeUser("alice", Role::kReporter, {"NO-HV"});
  EXPECT_TRUE(Put(alice));
  ASSERT_TRUE(Find("alice").has_value());
  EXPECT_EQ(Summary(*Find("alice")), Summary(alice));

  core::User changed = alice;
  changed.role = Role::kAdmin;
  changed.org_units.clear();
  changed.password_hash = "$argon2id$other";
  changed.disabled = true;
  EXPECT_FALSE(Put(changed));
  Reopen();
  ASSERT_TRUE(Find("alice").has_value());
  EXPECT_EQ(Summary(*Find("alice")), Summary(changed));
  EXPECT_EQ(Unwrap(Accounts().LoadUsers()).size(), 1u);
}

TEST_P(AccountContractTest, FindUserMatchesTheExactName) {
  Put(MakeUser("alice"));
  EXPECT_TRUE(Find("alice").has_value());
  EXPECT_EQ(Find("Alice"), std::nullopt);
  EXPECT_EQ(Find("alic"), std::nullopt);
  EXPECT_EQ(Find(""), std::nullopt);
}

TEST_P(AccountContractTest, LoadUsersIsByName) {
  Put(MakeUser("carol"));
  Put(MakeUser("alice", Role::kAdmin));
  Put(MakeUser("bob.smith@example.org", Role::kReporter, {"NO-HV"}));
  EXPECT_THAT(
      Summaries(Unwrap(Accounts().LoadUsers())),
      ElementsAre(Summary(MakeUser("alice", Role::kAdmin)),
                  Summary(MakeUser("bob.smith@example.org", Role::kReporter, {"NO-HV"})), Summary(MakeUser("carol"))));
}

TEST_P(AccountContractTest, OrgUnitsRoundTripInOrderAndAreReplacedAsAWhole) {
  Put(MakeUser("alice", Role::kReporter, {"NO-HV", "NO-HSO", "HV-FORDE"}));
  Put(MakeUser("bob", Role::kReporter, {"NO-HN"}));
  Reopen();
  EXPECT_THAT(Find("alice")->org_units, ElementsAre("NO-HV", "NO-HSO", "HV-FORDE"));
  Put(MakeUser("alice", Role::kReporter, {"NO-HMN"}));
  EXPECT_THAT(Find("alice")->org_units, ElementsAre("NO-HMN"));
  EXPECT_THAT(Find("bob")->org_units, ElementsAre("NO-HN"));
  const auto users = Unwrap(Accounts().LoadUsers());
  ASSERT_EQ(users.size(), 2u);
  EXPECT_THAT(users[0].org_units, ElementsAre("NO-HMN"));
  EXPECT_THAT(users[1].org_units, ElementsAre("NO-HN"));
}

TEST_P(AccountContractTest, AUserWithABadNameIsRefusedAndNothingIsRecorded) {
  for (const char* name : {"", "Alice", "a b"}) {
    auto put = Accounts().PutUser(MakeUser(name), Event("user_added", name));
    ASSERT_FALSE(put.has_value()) << name;
    EXPECT_EQ(put.error().code(), ErrorCode::kInvalidArgument);
  }
  EXPECT_THAT(Unwrap(Accounts().LoadUsers()), IsEmpty());
  EXPECT_THAT(Events(), IsEmpty());
}

TEST_P(AccountContractTest, TokensAreAddedFoundListedAndRevoked) {
  Put(MakeUser("alice"));
  Put(MakeUser("bob"));
  EXPECT_EQ(AddToken(MakeToken("alice", "nightly import", 'a')), 1);
  EXPECT_EQ(AddToken(MakeToken("bob", "report", 'b')), 2);
  EXPECT_EQ(AddToken(MakeToken("alice", "laptop", 'c')), 3);

  core::ApiToken expected = MakeToken("alice", "nightly import", 'a');
  expected.id = 1;
  auto found = Unwrap(Accounts().FindToken(std::string(64, 'a')));
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(Summary(*found), Summary(expected));
  EXPECT_EQ(Unwrap(Accounts().FindToken(std::string(64, 'd'))), std::nullopt);
  EXPECT_EQ(Unwrap(Accounts().FindToken("")), std::nullopt);

  EXPECT_THAT(Summaries(Tokens("alice")), ElementsAre(Summary(expected), HasSubstr("3 alice 'laptop'")));
  EXPECT_THAT(Summaries(Tokens("bob")), ElementsAre(HasSubstr("2 bob 'report'")));
  EXPECT_THAT(Tokens("carol"), IsEmpty());
  EXPECT_EQ(Tokens().size(), 3u);

  ASSERT_OK(Accounts().RevokeToken(1, "2026-02-01T00:00:00Z", Event("token_revoked", "token 1")));
  Reopen();
  found = Unwrap(Accounts().FindToken(std::string(64, 'a')));
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->revoked_at, "2026-02-01T00:00:00Z");  // still found, so a caller can say it is revoked
  EXPECT_EQ(Tokens("alice")[1].revoked_at, "");
}

TEST_P(AccountContractTest, RevokingTwiceIsAConflictAndAnUnknownIdIsNotFound) {
  Put(MakeUser("alice"));
  AddToken(MakeToken("alice", "script", 'a'));
  ASSERT_OK(Accounts().RevokeToken(1, "2026-02-01T00:00:00Z", Event("token_revoked", "token 1")));
  const size_t events = Events().size();

  const core::Status again = Accounts().RevokeToken(1, "2026-03-01T00:00:00Z", Event("token_revoked", "token 1"));
  EXPECT_EQ(again.code(), ErrorCode::kConflict);
  EXPECT_EQ(again.message(), "API token 1 was revoked already, at 2026-02-01T00:00:00Z");
  const core::Status unknown = Accounts().RevokeToken(99, "2026-03-01T00:00:00Z", Event("token_revoked", "token 99"));
  EXPECT_EQ(unknown.code(), ErrorCode::kNotFound);
  EXPECT_EQ(unknown.message(), "API token 99 does not exist");

  EXPECT_EQ(Tokens()[0].revoked_at, "2026-02-01T00:00:00Z");
  EXPECT_EQ(Events().size(), events);  // a refused write records nothing
}

TEST_P(AccountContractTest, ATokenForAnUnknownUserIsNotFoundAndADuplicateHashAConflict) {
  auto unknown = Accounts().AddToken(MakeToken("nobody", "script", 'a'), Event("token_added", "nobody"));
  ASSERT_FALSE(unknown.has_value());
  EXPECT_EQ(unknown.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(unknown.error().message(), "user 'nobody' does not exist");

  Put(MakeUser("alice"));
  AddToken(MakeToken("alice", "script", 'a'));
  auto duplicate = Accounts().AddToken(MakeToken("alice", "again", 'a'), Event("token_added", "alice"));
  ASSERT_FALSE(duplicate.has_value());
  EXPECT_EQ(duplicate.error().code(), ErrorCode::kConflict);

  EXPECT_EQ(Tokens().size(), 1u);
  EXPECT_THAT(Summaries(Events()), ElementsAre(HasSubstr("token_added alice script"), HasSubstr("user_added alice")));
}

TEST_P(AccountContractTest, EveryWriteRecordsItsEventAndTheLogIsNewestFirst) {
  Put(MakeUser("alice"));
  AddToken(MakeToken("alice", "script", 'a'));
  ASSERT_OK(Accounts().RevokeToken(1, "2026-02-01T00:00:00Z", Event("token_revoked", "token 1", "alice: script")));
  ASSERT_OK(Accounts().RecordEvent({.id = 0,
                                    .at = "2026-02-02T00:00:00Z",
                                    .actor = "",
                                    .action = std::string(core::kAccountLoginFailed),
                                    .subject = "mallory",
                                    .detail = "192.0.2.1"}));
  Reopen();
  EXPECT_THAT(Summaries(Events()), ElementsAre("4 2026-02-02T00:00:00Z  login_failed mallory 192.0.2.1",
                                               "3 2026-01-03T00:00:00Z admin token_revoked token 1 alice: script",
                                               "2 2026-01-03T00:00:00Z admin token_added alice script",
                                               "1 2026-01-03T00:00:00Z admin user_added alice "));
  EXPECT_THAT(Summaries(Events(2)), ElementsAre(HasSubstr("4 "), HasSubstr("3 ")));
  EXPECT_EQ(Events(10).size(), 4u);
}

TEST_P(AccountContractTest, AccountWritesLeaveTheDataVersionAlone) {
  PutCatalog(SampleCatalog());
  const int64_t version = Version();
  Put(MakeUser("alice"));
  Put(MakeUser("alice", Role::kAdmin));
  AddToken(MakeToken("alice", "script", 'a'));
  ASSERT_OK(Accounts().RevokeToken(1, "2026-02-01T00:00:00Z", Event("token_revoked", "token 1")));
  ASSERT_OK(Accounts().RecordEvent(Event("login", "alice")));
  EXPECT_EQ(Version(), version);
  // ... and the data writes do not disturb the accounts.
  PutValuesAndCommit({Value("mt_patients", "2018", "NO-HV", 456)}, Source("npr.csv"));
  EXPECT_TRUE(Find("alice").has_value());
  EXPECT_EQ(Events().size(), 5u);
}

INSTANTIATE_TEST_SUITE_P(AllBackends, AccountContractTest, ::testing::ValuesIn(StoreBackends()),
                         [](const ::testing::TestParamInfo<StoreBackend>& info) { return info.param.name; });

}  // namespace
}  // namespace polyfon::store::testing
