#include "core/catalog.hpp"

#include <algorithm>
#include <set>

#include "core/text.hpp"

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
}

const OrgUnit* CatalogIndex::FindOrgUnit(std::string_view code) const { return Lookup(org_units_, code); }
const DataElement* CatalogIndex::FindElement(std::string_view code) const { return Lookup(elements_, code); }
const CategoryOptionCombo* CatalogIndex::FindCombo(std::string_view code) const { return Lookup(combos_, code); }
const Indicator* CatalogIndex::FindIndicator(std::string_view code) const { return Lookup(indicators_, code); }
const Participant* CatalogIndex::FindParticipant(std::string_view code) const {
  return Lookup(participants_, code);
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

}  // namespace polyfon::core
