#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/data_element.hpp"
#include "core/date.hpp"
#include "core/indicator.hpp"
#include "core/org_unit.hpp"
#include "core/participant.hpp"
#include "core/status.hpp"

namespace polyfon::core {

// All metadata of one cluster: what is counted, where, and by whom. Small (thousands of rows), so
// it is loaded whole and indexed in memory.
struct Catalog {
  std::vector<OrgUnit> org_units;
  std::vector<ParentLink> links;
  std::vector<DataElement> elements;
  std::vector<CategoryOptionCombo> combos;
  std::vector<Indicator> indicators;
  std::vector<Participant> participants;
};

// Lookups over a Catalog, including the dated hierarchy. Holds pointers into the catalog, which
// must outlive it and not change meanwhile.
class CatalogIndex {
 public:
  explicit CatalogIndex(const Catalog& catalog);

  const Catalog& catalog() const { return catalog_; }
  const OrgUnit* FindOrgUnit(std::string_view code) const;
  // By code, name or alias, ignoring case, spaces and hyphens ("Helse Sør-Aust" finds NO-HSO).
  const OrgUnit* MatchOrgUnit(std::string_view code_or_name) const;
  const DataElement* FindElement(std::string_view code) const;
  const CategoryOptionCombo* FindCombo(std::string_view code) const;
  const Indicator* FindIndicator(std::string_view code) const;
  const Participant* FindParticipant(std::string_view code) const;

  // By DHIS2 uid, given or derived (core/uid.hpp); nullptr if none has it.
  const OrgUnit* FindOrgUnitByUid(std::string_view uid) const;
  const DataElement* FindElementByUid(std::string_view uid) const;
  const CategoryOptionCombo* FindComboByUid(std::string_view uid) const;
  // The uid of the org unit, data element or combo `code`, or "" if the catalog has none such.
  // The default combo's is kDefaultComboUid, whether or not the catalog lists it.
  std::string_view OrgUnitUid(std::string_view code) const;
  std::string_view ElementUid(std::string_view code) const;
  std::string_view ComboUid(std::string_view code) const;

  // Codes of the units whose parent is `parent` on `day`, in catalog order.
  std::vector<std::string> ChildrenOn(std::string_view parent, const Date& day) const;
  // The parent of `child` on `day`, or empty.
  std::string ParentOn(std::string_view child, const Date& day) const;

 private:
  template <typename T>
  using Map = std::unordered_map<std::string_view, const T*>;
  using UidMap = std::unordered_map<std::string_view, std::string_view>;

  template <typename T>
  void IndexUids(const std::vector<T>& items, Map<T>& by_uid, UidMap& uid_of_code);

  const Catalog& catalog_;
  Map<OrgUnit> org_units_;
  std::unordered_map<std::string, const OrgUnit*> org_unit_names_;
  Map<DataElement> elements_;
  Map<CategoryOptionCombo> combos_;
  Map<Indicator> indicators_;
  Map<Participant> participants_;
  std::deque<std::string> uids_;  // the uids the maps below point into (a deque never moves them)
  Map<OrgUnit> org_units_by_uid_;
  Map<DataElement> elements_by_uid_;
  Map<CategoryOptionCombo> combos_by_uid_;
  UidMap org_unit_uids_;  // code -> uid
  UidMap element_uids_;
  UidMap combo_uids_;
  std::unordered_map<std::string_view, std::vector<const ParentLink*>> links_by_parent_;
  std::unordered_map<std::string_view, std::vector<const ParentLink*>> links_by_child_;
};

// Checks that every link names known units, that no unit has two parents on the same day, and that
// no unit is its own ancestor on any day. The message names the offending units.
Status ValidateHierarchy(const Catalog& catalog);

// Checks that every given uid is well formed and that no two org units, data elements or combos
// go by the same uid (given or derived), as DHIS2 uids are unique across all kinds of metadata.
// The message names both objects: "uid 'AbCdEfGhIjK' of data element 'x' is also the uid of org
// unit 'NO-HV'".
Status ValidateUids(const Catalog& catalog);

}  // namespace polyfon::core
