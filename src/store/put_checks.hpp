#pragma once

#include <algorithm>
#include <cmath>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/store.hpp"
#include "core/uid.hpp"

// The checks every back end makes before a put writes anything, written once so that all stores
// reject the same puts with the same code and message. Callers validate against the catalog
// first; these are the safety net the schema would give anyway.
namespace polyfon::store {

// Fails unless `code` is non-empty; `what` names the kind ("org unit").
inline core::Status CheckCode(std::string_view what, std::string_view code) {
  if (!code.empty()) return core::Status::Ok();
  return core::Status::InvalidArgument(std::string(what) + " with an empty code");
}

// Fails unless `uid` is empty (derived from the code) or a well-formed DHIS2 uid; `what` names the
// kind ("org unit"). Whether it is unique is the catalog's check (core::ValidateUids), as for codes
// named in other metadata.
inline core::Status CheckUid(std::string_view what, std::string_view code, std::string_view uid) {
  if (uid.empty()) return core::Status::Ok();
  const std::string problem = core::UidProblem(uid);
  if (problem.empty()) return core::Status::Ok();
  return core::Status::InvalidArgument(std::string(what) + " '" + std::string(code) + "' has uid '" + std::string(uid) +
                                       "', which " + problem);
}

// Fails unless every link is a link of `child`.
inline core::Status CheckLinksOfChild(std::string_view child, std::span<const core::ParentLink> links) {
  POLYFON_RETURN_IF_ERROR(CheckCode("parent links of an org unit", child));
  for (const core::ParentLink& link : links) {
    if (link.child != child) {
      return core::Status::InvalidArgument("parent link of '" + link.child + "' given among the links of '" +
                                           std::string(child) + "'");
    }
  }
  return core::Status::Ok();
}

// What replacing `before` by `after` does: nothing when equal, an insert when there was nothing.
inline core::Change LinksChange(const std::vector<core::ParentLink>& before, std::span<const core::ParentLink> after) {
  if (std::equal(before.begin(), before.end(), after.begin(), after.end())) return core::Change::kUnchanged;
  return before.empty() ? core::Change::kInserted : core::Change::kUpdated;
}

inline core::Status UnknownInLink(std::string_view child, std::string_view code) {
  return core::Status::InvalidArgument("parent link of '" + std::string(child) + "' names unknown org unit '" +
                                       std::string(code) + "'");
}

// "data value (mt_patients, 2018, NO-HV, default, default)": how messages name a value.
inline std::string DescribeValue(const core::DataValue& value) {
  return "data value (" + value.element + ", " + value.period + ", " + value.org_unit + ", " + value.combo + ", " +
         value.attribute_combo + ")";
}

// `what` is "data element", "org unit", "category option combo" or "attribute option combo".
inline core::Status UnknownInValue(const core::DataValue& value, std::string_view what, std::string_view code) {
  return core::Status::InvalidArgument(DescribeValue(value) + " names unknown " + std::string(what) + " '" +
                                       std::string(code) + "'");
}

// A value must be a finite number: SQL stores NaN as NULL, and no figure is infinite.
inline core::Status CheckNumber(const core::DataValue& value) {
  if (std::isfinite(value.value)) return core::Status::Ok();
  return core::Status::InvalidArgument(DescribeValue(value) + " is not a finite number");
}

}  // namespace polyfon::store
