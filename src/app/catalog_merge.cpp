#include "app/catalog_merge.hpp"

#include <set>
#include <string>

#include "app/upsert_by_code.hpp"

namespace polyfon::app {

namespace {
}  // namespace

void MergeIntoCatalog(const io::ImportBatch& batch, core::Catalog& catalog) {
  UpsertByCode(batch.combos, catalog.combos);
  UpsertByCode(batch.elements, catalog.elements);
  UpsertByCode(batch.indicators, catalog.indicators);
  UpsertByCode(batch.org_units, catalog.org_units);
  UpsertByCode(batch.participants, catalog.participants);
  std::set<std::string> children;
  for (const core::ParentLink& link : batch.links) children.insert(link.child);
  std::erase_if(catalog.links, [&](const core::ParentLink& link) { return children.count(link.child) > 0; });
  catalog.links.insert(catalog.links.end(), batch.links.begin(), batch.links.end());
}

}  // namespace polyfon::app
