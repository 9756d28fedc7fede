#pragma once

#include <cstdint>
#include <string>

#include "core/status.hpp"

// Why StoreWriter::UndoSource refuses, written once so that every back end refuses alike, with the
// same code and message.
namespace polyfon::store {

// "import 3 (npr.csv)": how messages name a recorded import.
inline std::string DescribeImport(int64_t id, const std::string& name) {
  return "import " + std::to_string(id) + " (" + name + ")";
}

inline core::Status UnknownImport(int64_t id) {
  return core::Status::NotFound("import " + std::to_string(id) + " does not exist");
}

inline core::Status UndoOfAnUndo(int64_t id, const std::string& name, int64_t undoes) {
  return core::Status::InvalidArgument(DescribeImport(id, name) + " is itself the undo of import " +
                                       std::to_string(undoes) + "; to bring its values back, import them again");
}

inline core::Status UndoneAlready(int64_t id, const std::string& name, int64_t undone_by) {
  return core::Status::Conflict(DescribeImport(id, name) + " was undone already, by import " +
                                std::to_string(undone_by));
}

inline core::Status NothingRecordedToUndo(int64_t id, const std::string& name) {
  return core::Status::FailedPrecondition(DescribeImport(id, name) +
                                          " has no recorded value changes: it is older than the value history, so "
                                          "it cannot be undone");
}

// `value` is DescribeValue() of the first value import `by` changed after import `id` did.
inline core::Status ChangedAgainLater(int64_t id, const std::string& name, const std::string& value, int64_t by,
                                      const std::string& by_name) {
  return core::Status::Conflict(DescribeImport(id, name) + " cannot be undone: " + value + " was changed again by " +
                                DescribeImport(by, by_name) + "; undo import " + std::to_string(by) + " first");
}

}  // namespace polyfon::store
