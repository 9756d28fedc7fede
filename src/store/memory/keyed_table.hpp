#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/store.hpp"

namespace polyfon::store::memory {

// Rows of one metadata kind keyed by `code`, in insertion order (an update keeps the row's place),
// which is the order the SQLite store returns by id.
template <typename T>
class KeyedTable {
 public:
  const T* Find(std::string_view code) const {
    auto it = index_.find(std::string(code));
    return it == index_.end() ? nullptr : &rows_[it->second];
  }

  // Upserts by code: kUnchanged when an equal row is stored, otherwise kInserted or kUpdated.
  core::Change Put(const T& row) {
    auto [it, inserted] = index_.emplace(row.code, rows_.size());
    if (inserted) {
      rows_.push_back(row);
      return core::Change::kInserted;
    }
    T& stored = rows_[it->second];
    if (stored == row) return core::Change::kUnchanged;
    stored = row;
    return core::Change::kUpdated;
  }

  const std::vector<T>& rows() const { return rows_; }

 private:
  std::vector<T> rows_;
  std::unordered_map<std::string, size_t> index_;
};

}  // namespace polyfon::store::memory
