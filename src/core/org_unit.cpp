#include "core/org_unit.hpp"

#include "core/enum_names.hpp"

namespace polyfon::core {

namespace {
constexpr EnumNameTable<OrgUnitKind, 13> kKindNames{{
    {OrgUnitKind::kNation, "nation"},
    {OrgUnitKind::kHealthRegion, "health_region"},
    {OrgUnitKind::kHealthTrust, "health_trust"},
    {OrgUnitKind::kHospital, "hospital"},
    {OrgUnitKind::kClinic, "clinic"},
    {OrgUnitKind::kCounty, "county"},
    {OrgUnitKind::kMunicipality, "municipality"},
    {OrgUnitKind::kService, "service"},
    {OrgUnitKind::kUniversity, "university"},
    {OrgUnitKind::kResearchInstitute, "research_institute"},
    {OrgUnitKind::kUserOrganisation, "user_organisation"},
    {OrgUnitKind::kCatchmentArea, "catchment_area"},
    {OrgUnitKind::kOther, "other"},
}};
}  // namespace

const char* OrgUnitKindName(OrgUnitKind kind) { return EnumName(kKindNames, kind); }
std::optional<OrgUnitKind> ParseOrgUnitKind(std::string_view name) { return EnumFromName(kKindNames, name); }

}  // namespace polyfon::core
