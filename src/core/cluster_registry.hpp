#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/action_plan.hpp"
#include "core/activity.hpp"
#include "core/catalog.hpp"
#include "core/goal.hpp"
#include "core/governance.hpp"
#include "core/status.hpp"

namespace polyfon::core {

// How the cluster runs itself, beside the catalog's participants: its bodies, activities, goals
// and plans. Small (hundreds of rows), so it is loaded whole, each list sorted by code.
struct ClusterRegistry {
  std::vector<GovernanceBody> bodies;
  std::vector<Activity> activities;
  std::vector<Goal> goals;
  std::vector<PlanItem> plan_items;

  bool operator==(const ClusterRegistry&) const = default;
};

// The four kinds of registry item, each keyed by its code.
enum class RegistryKind { kBody, kActivity, kGoal, kPlanItem };

const char* RegistryKindName(RegistryKind kind);  // "body", "activity", "goal", "plan_item"
std::optional<RegistryKind> ParseRegistryKind(std::string_view name);

// Checks one item against the catalog and the rest of the registry: a code of letters, digits,
// '_', '-' and '.'; participants, org units, indicators and elements that exist; a goal's parent
// that exists (or is empty for "main" only); a plan item's goal that exists; terms that end no
// earlier than they start. The message names the item and the field.
Status ValidateBody(const GovernanceBody& body, const CatalogIndex& catalog);
Status ValidateActivity(const Activity& activity, const CatalogIndex& catalog);
Status ValidateGoal(const Goal& goal, const ClusterRegistry& registry, const CatalogIndex& catalog);
Status ValidatePlanItem(const PlanItem& item, const ClusterRegistry& registry, const CatalogIndex& catalog);

// Every item of `registry` as above, and no goal its own ancestor.
Status ValidateRegistry(const ClusterRegistry& registry, const CatalogIndex& catalog);

const Goal* FindGoal(const ClusterRegistry& registry, std::string_view code);

}  // namespace polyfon::core
