#include "app/value_history.hpp"

#include <algorithm>

#include "app/known_codes.hpp"
#include "core/catalog.hpp"

namespace polyfon::app {

namespace {

bool Small(const std::optional<double>& value, int min_count) { return value && *value >= 1 && *value < min_count; }

}  // namespace

core::Result<std::vector<HistoryEntry>> LoadValueHistory(core::Store& store, const HistorySpec& spec) {
  POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
  const core::CatalogIndex index(catalog);
  POLYFON_RETURN_IF_ERROR(CheckKnownCodes(index, spec.elements, spec.org_units));
  if (spec.source_id) {
    POLYFON_ASSIGN_OR_RETURN(const std::vector<core::RecordedSource> sources, store.LoadSources());
    if (std::none_of(sources.begin(), sources.end(), [&](const auto& s) { return s.id == *spec.source_id; })) {
      return core::Status::NotFound("import " + std::to_string(*spec.source_id) + " does not exist");
    }
  }

  core::HistoryFilter filter;
  filter.elements = spec.elements;
  filter.org_units = spec.org_units;
  for (const core::Period& period : spec.periods) {
    if (!filter.from || period.Start() < *filter.from) filter.from = period.Start();
    if (!filter.to || period.End() > *filter.to) filter.to = period.End();
  }
  filter.source_id = spec.source_id;
  filter.limit = spec.limit;
  POLYFON_ASSIGN_OR_RETURN(std::vector<core::ValueChange> changes, store.LoadHistory(filter));

  std::vector<HistoryEntry> out;
  out.reserve(changes.size());
  for (core::ValueChange& change : changes) {
    const core::DataElement* element = index.FindElement(change.element);
    if (element == nullptr) {
      return core::Status::Corruption("recorded change of unknown data element '" + change.element + "'");
    }
    const bool suppressed = spec.public_output && core::IsCount(*element) &&
                            (Small(change.old_value, spec.min_count) || Small(change.new_value, spec.min_count));
    out.push_back({.change = std::move(change), .suppressed = suppressed});
  }
  return out;
}

core::Result<std::vector<core::RecordedSource>> ListImports(core::Store& store) {
  POLYFON_ASSIGN_OR_RETURN(std::vector<core::RecordedSource> sources, store.LoadSources());
  std::reverse(sources.begin(), sources.end());
  return sources;
}

}  // namespace polyfon::app
