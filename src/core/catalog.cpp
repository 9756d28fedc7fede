#include "core/catalog.hpp"

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "core/uid.hpp"

namespace polyfon::core {

namespace {
template <typename T, typename Map>
void IndexByCode(const std::vector<T>& items, Map& map) {
  for (const T& item : items) map.emplace(item.code, &item);
}

template <typename Map>
auto Lookup(const Map& map, std::string_view code) -> typename Map::mapped_type {
  auto it = map.find(code);
  return it == map.end() ? nullptr : it->second;
}
}  // namespace

CatalogIndex::CatalogIndex(const Catalog& catalog) : catalog_(catalog) {
  IndexByCode(catalog.org_units, org_units_);
  IndexByCode(catalog.elements, elements_);
  IndexByCode(catalog.combos, combos_);
  IndexByCode(catalog.indicators, indicators_);
  IndexByCode(catalog.participants, participants_);
  for (const OrgUnit& unit : catalog.org_units) {
    org_unit_names_.emplace(NameKey(unit.code), &unit);
    org_unit_names_.emplace(NameKey(unit.name), &unit);
    for (const std::string& alias : unit.aliases) org_unit_names_.emplace(NameKey(alias), &unit);
  }
  for (const ParentLink& link : catalog.links) {
    links_by_parent_[link.parent].push_back(&link);
    links_by_child_[link.child].push_back(&link);
  }
  IndexUids(catalog.org_units, org_units_by_uid_, org_unit_uids_);
  IndexUids(catalog.elements, elements_by_uid_, element_uids_);
  IndexUids(catalog.combos, combos_by_uid_, combo_uids_);
}

template <typename T>
void CatalogIndex::IndexUids(const std::vector<T>& items, Map<T>& by_uid, UidMap& uid_of_code) {
  for (const T& item : items) {
    const std::string_view uid = uids_.emplace_back(UidOf(item));
    by_uid.emplace(uid, &item);
    uid_of_code.emplace(item.code, uid);
  }
}

const OrgUnit* CatalogIndex::FindOrgUnit(std::string_view code) const { return Lookup(org_units_, code); }
const DataElement* CatalogIndex::FindElement(std::string_view code) const { return Lookup(elements_, code); }
const CategoryOptionCombo* CatalogIndex::FindCombo(std::string_view code) const { return Lookup(combos_, code); }
const Indicator* CatalogIndex::FindIndicator(std::string_view code) const { return Lookup(indicators_, code); }
const Participant* CatalogIndex::FindParticipant(std::string_view code) const {
  return Lookup(participants_, code);
}

const OrgUnit* CatalogIndex::FindOrgUnitByUid(std::string_view uid) const { return Lookup(org_units_by_uid_, uid); }
const DataElement* CatalogIndex::FindElementByUid(std::string_view uid) const { return Lookup(elements_by_uid_, uid); }
const CategoryOptionCombo* CatalogIndex::FindComboByUid(std::string_view uid) const {
  return Lookup(combos_by_uid_, uid);
}

std::string_view CatalogIndex::OrgUnitUid(std::string_view code) const {
  auto it = org_unit_uids_.find(code);
  return it == org_unit_uids_.end() ? std::string_view() : it->second;
}
std::string_view CatalogIndex::ElementUid(std::string_view code) const {
  auto it = element_uids_.find(code);
  return it == element_uids_.end() ? std::string_view() : it->second;
}
std::string_view CatalogIndex::ComboUid(std::string_view code) const {
  auto it = combo_uids_.find(code);
  if (it != combo_uids_.end()) return it->second;
  return code == kDefaultCombo ? kDefaultComboUid : std::string_view();
}

const OrgUnit* CatalogIndex::MatchOrgUnit(std::string_view code_or_name) const {
  if (const OrgUnit* unit = FindOrgUnit(code_or_name)) return unit;
  auto it = org_unit_names_.find(NameKey(code_or_name));
  return it == org_unit_names_.end() ? nullptr : it->second;
}

std::vector<std::string> CatalogIndex::ChildrenOn(std::string_view parent, const Date& day) const {
  std::vector<std::string> out;
  auto it = links_by_parent_.find(parent);
  if (it == links_by_parent_.end()) return out;
  for (const ParentLink* link : it->second) {
    if (link->ValidOn(day)) out.push_back(link->child);
  }
  return out;
}

std::string CatalogIndex::ParentOn(std::string_view child, const Date& day) const {
  auto it = links_by_child_.find(child);
  if (it == links_by_child_.end()) return {};
  for (const ParentLink* link : it->second) {
    if (link->ValidOn(day)) return link->parent;
  }
  return {};
}

Status ValidateHierarchy(const Catalog& catalog) {
  const CatalogIndex index(catalog);
  std::set<Date> change_days;  // the hierarchy can only change on these days
  change_days.insert(Date{1, 1, 1});
  for (const ParentLink& link : catalog.links) {
    for (const std::string* code : {&link.child, &link.parent}) {
      if (!index.FindOrgUnit(*code)) return Status::InvalidArgument("parent link names unknown org unit '" + *code + "'");
    }
    if (link.child == link.parent) return Status::InvalidArgument("org unit '" + link.child + "' is its own parent");
    if (link.valid_from && link.valid_to && *link.valid_to < *link.valid_from) {
      return Status::InvalidArgument("parent link " + link.child + " -> " + link.parent + " ends before it starts");
    }
    if (link.valid_from) change_days.insert(*link.valid_from);
    if (link.valid_to) change_days.insert(link.valid_to->AddDays(1));
  }
  for (size_t i = 0; i < catalog.links.size(); ++i) {
    for (size_t j = i + 1; j < catalog.links.size(); ++j) {
      const ParentLink& a = catalog.links[i];
      const ParentLink& b = catalog.links[j];
      if (a.child != b.child) continue;
      const bool a_before_b = a.valid_to && b.valid_from && *a.valid_to < *b.valid_from;
      const bool b_before_a = b.valid_to && a.valid_from && *b.valid_to < *a.valid_from;
      if (!a_before_b && !b_before_a) {
        return Status::InvalidArgument("org unit '" + a.child + "' has two parents at once ('" + a.parent + "' and '" +
                                       b.parent + "')");
      }
    }
  }
  for (const Date& day : change_days) {
    for (const OrgUnit& unit : catalog.org_units) {
      std::string current = index.ParentOn(unit.code, day);
      for (size_t steps = 0; !current.empty(); ++steps) {
        if (current == unit.code || steps > catalog.org_units.size()) {
          return Status::InvalidArgument("org unit '" + unit.code + "' is its own ancestor on " + day.ToString());
        }
        current = index.ParentOn(current, day);
      }
    }
  }
  return Status::Ok();
}

namespace {

// Who goes by a uid, for messages: "org unit 'NO-HV'".
struct UidOwner {
  std::string kind;
  std::string code;

