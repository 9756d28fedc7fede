#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/data_element.hpp"
#include "core/org_unit.hpp"

namespace polyfon::core {

// DHIS2 identifies metadata by a uid: 11 characters from [a-zA-Z0-9], the first a letter
// ("fbfJHSPpUQD"). Polyfon's own key is the code; a uid is either given in a metadata file or
// derived from the code, so that every installation agrees on it without storing anything.

inline constexpr size_t kUidLength = 11;

// DHIS2's default category option combo has this uid in every DHIS2 instance, so a data value set
// written with uids names Polyfon's "default" combo as DHIS2 does.
inline constexpr std::string_view kDefaultComboUid = "HllvX50cXC0";

// Empty if `text` is a well-formed uid, else why not ("must be 11 characters, found 9").
std::string UidProblem(std::string_view text);

// A well-formed uid computed from `code` alone: the same code gives the same uid in every
// installation and version (the derivation must never change, or exported files would stop
// importing). Distinct codes give distinct uids except with negligible probability, which the
// catalog checks (ValidateUids) rule out for the codes in use.
std::string DeriveUid(std::string_view code);

// The uid an object goes by: its given `uid`, else the one derived from its code (for the default
// combo: kDefaultComboUid).
std::string UidOf(const OrgUnit& unit);
std::string UidOf(const DataElement& element);
std::string UidOf(const CategoryOptionCombo& combo);

}  // namespace polyfon::core
