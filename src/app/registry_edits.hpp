#pragma once

#include <string>

#include "core/cluster_registry.hpp"
#include "core/principal.hpp"
#include "core/status.hpp"
#include "core/store.hpp"

namespace polyfon::app {

// Single edits of the cluster registry from the web: who may change what is decided here.
// Coordinators and admins edit every item. A reporter edits only its own participants' data: the
// activities they organise, the plan items they are responsible for (before and after the edit;
// see CheckRegistryWritable) and their contact person. Bodies and goals are the coordinator's.
// Viewers and anonymous visitors edit nothing (kPermissionDenied).

// Saves the one item `item` holds (as io::ParseRegistryItemJson gives it), validated against the
// catalog and the stored registry. `source` names the input in messages ("request body").
core::Result<core::Change> SaveRegistryItem(core::Store& store, const core::Principal& principal,
                                            const core::ClusterRegistry& item, const std::string& source);

// Deletes an item. kNotFound for an unknown one; kConflict for a goal that another goal or a plan
// item refers to.
core::Status RemoveRegistryItem(core::Store& store, const core::Principal& principal, core::RegistryKind kind,
                                const std::string& code);

// Sets a participant's contact person. kNotFound for an unknown participant.
core::Result<core::Change> SetParticipantContact(core::Store& store, const core::Principal& principal,
                                                 const std::string& participant, const std::string& contact);

}  // namespace polyfon::app
