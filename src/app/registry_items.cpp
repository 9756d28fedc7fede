#include "app/registry_items.hpp"

#include <vector>

#include "app/upsert_by_code.hpp"

namespace polyfon::app {

namespace {

template <typename T>
const T* FindByCode(const std::vector<T>& items, const std::string& code) {
  for (const T& item : items) {
    if (item.code == code) return &item;
  }
  return nullptr;
}

core::Status WithFile(const std::string& file_name, const core::Status& status) {
  if (status.ok()) return status;
  return core::Status::InvalidArgument(file_name + ": " + status.message());
}

// True if `participant` is one of the reporter's own: tied to one of its writable org units.
bool IsOwn(const std::string& participant, const core::CatalogIndex& catalog, const std::set<std::string>& writable) {
  const core::Participant* found = participant.empty() ? nullptr : catalog.FindParticipant(participant);
  return found != nullptr && !found->org_unit.empty() && writable.contains(found->org_unit);
}

// The reporter check for one activity or plan item: `who` is its organiser or responsible
// participant, `stored_who` that of the stored item it replaces (nullptr when new).
core::Status CheckOwn(const std::string& file_name, const std::string& item, const char* field, const std::string& who,
                      const std::string* stored_who, const core::CatalogIndex& catalog,
                      const std::set<std::string>& writable) {
  if (!IsOwn(who, catalog, writable)) {
    return core::Status::PermissionDenied(
        file_name + ": " + item + ": " + field + " '" + who +
        "' is not a participant of your own org units; with this role activities and plan items may be "
        "written for your own participants only, and nothing was written");
  }
  if (stored_who != nullptr && !IsOwn(*stored_who, catalog, writable)) {
    return core::Status::PermissionDenied(file_name + ": " + item + " is stored for '" + *stored_who +
                                          "', not one of your own participants; nothing was written");
  }
  return core::Status::Ok();
}

}  // namespace

bool IsEmpty(const core::ClusterRegistry& items) {
  return items.bodies.empty() && items.activities.empty() && items.goals.empty() && items.plan_items.empty();
}

void MergeIntoRegistry(const core::ClusterRegistry& items, core::ClusterRegistry& registry) {
  UpsertByCode(items.bodies, registry.bodies);
  UpsertByCode(items.activities, registry.activities);
  UpsertByCode(items.goals, registry.goals);
  UpsertByCode(items.plan_items, registry.plan_items);
}

core::Status ValidateRegistryItems(const std::string& file_name, const core::ClusterRegistry& items,
                                   const core::ClusterRegistry& merged, const core::CatalogIndex& catalog) {
  for (const core::GovernanceBody& body : items.bodies) {
    POLYFON_RETURN_IF_ERROR(WithFile(file_name, core::ValidateBody(body, catalog)));
  }
  for (const core::Activity& activity : items.activities) {
    POLYFON_RETURN_IF_ERROR(WithFile(file_name, core::ValidateActivity(activity, catalog)));
  }
  for (const core::Goal& goal : items.goals) {
    POLYFON_RETURN_IF_ERROR(WithFile(file_name, core::ValidateGoal(goal, merged, catalog)));
  }
  for (const core::PlanItem& item : items.plan_items) {
    POLYFON_RETURN_IF_ERROR(WithFile(file_name, core::ValidatePlanItem(item, merged, catalog)));
  }
  // The items are valid one by one; what is left is what only the whole shows, a goal that is
  // its own ancestor. The stored items passed this when they were written.
  if (!items.goals.empty()) POLYFON_RETURN_IF_ERROR(WithFile(file_name, core::ValidateRegistry(merged, catalog)));
  return core::Status::Ok();
}

core::Status CheckRegistryWritable(const std::string& file_name, const core::ClusterRegistry& items,
                                   const core::ClusterRegistry& stored, const core::CatalogIndex& catalog,
                                   const std::set<std::string>& writable) {
  if (!items.bodies.empty() || !items.goals.empty()) {
    return core::Status::PermissionDenied(file_name +
                                          ": with this role governance bodies and goals may not be written; nothing was written");
  }
  for (const core::Activity& activity : items.activities) {
    const core::Activity* old = FindByCode(stored.activities, activity.code);
    POLYFON_RETURN_IF_ERROR(CheckOwn(file_name, "activity '" + activity.code + "'", "organiser", activity.organiser,
                                     old ? &old->organiser : nullptr, catalog, writable));
  }
  for (const core::PlanItem& item : items.plan_items) {
    const core::PlanItem* old = FindByCode(stored.plan_items, item.code);
    POLYFON_RETURN_IF_ERROR(CheckOwn(file_name, "plan item '" + item.code + "'", "responsible", item.responsible,
                                     old ? &old->responsible : nullptr, catalog, writable));
  }
  return core::Status::Ok();
}

core::Status WriteRegistryItems(core::StoreWriter& writer, const core::ClusterRegistry& items,
                                core::WriteCounts& counts) {
  const auto add = [&](const core::Result<core::Change>& change) {
    if (change) counts.Add(*change);
    return change.status();
  };
  for (const core::GovernanceBody& body : items.bodies) POLYFON_RETURN_IF_ERROR(add(writer.PutBody(body)));
  for (const core::Activity& activity : items.activities) POLYFON_RETURN_IF_ERROR(add(writer.PutActivity(activity)));
  // Parents before children, in case a store checks a goal's parent when it is put: each round
  // writes the goals whose parent is not waiting to be written. Validation ruled out cycles.
  std::vector<const core::Goal*> waiting;
  for (const core::Goal& goal : items.goals) waiting.push_back(&goal);
  while (!waiting.empty()) {
    std::vector<const core::Goal*> later;
    for (const core::Goal* goal : waiting) {
      const bool parent_waits = std::any_of(waiting.begin(), waiting.end(),
                                            [&](const core::Goal* other) { return other->code == goal->parent; });
      if (parent_waits) {
        later.push_back(goal);
      } else {
        POLYFON_RETURN_IF_ERROR(add(writer.PutGoal(*goal)));
      }
    }
    if (later.size() == waiting.size()) {
      return core::Status::Internal("goal '" + later.front()->code + "' and its ancestors form a cycle");
    }
    waiting = std::move(later);
  }
  for (const core::PlanItem& item : items.plan_items) POLYFON_RETURN_IF_ERROR(add(writer.PutPlanItem(item)));
  return core::Status::Ok();
}

}  // namespace polyfon::app
