#include "store/memory/memory_registry.hpp"

#include <vector>

#include "store/registry_checks.hpp"

namespace polyfon::store::memory {

using core::Change;
using core::Result;
using core::Status;

namespace {

// Upserts `item` into `table` by code, after the same code check the SQLite store makes.
template <typename T>
Result<Change> Put(std::map<std::string, T, std::less<>>& table, core::RegistryKind kind, const T& item) {
  POLYFON_RETURN_IF_ERROR(CheckCode(core::RegistryKindName(kind), item.code));
  auto [it, inserted] = table.try_emplace(item.code, item);
  if (inserted) return Change::kInserted;
  if (it->second == item) return Change::kUnchanged;
  it->second = item;
  return Change::kUpdated;
}

template <typename T>
Status Erase(std::map<std::string, T, std::less<>>& table, core::RegistryKind kind, std::string_view code) {
  auto it = table.find(code);
  if (it == table.end()) return NotInRegistry(kind, code);
  table.erase(it);
  return Status::Ok();
}

template <typename T>
std::vector<T> Values(const std::map<std::string, T, std::less<>>& table) {
  std::vector<T> out;
  out.reserve(table.size());
  for (const auto& [code, item] : table) out.push_back(item);
  return out;
}

}  // namespace

Result<Change> MemoryRegistry::PutBody(const core::GovernanceBody& body) {
  return Put(bodies_, core::RegistryKind::kBody, CanonicalBody(body));
}

Result<Change> MemoryRegistry::PutActivity(const core::Activity& activity) {
  return Put(activities_, core::RegistryKind::kActivity, activity);
}

Result<Change> MemoryRegistry::PutGoal(const core::Goal& goal) {
  POLYFON_RETURN_IF_ERROR(CheckTargets(goal));
  return Put(goals_, core::RegistryKind::kGoal, goal);
}

Result<Change> MemoryRegistry::PutPlanItem(const core::PlanItem& item) {
  return Put(plan_items_, core::RegistryKind::kPlanItem, item);
}

Status MemoryRegistry::Delete(core::RegistryKind kind, std::string_view code) {
  switch (kind) {
    case core::RegistryKind::kBody:
      return Erase(bodies_, kind, code);
    case core::RegistryKind::kActivity:
      return Erase(activities_, kind, code);
    case core::RegistryKind::kGoal:
      return Erase(goals_, kind, code);
    case core::RegistryKind::kPlanItem:
      return Erase(plan_items_, kind, code);
  }
  return NotInRegistry(kind, code);  // unreachable: the switch covers every kind
}

core::ClusterRegistry MemoryRegistry::Registry() const {
  return {.bodies = Values(bodies_),
          .activities = Values(activities_),
          .goals = Values(goals_),
          .plan_items = Values(plan_items_)};
}

}  // namespace polyfon::store::memory
