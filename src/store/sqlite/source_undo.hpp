#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/store.hpp"
#include "store/sqlite/connection.hpp"

namespace polyfon::store::sqlite {

// How undoing one import puts its values back: per value it changed, the state before it.
struct UndoPlan {
  struct Target {
    std::array<int64_t, 5> key{};      // element, period, org unit, combo, attribute combo ids
    std::optional<double> value;       // before the import; none: the import inserted it
    core::Provenance provenance;       // before the import, with `value`
    std::optional<int64_t> source_id;  // the import the value before came from
    std::optional<double> current;     // stored now; none: not stored
  };
  int64_t source_id = 0;
  std::vector<Target> targets;
};

// Checks that import `source_id` may be undone (StoreWriter::UndoSource lists the refusals) and
// works out how, reading only, so a refusal leaves the transaction usable.
// REQUIRES: the writer's transaction is open on `connection`.
core::Result<UndoPlan> PlanUndo(Connection& connection, int64_t source_id);

// Carries `plan` out: writes `undo` as a new import_source row marked as the undo, then, for each
// target whose value differs from the stored one, a value_change row of it and the restored (or
// deleted) data_value row. A failure may leave part of it written: the caller must roll back.
core::Result<core::UndoCounts> ApplyUndo(Connection& connection, const UndoPlan& plan, const core::ImportSource& undo);

}  // namespace polyfon::store::sqlite
