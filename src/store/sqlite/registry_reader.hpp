#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/cluster_registry.hpp"
#include "core/status.hpp"
#include "store/sqlite/connection.hpp"

namespace polyfon::store::sqlite {

// Reads the registry tables (migration 5) back into core types, sorted by code; a body's members,
// a goal's indicators and their targets come in their stored order. With a `code` each function
// returns at most the item with that code, which is how a writer compares a put with what is
// stored. A stored enum name, date or measure that core cannot parse is kCorruption naming the
// item. Each function runs within the caller's transaction, if any.
core::Result<std::vector<core::GovernanceBody>> ReadBodies(Connection& connection,
                                                           std::optional<std::string_view> code = std::nullopt);
core::Result<std::vector<core::Activity>> ReadActivities(Connection& connection,
                                                         std::optional<std::string_view> code = std::nullopt);
core::Result<std::vector<core::Goal>> ReadGoals(Connection& connection,
                                                std::optional<std::string_view> code = std::nullopt);
core::Result<std::vector<core::PlanItem>> ReadPlanItems(Connection& connection,
                                                        std::optional<std::string_view> code = std::nullopt);

// The whole registry. REQUIRES: a transaction is open, so the lists are one consistent snapshot.
core::Result<core::ClusterRegistry> ReadRegistry(Connection& connection);

}  // namespace polyfon::store::sqlite
