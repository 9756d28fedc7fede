#pragma once

#include <set>
#include <string>

#include "core/catalog.hpp"
#include "core/cluster_registry.hpp"
#include "core/status.hpp"
#include "core/store.hpp"

namespace polyfon::app {

// The cluster registry's items (bodies, activities, goals, plan items) on their way into a store,
// shared by file imports and the web API's single-item writes.

// True if `items` holds no item of any kind.
bool IsEmpty(const core::ClusterRegistry& items);

// Adds `items` to `registry` as the store will hold them once written: an item replaces the one
// with the same code, others are appended.
void MergeIntoRegistry(const core::ClusterRegistry& items, core::ClusterRegistry& registry);

// Checks each of `items` with core's Validate* functions against `catalog` and `merged` (the
// stored registry with `items` and any earlier file's merged in: a goal's parent or a plan item's
// goal may come from either), then that no goal of `merged` is its own ancestor. Fails with
// kInvalidArgument "FILE: goal '3a': parent: unknown goal '3'" for the first problem.
core::Status ValidateRegistryItems(const std::string& file_name, const core::ClusterRegistry& items,
                                   const core::ClusterRegistry& merged, const core::CatalogIndex& catalog);

// A reporter's registry items (ImportRequest::writable_org_units): activities and plan items of its
// own participants only, those whose org unit is among `writable`; the same holds for the stored
// item an item replaces, so a reporter cannot take over another participant's. Bodies and goals are
// the coordinator's. Fails with kPermissionDenied naming the file and the item.
core::Status CheckRegistryWritable(const std::string& file_name, const core::ClusterRegistry& items,
                                   const core::ClusterRegistry& stored, const core::CatalogIndex& catalog,
                                   const std::set<std::string>& writable);

// Puts every item of `items` with the StoreWriter's registry methods, goals parents first, and
// adds each change to `counts`. Returns the first store error.
// REQUIRES: the items passed ValidateRegistryItems.
core::Status WriteRegistryItems(core::StoreWriter& writer, const core::ClusterRegistry& items,
                                core::WriteCounts& counts);

}  // namespace polyfon::app
