// Password hashing, secrets, and signing in with a password or an API token.
#include "app/sign_in.hpp"

#include <gmock/gmock.h>

#include "account_test_store.hpp"

namespace polyfon::app {
namespace {

using core::ErrorCode;
using ::testing::StartsWith;

TEST(PasswordHashTest, IsAnArgon2idStringThatVerifiesOnlyTheRightPassword) {
  const auto hash = HashPassword(kGoodPassword);
  ASSERT_TRUE(hash.has_value());
  EXPECT_THAT(*hash, StartsWith("$argon2id$"));
  EXPECT_EQ(hash->find(kGoodPassword), std::string::npos);
  EXPECT_TRUE(VerifyPassword(*hash, kGoodPassword));
  EXPECT_FALSE(VerifyPassword(*hash, "correct horse battery "));
  EXPECT_FALSE(VerifyPassword(*hash, ""));
  // A new salt each time: equal passwords do not give equal hashes.
  EXPECT_NE(*HashPassword(kGoodPassword), *hash);
}

TEST(PasswordHashTest, AnEmptyOrMalformedHashVerifiesNothing) {
  EXPECT_FALSE(VerifyPassword("", ""));
  EXPECT_FALSE(VerifyPassword("", kGoodPassword));
  EXPECT_FALSE(VerifyPassword("$argon2id$garbage", kGoodPassword));
  EXPECT_FALSE(VerifyPassword(std::string(1000, '$'), kGoodPassword));
}

TEST(SecretTest, IsFortyThreeUrlSafeCharactersAndNeverTheSame) {
  const std::string first = NewSecret();
  const std::string second = NewSecret();
  EXPECT_EQ(first.size(), 43u);
  EXPECT_EQ(second.size(), 43u);
  for (const char c : first + second) {
    EXPECT_TRUE((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')
        << "'" << c << "' in " << first << " / " << second;
  }
  EXPECT_NE(first, second);
}

TEST(SecretTest, IsKeptAsItsLowerCaseHexSha256) {
  // FIPS 180-2's example.
  EXPECT_EQ(SecretHash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

using CheckPasswordTest = AccountTest;

TEST_F(CheckPasswordTest, TheRightPasswordSignsIn) {
  Add("alice", core::Role::kReporter, {"NO-HV"});
  const auto user = CheckPassword(store(), "alice", kGoodPassword);
  ASSERT_TRUE(user.has_value()) << user.status().ToString();
  EXPECT_EQ(user->name, "alice");
  EXPECT_EQ(user->role, core::Role::kReporter);
  EXPECT_EQ(user->org_units, std::vector<std::string>{"NO-HV"});
}

TEST_F(CheckPasswordTest, AWrongPasswordAnUnknownNameAndADisabledUserFailAlike) {
  Add("alice");
  Add("bob");
  ASSERT_TRUE(SetDisabled(store(), "bob", true, "cli").ok());
  const auto wrong = CheckPassword(store(), "alice", "wrong password");
  const auto unknown = CheckPassword(store(), "carol", kGoodPassword);
  const auto disabled = CheckPassword(store(), "bob", kGoodPassword);
  const auto other_case = CheckPassword(store(), "Alice", kGoodPassword);
  for (const auto* result : {&wrong, &unknown, &disabled, &other_case}) {
    ASSERT_FALSE(result->has_value());
    EXPECT_EQ(result->error().code(), ErrorCode::kUnauthenticated);
    EXPECT_EQ(result->error().message(), "wrong user name or password");
  }
}

TEST_F(CheckPasswordTest, SigningInRecordsNothing) {
  Add("alice");
  const size_t events = Events().size();
  ASSERT_TRUE(CheckPassword(store(), "alice", kGoodPassword).has_value());
  ASSERT_FALSE(CheckPassword(store(), "alice", "wrong password").has_value());
  EXPECT_EQ(Events().size(), events);  // the caller logs, with the client's address
}

using CheckTokenTest = AccountTest;

TEST_F(CheckTokenTest, ATokenWorksUntilItIsRevoked) {
  Add("alice", core::Role::kCoordinator);
  const auto created = CreateToken(store(), "alice", "nightly import", "alice");
  ASSERT_TRUE(created.has_value()) << created.status().ToString();
  const auto user = CheckToken(store(), created->secret);
  ASSERT_TRUE(user.has_value()) << user.status().ToString();
  EXPECT_EQ(user->name, "alice");
  EXPECT_EQ(user->role, core::Role::kCoordinator);

  ASSERT_TRUE(RevokeToken(store(), created->token.id, "alice", "alice").ok());
  const auto revoked = CheckToken(store(), created->secret);
  ASSERT_FALSE(revoked.has_value());
  EXPECT_EQ(revoked.error().code(), ErrorCode::kUnauthenticated);
  EXPECT_EQ(revoked.error().message(), "invalid or revoked API token");
}

TEST_F(CheckTokenTest, TheTokenOfADisabledUserStopsWorkingAndWorksAgainWhenEnabled) {
  Add("alice");
  const auto created = CreateToken(store(), "alice", "script", "cli");
  ASSERT_TRUE(created.has_value());
  ASSERT_TRUE(SetDisabled(store(), "alice", true, "cli").ok());
  const auto disabled = CheckToken(store(), created->secret);
  ASSERT_FALSE(disabled.has_value());
  EXPECT_EQ(disabled.error().code(), ErrorCode::kUnauthenticated);
  EXPECT_EQ(disabled.error().message(), "invalid or revoked API token");
  ASSERT_TRUE(SetDisabled(store(), "alice", false, "cli").ok());
  EXPECT_TRUE(CheckToken(store(), created->secret).has_value());
}

TEST_F(CheckTokenTest, AnUnknownOrEmptyOrAlteredSecretFails) {
  Add("alice");
  const auto created = CreateToken(store(), "alice", "script", "cli");
  ASSERT_TRUE(created.has_value());
  std::string altered = created->secret;
  altered.back() = altered.back() == 'A' ? 'B' : 'A';
  for (const std::string& secret : {std::string(), altered, "pf_" + NewSecret(), created->token.hash}) {
    const auto user = CheckToken(store(), secret);
    ASSERT_FALSE(user.has_value()) << secret;
    EXPECT_EQ(user.error().code(), ErrorCode::kUnauthenticated);
  }
}

}  // namespace
}  // namespace polyfon::app
