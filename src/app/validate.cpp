#include "app/validate.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <utility>

#include "analytics/value_cube.hpp"
#include "app/bundled_data.hpp"
#include "io/validation_rules_parser.hpp"

namespace polyfon::app {

core::Result<std::vector<core::ValidationRule>> BundledRules(const core::CatalogIndex& catalog) {
  const BundledFile& file = BundledRuleFiles().front();
  return io::ParseValidationRules("data/" + std::string(file.name), file.content, catalog,
                                  /*skip_unknown_elements=*/true);
}

core::Result<ValidateReport> Validate(core::Store& store, const ValidateRequest& request) {
  if (request.periods.empty()) return core::Status::InvalidArgument("no periods to validate");
  POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
  const core::CatalogIndex index(catalog);
  ValidateReport report;
  if (request.rules_content.empty()) {
    POLYFON_ASSIGN_OR_RETURN(report.rules, BundledRules(index));
  } else {
    POLYFON_ASSIGN_OR_RETURN(report.rules, io::ParseValidationRules(request.rules_name, request.rules_content, index));
  }
  analytics::OutlierOptions outlier_options = request.outlier_options;
  if (!request.bounds_content.empty()) {
    POLYFON_ASSIGN_OR_RETURN(outlier_options.bounds,
                             io::ParseMinMaxBounds(request.bounds_name, request.bounds_content, index));
  }

  core::ValueFilter filter;
  for (const core::Period& period : request.periods) {
    if (!filter.from || period.Start() < *filter.from) filter.from = period.Start();
    if (!filter.to || *filter.to < period.End()) filter.to = period.End();
  }
  POLYFON_ASSIGN_OR_RETURN(const std::vector<core::DataValue> values, store.LoadValues(filter));
  const analytics::ValueCube cube(values);
  report.result = analytics::RunValidationRules(report.rules, index, cube, request.periods);
  if (!request.outliers) return report;
  if (request.outlier_elements.empty()) {
    report.outliers = analytics::FindOutliers(values, request.periods, outlier_options);
    return report;
  }
  for (const std::string& element : request.outlier_elements) {
    if (index.FindElement(element) == nullptr) return core::Status::NotFound("unknown data element '" + element + "'");
  }
  std::vector<core::DataValue> chosen;
  std::copy_if(values.begin(), values.end(), std::back_inserter(chosen), [&](const core::DataValue& value) {
    return std::find(request.outlier_elements.begin(), request.outlier_elements.end(), value.element) !=
           request.outlier_elements.end();
  });
  report.outliers = analytics::FindOutliers(chosen, request.periods, outlier_options);
  return report;
}

core::Result<std::vector<analytics::RuleViolation>> CheckImportedValues(core::Store& store, const core::Catalog& catalog,
                                                                         const std::vector<core::DataValue>& values) {
  if (values.empty()) return std::vector<analytics::RuleViolation>{};
  const core::CatalogIndex index(catalog);
  POLYFON_ASSIGN_OR_RETURN(const std::vector<core::ValidationRule> rules, BundledRules(index));
  // Only values of elements some rule refers to can break a rule: a bulk import of others costs
  // nothing here.
  std::set<std::string> referenced;
  for (const core::ValidationRule& rule : rules) {
    for (const core::Expression* side : {&rule.left, &rule.right}) {
      for (const core::Operand& operand : side->operands()) referenced.insert(operand.element);
    }
  }
  std::vector<const core::DataValue*> relevant_values;
  for (const core::DataValue& value : values) {
    if (referenced.count(value.element) > 0) relevant_values.push_back(&value);
  }
  if (relevant_values.empty()) return std::vector<analytics::RuleViolation>{};
  std::set<std::string> period_ids;
  std::set<std::pair<std::string, std::string>> touched;  // (unit, period)
  for (const core::DataValue* value_ptr : relevant_values) {
    const core::DataValue& value = *value_ptr;
    period_ids.insert(value.period);
    touched.insert({value.org_unit, value.period});
  }
  std::vector<core::Period> periods;
  core::ValueFilter filter;
  filter.elements.assign(referenced.begin(), referenced.end());
  for (const std::string& id : period_ids) {
    auto period = core::Period::Parse(id);
    if (!period) continue;  // the importer let no such value through
    if (!filter.from || period->Start() < *filter.from) filter.from = period->Start();
    if (!filter.to || *filter.to < period->End()) filter.to = period->End();
    periods.push_back(*period);
  }
  POLYFON_ASSIGN_OR_RETURN(std::vector<core::DataValue> merged, store.LoadValues(filter));
  std::map<std::string, size_t> position;  // key -> index in merged
  auto key = [](const core::DataValue& v) {
    return v.element + '\x1f' + v.period + '\x1f' + v.org_unit + '\x1f' + v.combo + '\x1f' + v.attribute_combo;
  };
  for (size_t i = 0; i < merged.size(); ++i) position[key(merged[i])] = i;
  for (const core::DataValue* value_ptr : relevant_values) {
    const core::DataValue& value = *value_ptr;
    auto it = position.find(key(value));
    if (it != position.end()) {
      merged[it->second] = value;
    } else {
      position[key(value)] = merged.size();
      merged.push_back(value);
    }
  }
  const analytics::ValueCube cube(merged);
  analytics::ValidationResult result = analytics::RunValidationRules(rules, index, cube, periods);
  // A violation concerns the import when the unit itself or one of its children (for children())
  // got a value for that period.
  std::vector<analytics::RuleViolation> relevant;
  for (analytics::RuleViolation& violation : result.violations) {
    bool concerns = touched.count({violation.org_unit, violation.period}) > 0;
    if (!concerns) {
      auto period = core::Period::Parse(violation.period);
      for (const std::string& child : index.ChildrenOn(violation.org_unit, period->Start())) {
        concerns |= touched.count({child, violation.period}) > 0;
      }
    }
    if (concerns) relevant.push_back(std::move(violation));
  }
  return relevant;
}

}  // namespace polyfon::app
