#include "app/catalog_merge.hpp"

#include <algorithm>
#include <set>
#include <string>

namespace polyfon::app {

namespace {
template <typename T>
void Upsert(const std::vector<T>& incoming, std::vector<T>& existing) {
  for (const T& item : incoming) {
    auto it = std::find_if(existing.begin(), existing.end(), [&](const T& e) { return e.code == item.code; });
    if (it == existing.end()) {
      existing.push_back(item);
    } else {
      *it = item;
    }
  }
}
}  // namespace

void MergeIntoCatalog(const io::ImportBatch& batch, core::Catalog& catalog) {
  Upsert(batch.combos, catalog.combos);
  Upsert(batch.elements, catalog.elements);
  Upsert(batch.indicators, catalog.indicators);
  Upsert(batch.org_units, catalog.org_units);
  Upsert(batch.participants, catalog.participants);
  std::set<std::string> children;
  for (const core::ParentLink& link : batch.links) children.insert(link.child);
  std::erase_if(catalog.links, [&](const core::ParentLink& link) { return children.count(link.child) > 0; });
  catalog.links.insert(catalog.links.end(), batch.links.begin(), batch.links.end());
}

}  // namespace polyfon::app
