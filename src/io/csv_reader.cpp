#include "io/csv_reader.hpp"

#include <algorithm>
#include <cstring>

#include "core/text.hpp"
#include "io/text_check.hpp"

namespace polyfon::io {

namespace {
constexpr std::string_view kBom = "\xEF\xBB\xBF";
}  // namespace

bool CsvRecord::IsBlank() const {
  return std::all_of(fields.begin(), fields.end(), [](std::string_view f) { return core::Trim(f).empty(); });
}

char SniffSeparator(std::string_view content) {
  size_t semicolons = 0;
  size_t commas = 0;
  size_t tabs = 0;
  bool quoted = false;
  for (char c : content) {
    if (c == '"') {
      quoted = !quoted;  // a doubled quote toggles twice, which is what we want
    } else if (quoted) {
      continue;
    } else if (c == '\n') {
      break;
    } else if (c == ';') {
      ++semicolons;
    } else if (c == ',') {
      ++commas;
    } else if (c == '\t') {
      ++tabs;
    }
  }
  if (semicolons == 0 && commas == 0 && tabs == 0) return ',';
  if (semicolons >= commas && semicolons >= tabs) return ';';
  return commas >= tabs ? ',' : '\t';
}

core::Result<CsvReader> CsvReader::Open(std::string_view file_name, std::string_view content) {
  if (content.substr(0, kBom.size()) == kBom) content.remove_prefix(kBom.size());
  const size_t bad = FindInvalidText(content);
  // Binary data is reported before emptiness: a file of NUL bytes is not "empty".
  if (bad != std::string_view::npos) {
    const int64_t line = 1 + std::count(content.begin(), content.begin() + static_cast<ptrdiff_t>(bad), '\n');
    return core::Status::InvalidArgument(std::string(file_name) + ":" + std::to_string(line) +
                                         ": not a text file (binary data or invalid UTF-8; save it as UTF-8 CSV)");
  }
  if (core::Trim(content).empty()) return core::Status::InvalidArgument(std::string(file_name) + ": file is empty");
  return CsvReader(file_name, content, SniffSeparator(content), 1);
}

void CsvReader::Fail(int64_t line, const std::string& what) {
  status_ = core::Status::InvalidArgument(std::string(file_name_) + ":" + std::to_string(line) + ": " + what);
}

bool CsvReader::ReadQuoted(size_t column, RawField* field) {
  const char* data = content_.data();
  const size_t n = content_.size();
  const int64_t start_line = line_;
  size_t p = pos_ + 1;
  size_t segment = p;
  bool copied = false;
  size_t scratch_start = 0;
  while (true) {
    const void* found = std::memchr(data + p, '"', n - p);
    if (found == nullptr) {
      Fail(start_line, "column " + std::to_string(column + 1) + ": quoted field is never closed (unterminated quote)");
      return false;
    }
    const size_t quote = static_cast<size_t>(static_cast<const char*>(found) - data);
    line_ += std::count(data + p, data + quote, '\n');
    if (quote + 1 < n && data[quote + 1] == '"') {
      if (!copied) {
        copied = true;
        scratch_start = scratch_.size();
      }
      scratch_.append(data + segment, quote + 1 - segment);  // keeps one of the two quotes
      p = quote + 2;
      segment = p;
      continue;
    }
    if (copied) {
      scratch_.append(data + segment, quote - segment);
      *field = {nullptr, scratch_start, scratch_.size() - scratch_start};
    } else {
      *field = {data + segment, 0, quote - segment};
    }
    pos_ = quote + 1;
    // Spaces after the closing quote are harmless ("a" ;"b"); anything else means a stray quote.
    while (pos_ < n && (data[pos_] == ' ' || data[pos_] == '\r' || (data[pos_] == '\t' && separator_ != '\t'))) {
      ++pos_;
    }
    if (pos_ < n && data[pos_] != separator_ && data[pos_] != '\n') {
      Fail(line_, "column " + std::to_string(column + 1) +
                      ": text after a closing quote (a quote inside a quoted field must be doubled)");
      return false;
    }
    return true;
  }
}

size_t CsvReader::RemainingLines() const {
  const std::string_view rest = content_.substr(std::min(pos_, content_.size()));
  return static_cast<size_t>(std::count(rest.begin(), rest.end(), '\n')) + 1;
}

bool CsvReader::Next(CsvRecord* record) {
  if (!status_.ok()) return false;
  const char* data = content_.data();
  const size_t n = content_.size();
  while (pos_ < n) {  // skip empty physical lines
    if (data[pos_] == '\n') {
      ++pos_;
      ++line_;
    } else if (data[pos_] == '\r' && pos_ + 1 < n && data[pos_ + 1] == '\n') {
      pos_ += 2;
      ++line_;
    } else {
      break;
    }
  }
  if (pos_ >= n) return false;

  record->line = line_;
  raw_.clear();
  scratch_.clear();
  while (true) {
    RawField field{};
    if (pos_ < n && data[pos_] == '"') {
      if (!ReadQuoted(raw_.size(), &field)) return false;
    } else {
      const size_t start = pos_;
      while (pos_ < n && data[pos_] != separator_ && data[pos_] != '\n') ++pos_;
      size_t end = pos_;
      if ((pos_ == n || data[pos_] == '\n') && end > start && data[end - 1] == '\r') --end;
      field = {data + start, 0, end - start};
    }
    raw_.push_back(field);
    if (pos_ < n && data[pos_] == separator_) {
      ++pos_;
      continue;
    }
    if (pos_ < n) {  // the '\n' ending the record
      ++pos_;
      ++line_;
    }
    break;
  }

  record->fields.clear();
  for (const RawField& raw : raw_) {
    record->fields.emplace_back(raw.data != nullptr ? raw.data : scratch_.data() + raw.offset, raw.size);
  }
  return true;
}

}  // namespace polyfon::io
