#include "app/data_value_set_output.hpp"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>
#include <utility>

#include "app/csv_field.hpp"

namespace polyfon::app {

std::string DataValueText(double value, core::ValueType type) {
  if (type == core::ValueType::kBoolean) return value != 0 ? "true" : "false";
  if (value == 0) return "0";  // not "-0"
  char buffer[400];  // the longest fixed form of a double (5e-324) has 325 digits
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  if (result.ec != std::errc()) return std::isnan(value) ? "NaN" : (value > 0 ? "Infinity" : "-Infinity");
  return std::string(buffer, result.ptr);
}

std::string RenderDataValueSetJson(const std::vector<ExportedValue>& values, const io::IdSchemes& schemes) {
  nlohmann::ordered_json out;
  const io::IdScheme general = schemes.general.value_or(io::IdScheme::kCode);
  out["idScheme"] = io::IdSchemeName(general);
  const std::pair<const char*, io::IdScheme> specific[] = {{"dataElementIdScheme", schemes.Element()},
                                                           {"orgUnitIdScheme", schemes.OrgUnit()},
                                                           {"categoryOptionComboIdScheme", schemes.Combo()},
                                                           {"attributeOptionComboIdScheme", schemes.AttributeCombo()}};
  for (const auto& [key, scheme] : specific) {
    if (scheme != general) out[key] = io::IdSchemeName(scheme);
  }
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const ExportedValue& exported : values) {
    const core::DataValue& v = exported.value;
    nlohmann::ordered_json item;
    item["dataElement"] = v.element;
    item["period"] = v.period;
    item["orgUnit"] = v.org_unit;
    item["categoryOptionCombo"] = v.combo;
    item["attributeOptionCombo"] = v.attribute_combo;
    item["value"] =
        exported.suppressed ? nlohmann::ordered_json() : nlohmann::ordered_json(DataValueText(v.value, exported.value_type));
    item["storedBy"] = v.provenance.stored_by;
    item["lastUpdated"] = v.provenance.last_updated;
    item["comment"] = exported.suppressed ? nlohmann::ordered_json() : nlohmann::ordered_json(v.provenance.comment);
    item["followup"] = v.provenance.followup;
    if (exported.suppressed) item["suppressed"] = true;
    items.push_back(std::move(item));
  }
  out["dataValues"] = std::move(items);
  // Stored text passed the importers' UTF-8 check; replacing keeps a damaged row from throwing.
  return out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string RenderDataValueSetCsv(const std::vector<ExportedValue>& values) {
  std::string out =
      "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,"
      "followup\n";
  for (const ExportedValue& exported : values) {
    const core::DataValue& v = exported.value;
    out += CsvField(v.element) + "," + CsvField(v.period) + "," + CsvField(v.org_unit) + "," + CsvField(v.combo) +
           "," + CsvField(v.attribute_combo) + "," +
           (exported.suppressed ? "" : DataValueText(v.value, exported.value_type)) + "," +
           CsvField(v.provenance.stored_by) + "," + CsvField(v.provenance.last_updated) + "," +
           (exported.suppressed ? "" : CsvField(v.provenance.comment)) + "," +
           (v.provenance.followup ? "true" : "false") + "\n";
  }
  return out;
}

}  // namespace polyfon::app
