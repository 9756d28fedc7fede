#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"

namespace polyfon::io {

// One record of a CSV file. The fields point into the file's bytes or into the reader's scratch
// buffer, so they are valid only until the next call to CsvReader::Next.
struct CsvRecord {
  int64_t line = 0;  // 1-based physical line on which the record starts
  std::vector<std::string_view> fields;

  size_t size() const { return fields.size(); }
  std::string_view operator[](size_t i) const { return fields[i]; }
  // True if every field is empty or whitespace: a blank line, or ";;;" left by a spreadsheet.
  bool IsBlank() const;
};

// Reads RFC 4180 CSV as spreadsheets write it: UTF-8 with or without BOM, LF or CRLF line ends,
// fields separated by `;`, `,` or tab (sniffed from the first line), quoted fields with doubled
// quotes and line breaks inside. Empty physical lines are skipped.
// Written by hand, not taken from a library, because importers need the physical line of every
// record, dialect sniffing and zero-copy fields (string_views into the buffer; only quoted fields
// with doubled quotes are copied) to reach a million values per second.
// The content must outlive the reader. Not thread-safe.
class CsvReader {
 public:
  // Checks that `content` is text and not empty, skips a BOM and sniffs the separator. Fails with
  // kInvalidArgument as "FILE: file is empty" (nothing but a BOM and whitespace) or
  // "FILE:LINE: not a text file (binary data or invalid UTF-8; save it as UTF-8 CSV)".
  static core::Result<CsvReader> Open(std::string_view file_name, std::string_view content);

  // The field separator: ';', ',' or '\t'.
  char separator() const { return separator_; }

  // Reads the next record into *record. Returns false at the end of the input or on an error;
  // then status() tells which (an unterminated quote, text after a closing quote).
  bool Next(CsvRecord* record);
  const core::Status& status() const { return status_; }

  // An upper bound on the records still to come (physical lines left), for reserving memory.
  size_t RemainingLines() const;

 private:
  // Where a field's text lives until the record is complete: the scratch buffer may move while
  // later fields of the same record are unescaped into it.
  struct RawField {
    const char* data;  // nullptr: at `offset` in scratch_
    size_t offset;
    size_t size;
  };

  CsvReader(std::string_view file_name, std::string_view content, char separator, int64_t line)
      : file_name_(file_name), content_(content), separator_(separator), line_(line) {}
  bool ReadQuoted(size_t column, RawField* field);
  void Fail(int64_t line, const std::string& what);

  std::string_view file_name_;
  std::string_view content_;  // after the BOM
  char separator_;
  size_t pos_ = 0;
  int64_t line_ = 1;  // physical line at pos_
  std::vector<RawField> raw_;
  std::string scratch_;
  core::Status status_;
};

// The separator that occurs most often outside quotes in the first line of `content`: ';', ',' or
// tab, ';' winning ties (Norwegian spreadsheets), ',' if there is none.
char SniffSeparator(std::string_view content);

}  // namespace polyfon::io
