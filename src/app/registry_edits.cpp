#include "app/registry_edits.hpp"

#include <memory>

#include "app/registry_items.hpp"

namespace polyfon::app {

namespace {

// Coordinators pass; a reporter passes CheckRegistryWritable; everyone else is refused.
core::Status CheckMayEdit(const core::Principal& principal, const std::string& source,
                          const core::ClusterRegistry& items, const core::ClusterRegistry& stored,
                          const core::Catalog& catalog) {
  if (principal.HasRole(core::Role::kCoordinator)) return core::Status::Ok();
  if (principal.role != core::Role::kReporter) {
    return core::Status::PermissionDenied("only reporters, coordinators and admins edit the cluster registry");
  }
  const core::CatalogIndex index(catalog);
  return CheckRegistryWritable(source, items, stored, index, core::OwnUnits(principal, catalog));
}

// The stored item of `kind` and `code` alone in a registry, or kNotFound.
core::Result<core::ClusterRegistry> StoredItem(const core::ClusterRegistry& stored, core::RegistryKind kind,
                                               const std::string& code) {
  core::ClusterRegistry item;
  auto pick = [&code](const auto& list, auto& out) {
    for (const auto& entry : list) {
      if (entry.code == code) out.push_back(entry);
    }
  };
  switch (kind) {
    case core::RegistryKind::kBody: pick(stored.bodies, item.bodies); break;
    case core::RegistryKind::kActivity: pick(stored.activities, item.activities); break;
    case core::RegistryKind::kGoal: pick(stored.goals, item.goals); break;
    case core::RegistryKind::kPlanItem: pick(stored.plan_items, item.plan_items); break;
  }
  if (IsEmpty(item)) {
    return core::Status::NotFound(std::string("no ") + core::RegistryKindName(kind) + " '" + code + "'");
  }
  return item;
}

core::Status CheckGoalUnused(const core::ClusterRegistry& stored, const std::string& code) {
  for (const core::Goal& goal : stored.goals) {
    if (goal.parent == code) return core::Status::Conflict("goal '" + goal.code + "' is a sub-goal of goal '" + code + "'");
  }
  for (const core::PlanItem& item : stored.plan_items) {
    if (item.goal == code) return core::Status::Conflict("plan item '" + item.code + "' serves goal '" + code + "'");
  }
  return core::Status::Ok();
}

}  // namespace

core::Result<core::Change> SaveRegistryItem(core::Store& store, const core::Principal& principal,
                                            const core::ClusterRegistry& item, const std::string& source) {
  POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
  POLYFON_ASSIGN_OR_RETURN(const core::ClusterRegistry stored, store.LoadRegistry());
  POLYFON_RETURN_IF_ERROR(CheckMayEdit(principal, source, item, stored, catalog));
  core::ClusterRegistry merged = stored;
  MergeIntoRegistry(item, merged);
  const core::CatalogIndex index(catalog);
  POLYFON_RETURN_IF_ERROR(ValidateRegistryItems(source, item, merged, index));
  POLYFON_ASSIGN_OR_RETURN(std::unique_ptr<core::StoreWriter> writer, store.BeginWrite());
  core::WriteCounts counts;
  POLYFON_RETURN_IF_ERROR(WriteRegistryItems(*writer, item, counts));
  POLYFON_RETURN_IF_ERROR(writer->Commit());
  if (counts.inserted > 0) return core::Change::kInserted;
  return counts.updated > 0 ? core::Change::kUpdated : core::Change::kUnchanged;
}

core::Status RemoveRegistryItem(core::Store& store, const core::Principal& principal, core::RegistryKind kind,
                                const std::string& code) {
  const bool coordinators_only = kind == core::RegistryKind::kBody || kind == core::RegistryKind::kGoal;
  if (coordinators_only && !principal.HasRole(core::Role::kCoordinator)) {
    return core::Status::PermissionDenied("only coordinators and admins edit governance bodies and goals");
  }
  POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
  POLYFON_ASSIGN_OR_RETURN(const core::ClusterRegistry stored, store.LoadRegistry());
  POLYFON_ASSIGN_OR_RETURN(const core::ClusterRegistry item, StoredItem(stored, kind, code));
  POLYFON_RETURN_IF_ERROR(CheckMayEdit(principal, "delete", item, stored, catalog));
  if (kind == core::RegistryKind::kGoal) POLYFON_RETURN_IF_ERROR(CheckGoalUnused(stored, code));
  POLYFON_ASSIGN_OR_RETURN(std::unique_ptr<core::StoreWriter> writer, store.BeginWrite());
  POLYFON_RETURN_IF_ERROR(writer->DeleteRegistryItem(kind, code));
  return writer->Commit();
}

core::Result<core::Change> SetParticipantContact(core::Store& store, const core::Principal& principal,
                                                 const std::string& participant, const std::string& contact) {
  POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
  const core::CatalogIndex index(catalog);
  const core::Participant* found = index.FindParticipant(participant);
  if (found == nullptr) return core::Status::NotFound("no participant '" + participant + "'");
  if (!principal.HasRole(core::Role::kCoordinator)) {
    bool own = principal.role == core::Role::kReporter && !found->org_unit.empty() &&
               core::OwnUnits(principal, catalog).count(found->org_unit) > 0;
    if (!own) {
      return core::Status::PermissionDenied("only the participant's own reporters and coordinators change its contact person");
    }
  }
  if (contact.size() > 200) return core::Status::InvalidArgument("contact: at most 200 characters");
  core::Participant changed = *found;
  changed.contact = contact;
  POLYFON_ASSIGN_OR_RETURN(std::unique_ptr<core::StoreWriter> writer, store.BeginWrite());
  POLYFON_ASSIGN_OR_RETURN(const core::Change change, writer->PutParticipant(changed));
  POLYFON_RETURN_IF_ERROR(writer->Commit());
  return change;
}

}  // namespace polyfon::app
