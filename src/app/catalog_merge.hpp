#pragma once

#include "core/catalog.hpp"
#include "io/import_batch.hpp"

namespace polyfon::app {

// Adds the metadata of `batch` to `catalog` as the store will hold it after the batch is written:
// entries replace those with the same code, and a unit's parent links are replaced as a whole.
void MergeIntoCatalog(const io::ImportBatch& batch, core::Catalog& catalog);

}  // namespace polyfon::app
