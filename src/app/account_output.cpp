#include "app/account_output.hpp"

#include <nlohmann/json.hpp>

#include "app/text_table.hpp"

namespace polyfon::app {

namespace {

using Json = nlohmann::ordered_json;

std::string Dump(const Json& json) {
  // Names and labels came through the command line or the API; replacing keeps a bad byte from throwing.
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ",") + item;
  return out;
}

}  // namespace

std::string RoleText(core::Role role, const std::vector<std::string>& org_units) {
  std::string text(core::RoleName(role));
  if (!org_units.empty()) text += " " + Joined(org_units);
  return text;
}

std::string RenderUsersTable(const std::vector<core::User>& users) {
  std::vector<std::vector<std::string>> rows = {{"name", "role", "org units", "disabled", "created"}};
  for (const core::User& user : users) {
    rows.push_back({user.name, std::string(core::RoleName(user.role)), Joined(user.org_units),
                    user.disabled ? "yes" : "", user.created_at});
  }
  return AlignColumns(rows, {false, false, false, false, false});
}

std::string RenderUsersJson(const std::vector<core::User>& users) {
  Json items = Json::array();
  for (const core::User& user : users) {
    items.push_back({{"name", user.name},
                     {"role", core::RoleName(user.role)},
                     {"org_units", user.org_units},
                     {"disabled", user.disabled},
                     {"created_at", user.created_at}});
  }
  return Dump(Json{{"users", std::move(items)}});
}

std::string RenderTokensTable(const std::vector<core::ApiToken>& tokens) {
  std::vector<std::vector<std::string>> rows = {{"id", "user", "label", "created", "revoked"}};
  for (const core::ApiToken& token : tokens) {
    rows.push_back({std::to_string(token.id), token.user, token.label, token.created_at, token.revoked_at});
  }
  return AlignColumns(rows, {true, false, false, false, false});
}

std::string RenderTokensJson(const std::vector<core::ApiToken>& tokens) {
  Json items = Json::array();
  for (const core::ApiToken& token : tokens) {
    items.push_back({{"id", token.id},
                     {"user", token.user},
                     {"label", token.label},
                     {"created_at", token.created_at},
                     {"revoked_at", token.revoked_at.empty() ? Json() : Json(token.revoked_at)}});
  }
  return Dump(Json{{"tokens", std::move(items)}});
}

std::string RenderAccountEventsTable(const std::vector<core::AccountEvent>& events) {
  std::vector<std::vector<std::string>> rows = {{"id", "at", "actor", "action", "subject", "detail"}};
  for (const core::AccountEvent& e : events) {
    rows.push_back({std::to_string(e.id), e.at, e.actor.empty() ? "-" : e.actor, e.action, e.subject, e.detail});
  }
  return AlignColumns(rows, {true, false, false, false, false, false});
}

std::string RenderAccountEventsJson(const std::vector<core::AccountEvent>& events) {
  Json items = Json::array();
  for (const core::AccountEvent& e : events) {
    items.push_back({{"id", e.id},
                     {"at", e.at},
                     {"actor", e.actor},
                     {"action", e.action},
                     {"subject", e.subject},
                     {"detail", e.detail}});
  }
  return Dump(Json{{"events", std::move(items)}});
}

}  // namespace polyfon::app
