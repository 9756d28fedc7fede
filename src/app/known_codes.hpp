#pragma once

// Internal to app: the check that selections by code (export, history) name what the catalog has.

#include <string>
#include <vector>

#include "core/catalog.hpp"
#include "core/status.hpp"

namespace polyfon::app {

// kNotFound naming the first element or org unit code that `index` lacks; Ok otherwise.
inline core::Status CheckKnownCodes(const core::CatalogIndex& index, const std::vector<std::string>& elements,
                                    const std::vector<std::string>& org_units) {
  for (const std::string& code : elements) {
    if (index.FindElement(code) == nullptr) return core::Status::NotFound("unknown data element '" + code + "'");
  }
  for (const std::string& code : org_units) {
    if (index.FindOrgUnit(code) == nullptr) return core::Status::NotFound("unknown org unit '" + code + "'");
  }
  return core::Status::Ok();
}

}  // namespace polyfon::app
