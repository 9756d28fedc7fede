#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "core/status.hpp"

namespace polyfon::io {

// How a DHIS2 data value set names data elements, org units and combos: by code ("NO-HV") or by
// uid ("fbfJHSPpUQD", core/uid.hpp). DHIS2 also has NAME, ID and ATTRIBUTE:<uid>; Polyfon does not.
enum class IdScheme { kCode, kUid };

// "CODE" or "UID", as DHIS2 writes them.
const char* IdSchemeName(IdScheme scheme);

// "code" or "uid" in any case ("UID", "Uid"). Fails with kInvalidArgument saying what is accepted:
// "'NAME' is not supported (expected CODE or UID)".
core::Result<IdScheme> ParseIdScheme(std::string_view text);

// The id schemes of one import or export, as DHIS2 takes them: `general` (idScheme) applies to
// every kind that has no scheme of its own. Unset means not given; with none given, codes are
// used, as Polyfon always has (DHIS2's own default is UID).
struct IdSchemes {
  std::optional<IdScheme> general;          // idScheme
  std::optional<IdScheme> element;          // dataElementIdScheme
  std::optional<IdScheme> org_unit;         // orgUnitIdScheme
  std::optional<IdScheme> combo;            // categoryOptionComboIdScheme
  std::optional<IdScheme> attribute_combo;  // attributeOptionComboIdScheme
  std::optional<IdScheme> data_set;         // dataSetIdScheme: checked, else unused (no data sets)

  IdScheme Element() const { return Resolve(element); }
  IdScheme OrgUnit() const { return Resolve(org_unit); }
  IdScheme Combo() const { return Resolve(combo); }
  IdScheme AttributeCombo() const { return Resolve(attribute_combo); }
  // True if every kind resolves to codes (the layout Polyfon wrote before uids).
  bool AllCode() const;

  // These schemes with every scheme given in `over` put in their place: a data value set's own
  // schemes over those of the request that carries it, as in DHIS2.
  IdSchemes Overridden(const IdSchemes& over) const;

  bool operator==(const IdSchemes&) const = default;

 private:
  IdScheme Resolve(const std::optional<IdScheme>& specific) const {
    return specific.value_or(general.value_or(IdScheme::kCode));
  }
};

// DHIS2's names of the schemes, the same as JSON keys of a data value set and as query parameters.
inline constexpr std::array<std::string_view, 6> kIdSchemeKeys{"idScheme",
                                                               "dataElementIdScheme",
                                                               "orgUnitIdScheme",
                                                               "categoryOptionComboIdScheme",
                                                               "attributeOptionComboIdScheme",
                                                               "dataSetIdScheme"};

// The member of `schemes` that the key `name` (one of kIdSchemeKeys, matched exactly) sets, or
// nullptr for any other name.
std::optional<IdScheme>* IdSchemeSlot(IdSchemes& schemes, std::string_view name);

}  // namespace polyfon::io