  std::string Name() const { return kind + " '" + code + "'"; }
};

template <typename T>
Status AddUids(const std::vector<T>& items, const char* kind, std::unordered_map<std::string, UidOwner>& owners) {
  for (const T& item : items) {
    const UidOwner owner{kind, item.code};
    if (!item.uid.empty()) {
      if (const std::string problem = UidProblem(item.uid); !problem.empty()) {
        return Status::InvalidArgument("uid '" + item.uid + "' of " + owner.Name() + ": " + problem);
      }
    }
    const std::string uid = UidOf(item);
    const auto [it, inserted] = owners.emplace(uid, owner);
    if (!inserted) {
      return Status::InvalidArgument("uid '" + uid + "' of " + owner.Name() + " is also the uid of " +
                                     it->second.Name() + " (uids must be unique)");
    }
  }
  return Status::Ok();
}

}  // namespace

Status ValidateUids(const Catalog& catalog) {
  std::unordered_map<std::string, UidOwner> owners;
  POLYFON_RETURN_IF_ERROR(AddUids(catalog.org_units, "org unit", owners));
  POLYFON_RETURN_IF_ERROR(AddUids(catalog.elements, "data element", owners));
  return AddUids(catalog.combos, "category option combo", owners);
}

}  // namespace polyfon::core
