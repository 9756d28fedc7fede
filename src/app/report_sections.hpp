#pragma once

#include <nlohmann/json.hpp>

#include "app/report_snapshot.hpp"
#include "core/catalog.hpp"
#include "core/cluster_registry.hpp"

namespace polyfon::app::report_sections {

// The parts of the report snapshot (report_snapshot.hpp) that come from the registry, each a JSON
// value ready to be put under its key. `as_of` is the snapshot's day.
nlohmann::json Membership(const core::Catalog& catalog, const ReportRequest& request);
nlohmann::json Coverage(const core::CatalogIndex& index, const ReportRequest& request);
nlohmann::json Activities(const core::ClusterRegistry& registry, const ReportRequest& request);
nlohmann::json Plan(const core::ClusterRegistry& registry, const ReportRequest& request, const core::Date& as_of);
nlohmann::json Bodies(const core::ClusterRegistry& registry, const ReportRequest& request);

}  // namespace polyfon::app::report_sections
