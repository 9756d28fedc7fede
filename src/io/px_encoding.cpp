// Finding and applying a PX-Axis file's code page. The declaration is read from the bytes as they
// are: the format's syntax and keywords are ASCII in every code page it allows.

#include "io/px_encoding.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "io/px_keywords.hpp"
#include "io/px_values.hpp"
#include "io/text_check.hpp"
#include "io/text_encoding.hpp"

namespace polyfon::io {

namespace {

struct CodePage {
  std::string name = "utf-8";
  std::string declared_by;  // CODEPAGE="iso-8859-1" on line 2; empty if the file declares none
  const PxRecord* record = nullptr;
};

bool IsPrintableAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

const PxRecord* FindDefault(const PxFile& file, std::string_view keyword) {
  for (const PxRecord& record : file.records) {
    if (record.keyword == keyword && record.language.empty() && record.subkeys.empty()) return &record;
  }
  return nullptr;
}

core::Result<CodePage> DeclaredCodePage(std::string_view file_name, const PxFile& file) {
  CodePage code_page;
  const PxRecord* record = FindDefault(file, "CODEPAGE");
  const bool by_charset = record == nullptr;
  if (by_charset) record = FindDefault(file, "CHARSET");
  if (record == nullptr) return code_page;
  code_page.record = record;
  if (record->value.size() != 1 || record->value[0].kind != PxTokenKind::kText ||
      !IsPrintableAscii(record->value[0].text)) {
    return PxError(file_name, *record,
                   by_charset ? "expected \"ANSI\"" : "expected a code page name such as \"iso-8859-1\"");
  }
  const std::string text(record->value[0].text);
  code_page.declared_by = record->keyword + "=\"" + text + "\" on line " + std::to_string(record->line);
  if (!by_charset) {
    code_page.name = text;
  } else if (text == "ANSI" || text == "ansi") {
    code_page.name = "windows-1252";  // what "ANSI" meant on the Windows systems PC-Axis ran on
  } else {
    return PxError(file_name, *record,
                   "'" + text + "' is no character set the format knows (ANSI); name the code page with CODEPAGE");
  }
  return code_page;
}

int64_t LineAt(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
}

// "FILE:LINE: KEYWORD: " for a problem on `line`, naming the record it is in where known.
std::string Where(std::string_view file_name, const PxFile& file, int64_t line) {
  std::string where = std::string(file_name) + ":" + std::to_string(line) + ": ";
  if (file.has_data && line >= file.data_line) return where + "DATA: ";
  const PxRecord* within = nullptr;
  for (const PxRecord& record : file.records) {
    if (record.line > line) break;
    within = &record;
  }
  // Only the keyword: subkeys may hold the very bytes that could not be read.
  return within == nullptr ? where : where + within->keyword + ": ";
}

std::string HexByte(unsigned char byte) {
  constexpr char kDigits[] = "0123456789ABCDEF";
  return std::string("0x") + kDigits[byte >> 4] + kDigits[byte & 0x0F];
}

}  // namespace

core::Result<std::string_view> DecodePxText(std::string_view file_name, std::string_view content,
                                            std::string& converted) {
  const PxFile header = ReadPxFileUntilError(content);
  POLYFON_ASSIGN_OR_RETURN(const CodePage code_page, DeclaredCodePage(file_name, header));
  std::string_view text = content;
  if (!IsUtf8CodePage(code_page.name)) {
    size_t bad = 0;
    auto result = ConvertToUtf8(content, code_page.name, &bad);
    if (!result) {
      if (bad == std::string_view::npos) return PxError(file_name, *code_page.record, result.error().message());
      return core::Status::InvalidArgument(Where(file_name, header, LineAt(content, bad)) + result.error().message() +
                                           " (" + code_page.declared_by + ")");
    }
    converted = std::move(*result);
    text = converted;
  }
  const size_t bad = FindInvalidText(text);
  if (bad == std::string_view::npos) return text;
  const std::string where = Where(file_name, header, LineAt(text, bad));
  if (text[bad] == '\0') return core::Status::InvalidArgument(where + "a NUL byte: not a text file");
  const std::string byte = HexByte(static_cast<unsigned char>(text[bad]));
  if (code_page.record != nullptr) {
    return core::Status::InvalidArgument(where + "byte " + byte + " is not UTF-8 (" + code_page.declared_by + ")");
  }
  return core::Status::InvalidArgument(where + "byte " + byte +
                                       " is not UTF-8, and no CODEPAGE or CHARSET names another code page");
}

}  // namespace polyfon::io
