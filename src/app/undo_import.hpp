#pragma once

#include <cstdint>
#include <string>

#include "core/status.hpp"
#include "core/store.hpp"

namespace polyfon::app {

struct UndoRequest {
  int64_t source_id = 0;  // the import to undo, as LoadSources() numbers it
  std::string now;        // ISO 8601, recorded as the undo's time (the caller reads the clock)
  std::string user;       // recorded as who undid it
  bool dry_run = false;
};

struct UndoReport {
  core::RecordedSource undone;  // the import, as recorded before the undo
  core::UndoCounts counts;      // counts.source_id: the undo's own record (not kept on a dry run)
  bool dry_run = false;
  bool committed = false;
};

// Undoes one import as a whole in one transaction: every value it changed goes back to what it was
// before, values it inserted are deleted, and the undo is recorded as an import of its own named
// "undo of import N" whose changes are these restorations. With dry_run everything is done and
// rolled back, so the report says exactly what would change. Fails, with nothing written, as
// StoreWriter::UndoSource does: kNotFound (no such import), kConflict (undone already, or a value
// changed again by a later import that is not undone: undo that one first), kInvalidArgument (an
// undo), kFailedPrecondition (an import older than the value history).
core::Result<UndoReport> UndoImport(core::Store& store, const UndoRequest& request);

}  // namespace polyfon::app
