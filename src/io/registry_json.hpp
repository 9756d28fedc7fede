#pragma once

#include <string>
#include <string_view>

#include "core/cluster_registry.hpp"
#include "core/status.hpp"

namespace polyfon::io {

// The cluster registry as one JSON document (docs/formats/registry.md), the same for import, the
// web API and the report's snapshot:
//   {"bodies":[...], "activities":[...], "goals":[...], "planItems":[...]}
// Every top-level key is optional. A single item is the object that stands in its list.

// The whole registry: bodies, activities and plan items sorted by code, goals in GoalCodeLess order
// ("main", 1, 2, 3a, ...); members, indicators and targets in the order they have. Every key of
// every object is written (absent optional values as null, empty texts as ""), in the order of the
// spec, without spaces, so equal registries give byte-for-byte equal documents (the annual
// report hashes them). Texts that are not valid UTF-8 are written with U+FFFD.
std::string RenderRegistryJson(const core::ClusterRegistry& registry);

// One item, as the object it is inside RenderRegistryJson's document.
std::string RenderBodyJson(const core::GovernanceBody& body);
std::string RenderActivityJson(const core::Activity& activity);
std::string RenderGoalJson(const core::Goal& goal);
std::string RenderPlanItemJson(const core::PlanItem& item);

// Reads a registry document. Checks its structure only: JSON types, known keys (unknown ones are
// errors, so a misspelt field is not silently lost), required fields, enum names, dates
// (YYYY-MM-DD), measures (core::ParseMeasure) and codes unique within each list. Codes and
// references are left to core::ValidateRegistry and its kind, which need the catalog.
// Fails with kInvalidArgument: malformed JSON as "FILE:LINE:COLUMN: what the parser found", other
// problems as "FILE: goals[2].indicators[0].measure: what is wrong" (up to 10, list by list in the
// document's order; an object's unknown keys before its other problems).
core::Result<core::ClusterRegistry> ParseRegistryJson(std::string_view file_name, std::string_view content);

// Reads a single item of `kind`: the object alone, as RenderBodyJson etc. write it. On success the
// matching list of the result holds that one item and the others are empty, so callers can hand it
// to the same validation and writing as a document. Problems are named by field ("FILE: code:
// missing").
core::Result<core::ClusterRegistry> ParseRegistryItemJson(std::string_view file_name, std::string_view content,
                                                          core::RegistryKind kind);

}  // namespace polyfon::io
