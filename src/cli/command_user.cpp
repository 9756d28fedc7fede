// `polyfon user ...`: users, their API tokens and the account log.
#include <iostream>

#include "app/account_output.hpp"
#include "app/accounts.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/read_password.hpp"
#include "cli/report_error.hpp"
#include "core/text.hpp"

namespace polyfon::cli {

namespace {

// Who the account log names for changes made here.
constexpr std::string_view kActor = "cli";

int Add(core::Store& store, const UserArgs& args, core::Role role) {
  auto password = ReadNewPassword();
  if (!password) return ReportError("user add", password.error());
  auto user = app::AddUser(
      store, {.name = args.name, .role = role, .org_units = core::SplitList(args.org_units), .password = *password},
      kActor);
  if (!user) return ReportError("user add", user.error());
  std::cout << "user " << user->name << " added: " << app::RoleText(user->role, user->org_units) << "\n";
  return kExitOk;
}

int Passwd(core::Store& store, const UserArgs& args) {
  auto password = ReadNewPassword();
  if (!password) return ReportError("user passwd", password.error());
  const core::Status status = app::ChangePassword(store, args.name, *password, kActor);
  if (!status.ok()) return ReportError("user passwd", status);
  std::cout << "password of " << args.name << " changed\n";
  return kExitOk;
}

int Role(core::Store& store, const UserArgs& args, core::Role role) {
  const std::vector<std::string> units = core::SplitList(args.org_units);
  const core::Status status = app::ChangeRole(store, args.name, role, units, kActor);
  if (!status.ok()) return ReportError("user role", status);
  // As stored: the use case drops repeated org units.
  auto user = store.Accounts().FindUser(args.name);
  if (!user) return ReportError("user role", user.error());
  if (*user) std::cout << "user " << args.name << " is " << app::RoleText((*user)->role, (*user)->org_units) << "\n";
  return kExitOk;
}

int SetDisabled(core::Store& store, const UserArgs& args, bool disabled) {
  const char* command = disabled ? "user disable" : "user enable";
  const core::Status status = app::SetDisabled(store, args.name, disabled, kActor);
  if (!status.ok()) return ReportError(command, status);
  std::cout << "user " << args.name
            << (disabled ? " is disabled: it cannot sign in and its API tokens do not work\n" : " is enabled\n");
  return kExitOk;
}

int List(core::Store& store, const UserArgs& args) {
  auto users = store.Accounts().LoadUsers();
  if (!users) return ReportError("user list", users.error());
  if (args.format == "json") {
    std::cout << app::RenderUsersJson(*users) << "\n";
  } else {
    std::cout << app::RenderUsersTable(*users);
  }
  return kExitOk;
}

int TokenAdd(core::Store& store, const UserArgs& args) {
  auto created = app::CreateToken(store, args.name, args.label, kActor);
  if (!created) return ReportError("user token add", created.error());
  // The secret alone on standard output, so that a script can capture it; the note goes to the
  // person at the terminal.
  std::cout << created->secret << "\n";
  std::cerr << "API token " << created->token.id << " of " << created->token.user << " (" << created->token.label
            << "): copy it now, it will not be shown again\n";
  return kExitOk;
}

int TokenList(core::Store& store, const UserArgs& args) {
  if (!args.name.empty()) {
    auto user = store.Accounts().FindUser(args.name);
    if (!user) return ReportError("user token list", user.error());
    if (!*user)
      return ReportError("user token list", core::Status::NotFound("user '" + args.name + "' does not exist"));
  }
  auto tokens = store.Accounts().LoadTokens(args.name);
  if (!tokens) return ReportError("user token list", tokens.error());
  if (args.format == "json") {
    std::cout << app::RenderTokensJson(*tokens) << "\n";
  } else {
    std::cout << app::RenderTokensTable(*tokens);
  }
  return kExitOk;
}

int TokenRevoke(core::Store& store, const UserArgs& args) {
  const core::Status status = app::RevokeToken(store, args.token, "", kActor);
  if (!status.ok()) return ReportError("user token revoke", status);
  std::cout << "API token " << args.token << " revoked\n";
  return kExitOk;
}

int Log(core::Store& store, const UserArgs& args) {
  auto events = store.Accounts().LoadEvents(args.limit);
  if (!events) return ReportError("user log", events.error());
  if (args.format == "json") {
    std::cout << app::RenderAccountEventsJson(*events) << "\n";
  } else {
    std::cout << app::RenderAccountEventsTable(*events);
  }
  return kExitOk;
}

}  // namespace

int RunUser(const StoreOpener& open, const std::string& db, const UserArgs& args) {
  // A bad role is a usage error, found before anything is opened or a password asked for.
  core::Role role = core::Role::kViewer;
  if (args.action == UserAction::kAdd || args.action == UserAction::kRole) {
    auto parsed = core::ParseRole(args.role);
    if (!parsed) {
      std::cerr << "polyfon user " << (args.action == UserAction::kAdd ? "add: --role: " : "role: ")
                << parsed.error().message() << "\n";
      return kExitUsage;
    }
    role = *parsed;
  }
  auto store = open(db, OpenIntent::kExisting);
  if (!store) return ReportError("user", store.error());
  switch (args.action) {
    case UserAction::kAdd:
      return Add(**store, args, role);
    case UserAction::kPasswd:
      return Passwd(**store, args);
    case UserAction::kRole:
      return Role(**store, args, role);
    case UserAction::kDisable:
      return SetDisabled(**store, args, true);
    case UserAction::kEnable:
      return SetDisabled(**store, args, false);
    case UserAction::kList:
      return List(**store, args);
    case UserAction::kTokenAdd:
      return TokenAdd(**store, args);
    case UserAction::kTokenList:
      return TokenList(**store, args);
    case UserAction::kTokenRevoke:
      return TokenRevoke(**store, args);
    case UserAction::kLog:
      return Log(**store, args);
  }
  return kExitUsage;
}

}  // namespace polyfon::cli
