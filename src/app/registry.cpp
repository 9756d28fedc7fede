#include "app/registry.hpp"

#include <nlohmann/json.hpp>

#include "core/uid.hpp"

namespace polyfon::app {

namespace {

using Json = nlohmann::ordered_json;

OrgUnitSummary Summary(const core::CatalogIndex& index, const core::OrgUnit& unit, const core::Date& day) {
  return {unit.code, unit.name, core::OrgUnitKindName(unit.kind), index.ParentOn(unit.code, day), core::UidOf(unit)};
}

ParticipantSummary Summary(const core::Participant& p, const core::Date& day) {
  const auto status = p.StatusOn(day);
  return {p.code,          p.name,     p.type, core::HelixCategoryName(p.helix),
          p.health_region, p.org_unit, status ? core::MembershipStatusName(*status) : "", p.history,
          p.contact};
}

// Is `unit` `ancestor` or below it on `day`?
bool Within(const core::CatalogIndex& index, std::string unit, const std::string& ancestor, const core::Date& day) {
  for (int depth = 0; !unit.empty() && depth < 64; ++depth) {  // the depth bound guards a corrupt cycle
    if (unit == ancestor) return true;
    unit = index.ParentOn(unit, day);
  }
  return false;
}

Json UnitJson(const OrgUnitSummary& u) {
  return {{"code", u.code}, {"uid", u.uid}, {"name", u.name}, {"kind", u.kind}, {"parent", u.parent}};
}

Json ParticipantJson(const ParticipantSummary& p) {
  Json history = Json::array();
  for (const core::MembershipEntry& e : p.history) {
    history.push_back({{"status", core::MembershipStatusName(e.status)}, {"from", e.from.ToString()}});
  }
  return {{"code", p.code},
          {"name", p.name},
          {"type", p.type},
          {"helix", p.helix},
          {"health_region", p.health_region},
          {"org_unit", p.org_unit},
          {"status", p.status},
          {"history", std::move(history)},
          {"contact", p.contact}};
}

}  // namespace

std::vector<OrgUnitSummary> ListOrgUnits(const core::CatalogIndex& index, const core::Date& day) {
  std::vector<OrgUnitSummary> out;
  for (const core::OrgUnit& unit : index.catalog().org_units) out.push_back(Summary(index, unit, day));
  return out;
}

std::vector<ParticipantSummary> ListParticipants(const core::CatalogIndex& index, const core::Date& day) {
  std::vector<ParticipantSummary> out;
  for (const core::Participant& p : index.catalog().participants) out.push_back(Summary(p, day));
  return out;
}

core::Result<OrgUnitDetail> DescribeOrgUnit(const core::CatalogIndex& index, const std::string& code,
                                            const core::Date& day) {
  const core::OrgUnit* unit = index.FindOrgUnit(code);
  if (unit == nullptr) return core::Status::NotFound("unknown org unit '" + code + "'");
  OrgUnitDetail detail;
  detail.unit = Summary(index, *unit, day);
  for (std::string parent = detail.unit.parent; !parent.empty() && detail.ancestors.size() < 64;
       parent = index.ParentOn(parent, day)) {
    if (const core::OrgUnit* p = index.FindOrgUnit(parent)) detail.ancestors.insert(detail.ancestors.begin(), Summary(index, *p, day));
  }
  for (const std::string& child : index.ChildrenOn(code, day)) {
    if (const core::OrgUnit* c = index.FindOrgUnit(child)) detail.children.push_back(Summary(index, *c, day));
  }
  for (const core::Participant& p : index.catalog().participants) {
    const bool tied = (!p.org_unit.empty() && Within(index, p.org_unit, code, day)) || p.health_region == code;
    if (tied) detail.participants.push_back(Summary(p, day));
  }
  return detail;
}

core::Result<std::vector<OrgUnitSummary>> ListOrgUnits(core::Store& store, const core::Date& day) {
  POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
  return ListOrgUnits(core::CatalogIndex(catalog), day);
}

core::Result<std::vector<ParticipantSummary>> ListParticipants(core::Store& store, const core::Date& day) {
  POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
  return ListParticipants(core::CatalogIndex(catalog), day);
}

core::Result<OrgUnitDetail> DescribeOrgUnit(core::Store& store, const std::string& code, const core::Date& day) {
  POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
  return DescribeOrgUnit(core::CatalogIndex(catalog), code, day);
}

std::string RenderOrgUnitsJson(const std::vector<OrgUnitSummary>& units) {
  Json list = Json::array();
  for (const OrgUnitSummary& u : units) list.push_back(UnitJson(u));
  return Json{{"orgunits", std::move(list)}}.dump();
}

std::string RenderParticipantsJson(const std::vector<ParticipantSummary>& participants) {
  Json list = Json::array();
  for (const ParticipantSummary& p : participants) list.push_back(ParticipantJson(p));
  return Json{{"participants", std::move(list)}}.dump();
}

std::string RenderOrgUnitJson(const OrgUnitDetail& detail) {
  Json out = UnitJson(detail.unit);
  out["ancestors"] = Json::array();
  for (const OrgUnitSummary& u : detail.ancestors) out["ancestors"].push_back(UnitJson(u));
  out["children"] = Json::array();
  for (const OrgUnitSummary& u : detail.children) out["children"].push_back(UnitJson(u));
  out["participants"] = Json::array();
  for (const ParticipantSummary& p : detail.participants) out["participants"].push_back(ParticipantJson(p));
  return out.dump();
}

}  // namespace polyfon::app
