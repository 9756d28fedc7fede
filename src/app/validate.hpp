#pragma once

#include <string>
#include <vector>

#include "analytics/outliers.hpp"
#include "analytics/validation.hpp"
#include "core/period.hpp"
#include "core/status.hpp"
#include "core/store.hpp"
#include "core/validation_rule.hpp"

namespace polyfon::app {

struct ValidateRequest {
  std::vector<core::Period> periods;  // the periods checked
  // The rules file (name and bytes); empty content = the rules that ship with Polyfon.
  std::string rules_name;
  std::string rules_content;
  bool outliers = false;  // also flag outliers (modified z-score over each series, and min-max)
  analytics::OutlierOptions outlier_options;
  std::string bounds_name;  // a min-max bounds file, optional
  std::string bounds_content;
  // Flag outliers only in these data elements; empty = all. A smooth trend such as a small
  // municipality's population drifts beyond any z-score limit, so one often looks at reported figures only.
  std::vector<std::string> outlier_elements;
};

struct ValidateReport {
  std::vector<core::ValidationRule> rules;  // the rules run
  analytics::ValidationResult result;
  std::vector<analytics::OutlierFlag> outliers;
};

// The rules that ship with Polyfon whose data elements `catalog` has.
core::Result<std::vector<core::ValidationRule>> BundledRules(const core::CatalogIndex& catalog);

// Checks the stored values of `periods` against the validation rules (and flags outliers when
// asked). Fails with kInvalidArgument for a bad rules or bounds file (naming file, line and
// column) or an empty period list; store errors pass through. Violations are a result, not an error.
core::Result<ValidateReport> Validate(core::Store& store, const ValidateRequest& request);

// The bundled rules over what an import would leave: the stored values with `values` laid over them
// (same key: the new one counts), for the periods `values` bring. Only violations that involve a
// unit and period of `values` are returned. `catalog` already holds the import's own metadata.
core::Result<std::vector<analytics::RuleViolation>> CheckImportedValues(core::Store& store, const core::Catalog& catalog,
                                                                         const std::vector<core::DataValue>& values);

}  // namespace polyfon::app
