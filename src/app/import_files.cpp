#include "app/import_files.hpp"

#include <algorithm>
#include <optional>
#include <span>

#include "app/catalog_merge.hpp"
#include "app/registry_items.hpp"
#include "app/sha256.hpp"
#include "app/validate.hpp"

namespace polyfon::app {

namespace {

constexpr size_t kValueChunk = 50000;

template <typename T, typename Put>
core::Status PutAll(const std::vector<T>& items, core::WriteCounts& counts, Put put) {
  for (const T& item : items) {
    auto change = put(item);
    if (!change) return change.error();
    counts.Add(*change);
  }
  return core::Status::Ok();
}

core::Status WriteMetadata(core::StoreWriter& writer, const io::ImportBatch& batch, core::WriteCounts& counts) {
  POLYFON_RETURN_IF_ERROR(PutAll(batch.combos, counts, [&](const auto& x) { return writer.PutCombo(x); }));
  POLYFON_RETURN_IF_ERROR(PutAll(batch.elements, counts, [&](const auto& x) { return writer.PutElement(x); }));
  POLYFON_RETURN_IF_ERROR(PutAll(batch.indicators, counts, [&](const auto& x) { return writer.PutIndicator(x); }));
  POLYFON_RETURN_IF_ERROR(PutAll(batch.org_units, counts, [&](const auto& x) { return writer.PutOrgUnit(x); }));
  // Links arrive grouped by child; each group replaces that child's links.
  const auto& links = batch.links;
  for (size_t begin = 0; begin < links.size();) {
    size_t end = begin;
    while (end < links.size() && links[end].child == links[begin].child) ++end;
    auto change = writer.ReplaceParentLinks(links[begin].child, std::span(links).subspan(begin, end - begin));
    if (!change) return change.error();
    counts.Add(*change);
    begin = end;
  }
  POLYFON_RETURN_IF_ERROR(PutAll(batch.participants, counts, [&](const auto& x) { return writer.PutParticipant(x); }));
  // After the participants, which the registry's items name.
  return WriteRegistryItems(writer, batch.registry, counts);
}

core::Status WriteValues(core::StoreWriter& writer, const InputFile& file, const io::ImportBatch& batch,
                         const ImportRequest& request, core::WriteCounts& counts) {
  const core::ImportSource source{file.name, Sha256Hex(file.content), request.options.now, request.options.stored_by};
  const std::span<const core::DataValue> values(batch.values);
  const auto total = static_cast<int64_t>(values.size());
  for (size_t begin = 0; begin < values.size(); begin += kValueChunk) {
    const size_t count = std::min(kValueChunk, values.size() - begin);
    auto written = writer.PutValues(values.subspan(begin, count), source);
    if (!written) return written.error();
    counts.Add(*written);
    if (request.progress) request.progress({file.name, static_cast<int64_t>(begin + count), total});
  }
  return core::Status::Ok();
}

// A reporter's file: values of its own org units and activities and plan items of its own
// participants (see CheckRegistryWritable), nothing else.
core::Status CheckWritable(const std::string& file_name, const io::ImportBatch& batch,
                           const core::ClusterRegistry& stored_registry, const core::CatalogIndex& catalog,
                           const std::set<std::string>& writable) {
  if (!batch.org_units.empty() || !batch.links.empty() || !batch.elements.empty() || !batch.combos.empty() ||
      !batch.indicators.empty() || !batch.participants.empty()) {
    return core::Status::PermissionDenied(file_name + ": only values may be imported with this role, not metadata");
  }
  POLYFON_RETURN_IF_ERROR(CheckRegistryWritable(file_name, batch.registry, stored_registry, catalog, writable));
  for (const core::DataValue& value : batch.values) {
    if (!writable.contains(value.org_unit)) {
      return core::Status::PermissionDenied(file_name + ": a value for " + value.element + ", " + value.period +
                                            ", " + value.org_unit + ": " + value.org_unit +
                                            " is not one of your own org units or below them; nothing was imported");
    }
  }
  return core::Status::Ok();
}

}  // namespace

core::Result<ImportReport> ImportFiles(core::Store& store, const ImportRequest& request) {
  POLYFON_ASSIGN_OR_RETURN(core::Catalog catalog, store.LoadCatalog());
  ImportReport report;
  report.dry_run = request.dry_run;
  std::vector<io::ImportBatch> batches;
  // The stored registry, read once the first file brings registry items (value imports never need
  // it), and the registry as it will be once the earlier files' items are written.
  std::optional<core::ClusterRegistry> stored_registry;
  core::ClusterRegistry registry;
  for (const InputFile& file : request.files) {
    const core::CatalogIndex index(catalog);
    POLYFON_ASSIGN_OR_RETURN(io::ImportBatch batch, io::ParseImport(file.name, file.content, index, request.options));
    MergeIntoCatalog(batch, catalog);
    if (!batch.links.empty() || !batch.org_units.empty()) {
      core::Status hierarchy = core::ValidateHierarchy(catalog);
      if (!hierarchy.ok()) return core::Status::InvalidArgument(file.name + ": " + hierarchy.message());
    }
    if (!batch.org_units.empty() || !batch.elements.empty() || !batch.combos.empty()) {
      core::Status uids = core::ValidateUids(catalog);
      if (!uids.ok()) return core::Status::InvalidArgument(file.name + ": " + uids.message());
    }
    if (!IsEmpty(batch.registry)) {
      if (!stored_registry) {
        POLYFON_ASSIGN_OR_RETURN(stored_registry, store.LoadRegistry());
        registry = *stored_registry;
      }
      MergeIntoRegistry(batch.registry, registry);
      // Against the catalog with this file's metadata, so a file may name participants it brings.
      const core::CatalogIndex merged_index(catalog);
      POLYFON_RETURN_IF_ERROR(ValidateRegistryItems(file.name, batch.registry, registry, merged_index));
    }
    if (request.writable_org_units) {
      const core::CatalogIndex merged_index(catalog);
      POLYFON_RETURN_IF_ERROR(CheckWritable(file.name, batch, stored_registry.value_or(core::ClusterRegistry{}),
                                            merged_index, *request.writable_org_units));
    }
    FileReport file_report;
    file_report.name = file.name;
    file_report.rows = batch.rows;
    file_report.format = batch.format;
    file_report.skipped_symbols = batch.skipped_symbols;
    report.files.push_back(std::move(file_report));
    batches.push_back(std::move(batch));
  }

  std::vector<core::DataValue> all_values;
  for (const io::ImportBatch& batch : batches) all_values.insert(all_values.end(), batch.values.begin(), batch.values.end());
  POLYFON_ASSIGN_OR_RETURN(report.rule_violations, CheckImportedValues(store, catalog, all_values));

  POLYFON_ASSIGN_OR_RETURN(std::unique_ptr<core::StoreWriter> writer, store.BeginWrite());
  for (size_t i = 0; i < batches.size(); ++i) {
    POLYFON_RETURN_IF_ERROR(WriteMetadata(*writer, batches[i], report.files[i].metadata));
    POLYFON_RETURN_IF_ERROR(WriteValues(*writer, request.files[i], batches[i], request, report.files[i].values));
  }
  if (!request.dry_run) {
    POLYFON_RETURN_IF_ERROR(writer->Commit());
    report.committed = true;
  }
  return report;  // an uncommitted writer rolls back here
}

}  // namespace polyfon::app
