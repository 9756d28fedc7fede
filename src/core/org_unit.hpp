#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace polyfon::core {

enum class OrgUnitKind {
  kNation,
  kHealthRegion,
  kHealthTrust,
  kHospital,
  kClinic,
  kCounty,
  kMunicipality,
  kService,
  kUniversity,
  kResearchInstitute,
  kUserOrganisation,
  // The municipalities a health trust serves (opptaksområde): a tree of its own beside the
  // organisations, so no figure is counted both in a region and in its catchment areas.
  kCatchmentArea,
  kOther,
};

// Stable snake_case names used in files and the API ("health_region").
const char* OrgUnitKindName(OrgUnitKind kind);
std::optional<OrgUnitKind> ParseOrgUnitKind(std::string_view name);

// An organisation unit: a place figures are recorded for. `code` is the stable key ("NO-HV").
// `aliases` are other names it is published under ("Helse Vest", "Landet samla", Nynorsk and Bokmål
// forms), matched case-insensitively by importers. `uid` is its DHIS2 uid when one was given
// (e.g. the unit's uid in a DHIS2 instance); empty means derived from the code (core/uid.hpp).
struct OrgUnit {
  std::string code;
  std::string name;
  OrgUnitKind kind = OrgUnitKind::kOther;
  std::vector<std::string> aliases;
  std::string uid = {};

  bool operator==(const OrgUnit&) const = default;
};

// "child's parent is `parent` from `valid_from` (inclusive) until `valid_to` (inclusive)"; an open
// end means still valid. A unit's links must not overlap in time.
struct ParentLink {
  std::string child;
  std::string parent;
  std::optional<Date> valid_from;
  std::optional<Date> valid_to;

  bool ValidOn(const Date& day) const {
    return (!valid_from || *valid_from <= day) && (!valid_to || day <= *valid_to);
  }
  bool operator==(const ParentLink&) const = default;
};

}  // namespace polyfon::core
