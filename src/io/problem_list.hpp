#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"

namespace polyfon::io {

// Collects what is wrong with one imported file, so a user sees many problems at once instead of
// fixing them one run at a time. Messages are "FILE:LINE: column N (NAME): what is wrong", or
// "FILE: LOCATION: what is wrong" in formats without meaningful lines (JSON: "dataValues[3].value").
// Not thread-safe.
class ProblemList {
 public:
  // At most this many problems are shown; the rest are counted.
  static constexpr size_t kShown = 10;

  explicit ProblemList(std::string_view file_name) : file_name_(file_name) {}

  // "FILE:LINE: column N (NAME): what"; `column` is 0-based, printed 1-based.
  void Add(int64_t line, size_t column, std::string_view column_name, std::string_view what);
  // "FILE:LINE: what", for a problem with a whole row.
  void AddLine(int64_t line, std::string_view what);
  // "FILE: what", for a problem with the file as a whole.
  void AddFile(std::string_view what);
  // "FILE: LOCATION: what", for a problem found at `position` (sorted like a line: a JSON document
  // passes 0 for its top level and i + 1 for its i-th data value, so messages follow the file).
  void AddAt(int64_t position, std::string_view location, std::string_view what);
  // A message that already names file and line (a CsvReader error); sorted after the others,
  // since reading stopped there.
  void AddMessage(const core::Status& status);

  bool empty() const { return count_ == 0; }
  size_t size() const { return count_; }
  // kInvalidArgument with the first kShown problems in line (or position) order, one per line, then
  // "... and K more problems"; Ok() if there are none.
  core::Status ToStatus() const;

 private:
  // Problems found after all rows were read (say, an unknown parent) are sorted in among the
  // others, so a bounded number is kept rather than only the first kShown.
  static constexpr size_t kKept = 1000;

  struct Entry {
    int64_t line;  // 0 for the file as a whole; a position for AddAt
    std::string message;
  };
  void Push(int64_t line, std::string message);

  std::string file_name_;
  std::vector<Entry> entries_;
  size_t count_ = 0;
};

}  // namespace polyfon::io
