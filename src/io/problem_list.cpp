#include "io/problem_list.hpp"

#include <algorithm>
#include <cstdint>

namespace polyfon::io {

void ProblemList::Push(int64_t line, std::string message) {
  ++count_;
  if (entries_.size() < kKept) entries_.push_back({line, std::move(message)});
}

void ProblemList::Add(int64_t line, size_t column, std::string_view column_name, std::string_view what) {
  if (entries_.size() >= kKept) {
    ++count_;  // not shown; skip building the text
    return;
  }
  std::string message = file_name_ + ":" + std::to_string(line) + ": column " + std::to_string(column + 1) + " (";
  message.append(column_name);
  message += "): ";
  message.append(what);
  Push(line, std::move(message));
}

void ProblemList::AddLine(int64_t line, std::string_view what) {
  Push(line, file_name_ + ":" + std::to_string(line) + ": " + std::string(what));
}

void ProblemList::AddFile(std::string_view what) { Push(0, file_name_ + ": " + std::string(what)); }

void ProblemList::AddAt(int64_t position, std::string_view location, std::string_view what) {
  if (entries_.size() >= kKept) {
    ++count_;  // not shown; skip building the text
    return;
  }
  std::string message = file_name_ + ": ";
  message.append(location);
  message += ": ";
  message.append(what);
  Push(position, std::move(message));
}

void ProblemList::AddMessage(const core::Status& status) { Push(INT64_MAX, status.message()); }

core::Status ProblemList::ToStatus() const {
  if (count_ == 0) return core::Status::Ok();
  std::vector<const Entry*> sorted;
  sorted.reserve(entries_.size());
  for (const Entry& entry : entries_) sorted.push_back(&entry);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Entry* a, const Entry* b) { return a->line < b->line; });
  std::string text;
  const size_t shown = std::min(kShown, sorted.size());
  for (size_t i = 0; i < shown; ++i) {
    if (i > 0) text += '\n';
    text += sorted[i]->message;
  }
  if (count_ > shown) {
    const size_t more = count_ - shown;
    text += "\n... and " + std::to_string(more) + (more == 1 ? " more problem" : " more problems");
  }
  return core::Status::InvalidArgument(std::move(text));
}

}  // namespace polyfon::io
