#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/catalog.hpp"
#include "core/date.hpp"
#include "core/status.hpp"
#include "core/store.hpp"

namespace polyfon::app {

// The cluster's registry as pages and the API show it, on a given day (the hierarchy and the
// memberships are dated).

struct OrgUnitSummary {
  std::string code;
  std::string name;
  std::string kind;    // core::OrgUnitKindName
  std::string parent;  // on the day; empty for a root
  std::string uid = {};  // DHIS2 uid, given or derived (core/uid.hpp)
};

struct ParticipantSummary {
  std::string code;
  std::string name;
  std::string type;
  std::string helix;  // core::HelixCategoryName
  std::string health_region;
  std::string org_unit;
  std::string status;  // on the day: core::MembershipStatusName, or empty before joining
  std::vector<core::MembershipEntry> history;
  std::string contact = {};  // the contact person
};

struct OrgUnitDetail {
  OrgUnitSummary unit;
  std::vector<OrgUnitSummary> ancestors;  // from the root down to the parent
  std::vector<OrgUnitSummary> children;
  // Participants tied to this unit, one of its descendants, or (for a health region) the region.
  std::vector<ParticipantSummary> participants;
};

std::vector<OrgUnitSummary> ListOrgUnits(const core::CatalogIndex& index, const core::Date& day);
std::vector<ParticipantSummary> ListParticipants(const core::CatalogIndex& index, const core::Date& day);
// Fails with kNotFound for an unknown code.
core::Result<OrgUnitDetail> DescribeOrgUnit(const core::CatalogIndex& index, const std::string& code,
                                            const core::Date& day);

// The same, reading the catalog from a store.
core::Result<std::vector<OrgUnitSummary>> ListOrgUnits(core::Store& store, const core::Date& day);
core::Result<std::vector<ParticipantSummary>> ListParticipants(core::Store& store, const core::Date& day);
core::Result<OrgUnitDetail> DescribeOrgUnit(core::Store& store, const std::string& code, const core::Date& day);

// {"orgunits":[{"code","uid","name","kind","parent"}]}
std::string RenderOrgUnitsJson(const std::vector<OrgUnitSummary>& units);
// {"participants":[{"code","name","type","helix","health_region","org_unit","status","history":[{"status","from"}],"contact"}]}
std::string RenderParticipantsJson(const std::vector<ParticipantSummary>& participants);
// {"code","uid","name","kind","parent","ancestors":[{"code","uid","name","kind"}],"children":[...],"participants":[...]}
std::string RenderOrgUnitJson(const OrgUnitDetail& detail);

}  // namespace polyfon::app
