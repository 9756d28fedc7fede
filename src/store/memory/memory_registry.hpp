#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "core/store.hpp"

namespace polyfon::store::memory {

// The registry part of a memory store's state, with the SQLite store's semantics: items keyed by
// code and kept sorted by it (std::string orders bytes as SQLite's BINARY collation does), a
// body's members in canonical order, an identical put kUnchanged. A plain value, copied with the
// rest of the state, so a writer's rollback is dropping its copy. Each put and delete checks
// before it changes anything.
class MemoryRegistry {
 public:
  core::Result<core::Change> PutBody(const core::GovernanceBody& body);
  core::Result<core::Change> PutActivity(const core::Activity& activity);
  core::Result<core::Change> PutGoal(const core::Goal& goal);
  core::Result<core::Change> PutPlanItem(const core::PlanItem& item);
  // kNotFound (store/registry_checks.hpp) when there is no such item.
  core::Status Delete(core::RegistryKind kind, std::string_view code);

  // Every list sorted by code.
  core::ClusterRegistry Registry() const;

 private:
  template <typename T>
  using ByCode = std::map<std::string, T, std::less<>>;

  ByCode<core::GovernanceBody> bodies_;
  ByCode<core::Activity> activities_;
  ByCode<core::Goal> goals_;
  ByCode<core::PlanItem> plan_items_;
};

}  // namespace polyfon::store::memory
