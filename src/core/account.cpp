#include "core/account.hpp"

#include <array>
#include <utility>
#include <string>


namespace polyfon::core {

namespace {

constexpr std::array<std::pair<Role, std::string_view>, 4> kRoleNames{{
    {Role::kViewer, "viewer"},
    {Role::kReporter, "reporter"},
    {Role::kCoordinator, "coordinator"},
    {Role::kAdmin, "admin"},
}};

bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-' || c == '@';
}

}  // namespace

std::string_view RoleName(Role role) {
  for (const auto& [r, name] : kRoleNames) {
    if (r == role) return name;
  }
  return "viewer";
}

Result<Role> ParseRole(std::string_view name) {
  for (const auto& [role, role_name] : kRoleNames) {
    if (EqualsIgnoringAsciiCase(name, role_name)) return role;
  }
  return Status::InvalidArgument("role '" + std::string(name) + "' is not one of viewer, reporter, coordinator, admin");
}

Status ValidateUserName(std::string_view name) {
  if (name.empty() || name.size() > 64) {
    return Status::InvalidArgument("a user name has 1 to 64 characters; '" + std::string(name) + "' has " +
                                   std::to_string(name.size()));
  }
  for (const char c : name) {
    if (!IsNameChar(c)) {
      return Status::InvalidArgument("user name '" + std::string(name) +
                                     "' may hold only a-z, 0-9, '.', '_', '-' and '@'");
    }
  }
  return Status::Ok();
}

}  // namespace polyfon::core
