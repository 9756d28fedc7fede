#include "app/undo_import.hpp"

#include <algorithm>

namespace polyfon::app {

core::Result<UndoReport> UndoImport(core::Store& store, const UndoRequest& request) {
  POLYFON_ASSIGN_OR_RETURN(std::vector<core::RecordedSource> sources, store.LoadSources());
  auto undone = std::find_if(sources.begin(), sources.end(),
                             [&](const core::RecordedSource& s) { return s.id == request.source_id; });
  if (undone == sources.end()) {
    return core::Status::NotFound("import " + std::to_string(request.source_id) + " does not exist");
  }
  UndoReport report{.undone = *undone, .counts = {}, .dry_run = request.dry_run, .committed = false};
  const core::ImportSource undo{.name = "undo of import " + std::to_string(request.source_id),
                                .sha256 = "",
                                .imported_at = request.now,
                                .imported_by = request.user};
  // The store checks again inside the transaction: another process may have written meanwhile.
  POLYFON_ASSIGN_OR_RETURN(std::unique_ptr<core::StoreWriter> writer, store.BeginWrite());
  POLYFON_ASSIGN_OR_RETURN(report.counts, writer->UndoSource(request.source_id, undo));
  if (!request.dry_run) {
    POLYFON_RETURN_IF_ERROR(writer->Commit());
    report.committed = true;
  }
  return report;  // an uncommitted writer rolls back here
}

}  // namespace polyfon::app
