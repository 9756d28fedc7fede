#pragma once

#include <span>
#include <string_view>

namespace polyfon::app {

// A file of the bundled real dataset (data/ in the source tree), compiled into the executable.
struct BundledFile {
  std::string_view name;  // path relative to data/, e.g. "metadata/elements.csv"
  std::string_view content;
};

// The demo files in load order: metadata first, then org units, participants, the cluster's
// registry (goals, governance bodies, activities) and values.
std::span<const BundledFile> BundledFiles();

// The validation rules that ship with Polyfon (data/metadata/validation_rules.csv).
std::span<const BundledFile> BundledRuleFiles();

}  // namespace polyfon::app
