#pragma once

#include <string>
#include <vector>

#include "app/export_values.hpp"
#include "core/data_element.hpp"

namespace polyfon::app {

// A stored value as DHIS2 writes it in data value sets: booleans "true"/"false", whole numbers
// without a decimal point ("456"), others in the shortest form that reads back to the same number
// ("0.2"), never with an exponent. What the importers read back to the identical number.
std::string DataValueText(double value, core::ValueType type);

// DHIS2 JSON:
// {"idScheme":"CODE","dataValues":[{"dataElement":..,"period":..,"orgUnit":..,"categoryOptionCombo":..,
//   "attributeOptionCombo":..,"value":"456","storedBy":..,"lastUpdated":..,"comment":..,"followup":false}]}
// The set states the id schemes its values are named by (`schemes`, as ExportValues applied them):
// idScheme, then dataElementIdScheme, orgUnitIdScheme, categoryOptionComboIdScheme or
// attributeOptionComboIdScheme where one differs from it, so that both Polyfon and DHIS2 read the
// file back as meant without being told. A suppressed value has "value":null, "comment":null and
// "suppressed":true.
std::string RenderDataValueSetJson(const std::vector<ExportedValue>& values, const io::IdSchemes& schemes = {});

// DHIS2 CSV with the header DHIS2 writes:
// dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup
// Fields are quoted when they hold a comma, a quote or a line break. A suppressed value has empty
// value and comment cells.
std::string RenderDataValueSetCsv(const std::vector<ExportedValue>& values);

}  // namespace polyfon::app
