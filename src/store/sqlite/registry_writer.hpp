#pragma once

#include <string_view>

#include "core/cluster_registry.hpp"
#include "core/status.hpp"
#include "store/sqlite/connection.hpp"

namespace polyfon::store::sqlite {

// Writes one registry item (migration 5's tables) as a whole: the stored item with that code, if
// any, is deleted with its child rows (ON DELETE CASCADE), and the item is inserted with its own,
// so a put replaces members, indicators and targets rather than adding to them. The caller has
// decided the item differs from what is stored (registry_reader.hpp) and, for a body, put its
// members in canonical order (store/registry_checks.hpp). REQUIRES: a write transaction is open;
// after a failure it must be rolled back, as the item may be half written.
core::Status WriteBody(Connection& connection, const core::GovernanceBody& body);
core::Status WriteActivity(Connection& connection, const core::Activity& activity);
core::Status WriteGoal(Connection& connection, const core::Goal& goal);
core::Status WritePlanItem(Connection& connection, const core::PlanItem& item);

// Deletes the item of `kind` with `code` and its child rows: true if there was one, false (and
// nothing written) if not. REQUIRES: a write transaction is open.
core::Result<bool> DeleteItem(Connection& connection, core::RegistryKind kind, std::string_view code);

}  // namespace polyfon::store::sqlite
