#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"

namespace polyfon::io {

// The records of a PX-Axis file, `KEYWORD[lang]("subkey", ...)=value;` (docs/formats/px.md), read
// without interpreting them: px_parser decides what each keyword means.

// One lexical piece of a record's value.
enum class PxTokenKind {
  kText,   // quoted: "Stockholm"; quoted pieces separated only by white space are joined into one
  kWord,   // unquoted: YES, 0, TLIST, A1, and "-" between the ends of a range
  kComma,  // ,
  kOpen,   // (
  kClose,  // )
};

struct PxToken {
  PxTokenKind kind = PxTokenKind::kWord;
  std::string_view text;  // without quotes; empty for punctuation. Points into the text or PxFile
};

struct PxRecord {
  std::string keyword;               // upper case: "VALUES"
  std::string_view language;         // "sv" in VALUES[sv](...); empty for the file's default language
  std::vector<std::string> subkeys;  // VALUES("region") has {"region"}
  std::vector<PxToken> value;
  int64_t line = 0;  // 1-based line of the keyword

  // The record as written up to '=', for messages: VALUES[sv]("region").
  std::string Name() const;
};

// A file split into records. Views point into the text it was read from, or into `joined`.
// Move-only: moving keeps `joined`'s strings where they are, copying would not.
struct PxFile {
  PxFile() = default;
  PxFile(PxFile&&) = default;
  PxFile& operator=(PxFile&&) = default;
  PxFile(const PxFile&) = delete;
  PxFile& operator=(const PxFile&) = delete;

  std::vector<PxRecord> records;  // in file order, DATA excluded
  bool has_data = false;
  std::string_view data;  // after "DATA=": the cells up to the end of the file
  int64_t data_line = 0;  // the line of "DATA="
  // Texts written as several quoted pieces, joined; the only text not in the file as it stands.
  std::deque<std::string> joined;
};

// Reads every record up to DATA, which the format puts last. Lines end in LF or CRLF; a quoted
// text ends on the line it starts on (longer texts are written as several quoted pieces).
// Fails with kInvalidArgument: "FILE:LINE: NAME: what", e.g.
// "f.px:12: TITLE: unterminated string (a quoted text must end on the line it starts on)".
core::Result<PxFile> ReadPxFile(std::string_view file_name, std::string_view text);

// As ReadPxFile, but keeps the values of CHARSET and CODEPAGE only (the other records have none)
// and stops quietly at the first error with the records before it. For reading the code page from
// bytes not yet converted to UTF-8; errors are reported when the converted text is read.
PxFile ReadPxFileUntilError(std::string_view text);

}  // namespace polyfon::io
