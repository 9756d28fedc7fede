#include "app/query_data.hpp"

#include <algorithm>

namespace polyfon::app {

core::Result<std::vector<analytics::ResultRow>> QueryData(core::Store& store, const analytics::QuerySpec& spec) {
  if (spec.items.empty() || spec.org_units.empty() || spec.periods.empty()) {
    return core::Status::InvalidArgument("a query needs at least one data item, org unit and period");
  }
  POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
  const core::CatalogIndex index(catalog);
  core::ValueFilter filter;
  POLYFON_ASSIGN_OR_RETURN(filter.elements, analytics::ElementsNeeded(index, spec.items));
  for (const core::Period& period : spec.periods) {
    if (!filter.from || period.Start() < *filter.from) filter.from = period.Start();
    if (!filter.to || *filter.to < period.End()) filter.to = period.End();
  }
  POLYFON_ASSIGN_OR_RETURN(const std::vector<core::DataValue> values, store.LoadValues(filter));
  const analytics::ValueCube cube(values);
  return analytics::RunQuery(index, cube, spec);
}

}  // namespace polyfon::app
