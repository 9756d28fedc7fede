#pragma once

#include <string>
#include <vector>

#include "core/account.hpp"

namespace polyfon::app {

// How users, API tokens and the account log are printed (`polyfon user list`, `user token list`,
// `user log`). Never a password hash or a token hash: what is printed may end up in a terminal's
// scrollback, a ticket or a log file.

// "viewer", or "reporter NO-HV,NO-HN" (a reporter's org units): how the account log and the
// command line write a role.
std::string RoleText(core::Role role, const std::vector<std::string>& org_units);

// name, role, org units ("NO-HV,NO-HN"), disabled ("yes" or empty), created.
std::string RenderUsersTable(const std::vector<core::User>& users);
// {"users":[{"name":..,"role":..,"org_units":[..],"disabled":false,"created_at":..}]}
std::string RenderUsersJson(const std::vector<core::User>& users);

// id, user, label, created, revoked (empty while valid).
std::string RenderTokensTable(const std::vector<core::ApiToken>& tokens);
// {"tokens":[{"id":..,"user":..,"label":..,"created_at":..,"revoked_at":null|".."}]}
std::string RenderTokensJson(const std::vector<core::ApiToken>& tokens);

// id, at, actor ("-" for an anonymous client), action, subject, detail; in the order given.
std::string RenderAccountEventsTable(const std::vector<core::AccountEvent>& events);
// {"events":[{"id":..,"at":..,"actor":..,"action":..,"subject":..,"detail":..}]}
std::string RenderAccountEventsJson(const std::vector<core::AccountEvent>& events);

}  // namespace polyfon::app
