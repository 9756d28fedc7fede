#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/data_element.hpp"
#include "core/data_value.hpp"
#include "core/period.hpp"
#include "core/status.hpp"
#include "core/store.hpp"
#include "io/dhis2_id_scheme.hpp"

namespace polyfon::app {

// Which stored values to export; an empty list means all.
struct ExportSpec {
  std::vector<std::string> elements;   // codes or uids
  std::vector<std::string> org_units;  // codes or uids; values of exactly these units, not of their children
  // Values recorded for exactly these periods: a quarter's value is not one of its year's, as in
  // DHIS2's dataValueSets?period=.
  std::vector<core::Period> periods;
  // Hide small counts as public analytics output does (see ExportValues).
  bool public_output = false;
  int min_count = 5;
  // With public output, the values of these org units (codes) are shown as they are, and treated
  // as known when protecting the others: a reporter's own, which it reported itself.
  std::set<std::string> known_units;
  // How the exported values name elements, org units and combos (DHIS2 output only; JSON-stat
  // always uses codes). Codes unless given.
  io::IdSchemes id_schemes;
};

// A stored value as exported.
struct ExportedValue {
  core::DataValue value;
  core::ValueType value_type = core::ValueType::kNumber;  // of its element, to write booleans as DHIS2 does
  // With public output: a count from 1 to min_count - 1, whose value and comment must not be shown.
  bool suppressed = false;
};

// A period selection as /api/analytics and `polyfon query --pe` take it ("2016:2018", "2016;2018"),
// where ',' also separates items, as DHIS2 lists periods ("2023,2024"). Empty text selects all
// periods (an empty list). Fails with kInvalidArgument naming the bad item.
core::Result<std::vector<core::Period>> ParseExportPeriods(std::string_view text);

// The stored values `spec` selects, raw (not aggregated), ordered by element, org unit, period and
// combos (by code, whichever id scheme names them), their element, org unit and combos named as
// spec.id_schemes say (a uid: core/uid.hpp). With public_output, values of count elements
// (non-negative integers that are not stocks: the same elements whose small counts public
// analytics output hides, e.g. mt_patients but not population or mt_positions) from 1 to
// min_count - 1 are marked suppressed. Fails with kNotFound
// for an element or org unit that is neither a code nor a uid in the catalog, and passes on store
// errors.
core::Result<std::vector<ExportedValue>> ExportValues(core::Store& store, const ExportSpec& spec);

}  // namespace polyfon::app
