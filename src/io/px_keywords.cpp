// The lexical layer of PX-Axis files: records and the tokens of their values. Hand-written, as the
// grammar is small and messages need the line of every record.

#include "io/px_keywords.hpp"

#include <cstddef>
#include <deque>
#include <string>

namespace polyfon::io {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool IsKeywordChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// Ends an unquoted word in a value.
bool EndsWord(char c) { return IsSpace(c) || c == '"' || c == ',' || c == ';' || c == '(' || c == ')' || c == '='; }

// A subkey as a message shows it: cut short (a broken file can make a whole paragraph one).
std::string Shortened(std::string_view text) {
  constexpr size_t kLongest = 40;
  if (text.size() <= kLongest) return std::string(text);
  size_t cut = kLongest;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return std::string(text.substr(0, cut)) + "...";
}

std::string Upper(std::string_view text) {
  std::string upper(text);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return upper;
}

// Splits a text into records. Never reads past the text; every step consumes at least one byte or
// returns, so a malformed file cannot make it loop.
class Lexer {
 public:
  // `all_values`: keep every record's value, else only those of CHARSET and CODEPAGE.
  Lexer(std::string_view file_name, std::string_view text, bool all_values)
      : file_name_(file_name), text_(text), all_values_(all_values) {}

  // Appends the records up to DATA (or the end) to `file`. On error the records read so far stay.
  core::Status Read(PxFile& file);

 private:
  core::Status ReadSubkeys(PxRecord& record);
  core::Status ReadValue(PxRecord& record, std::deque<std::string>& joined);
  // Reads the quoted text at pos_ (a '"') into `text`, without the quotes.
  core::Status ReadQuoted(const PxRecord& record, std::string_view& text);
  void SkipSpace();
  bool At(char c) const { return pos_ < text_.size() && text_[pos_] == c; }
  // The character at `offset` as a message quotes it.
  std::string Describe(size_t offset) const;
  core::Status Fail(int64_t line, const std::string& name, std::string_view what) const;

  std::string_view file_name_;
  std::string_view text_;
  bool all_values_;
  size_t pos_ = 0;
  int64_t line_ = 1;
};

void Lexer::SkipSpace() {
  while (pos_ < text_.size() && IsSpace(text_[pos_])) {
    if (text_[pos_] == '\n') ++line_;
    ++pos_;
  }
}

std::string Lexer::Describe(size_t offset) const {
  if (offset >= text_.size()) return "the end of the file";
  const auto c = static_cast<unsigned char>(text_[offset]);
  if (c == '\n' || c == '\r') return "the end of the line";
  if (c < 0x20 || c == 0x7F) {
    constexpr char kDigits[] = "0123456789ABCDEF";
    return std::string("the control character 0x") + kDigits[c >> 4] + kDigits[c & 0x0F];
  }
  size_t length = 1;  // a UTF-8 sequence: the lead byte and its continuation bytes
  while (offset + length < text_.size() && length < 4 &&
         (static_cast<unsigned char>(text_[offset + length]) & 0xC0) == 0x80) {
    ++length;
  }
  return "'" + std::string(text_.substr(offset, c < 0x80 ? 1 : length)) + "'";
}

core::Status Lexer::Fail(int64_t line, const std::string& name, std::string_view what) const {
  std::string message = std::string(file_name_) + ":" + std::to_string(line) + ": ";
  if (!name.empty()) message += name + ": ";
  message.append(what);
  return core::Status::InvalidArgument(std::move(message));
}

core::Status Lexer::Read(PxFile& file) {
  while (true) {
    SkipSpace();
    if (pos_ >= text_.size()) return core::Status::Ok();
    PxRecord record;
    record.line = line_;
    const size_t start = pos_;
    while (pos_ < text_.size() && IsKeywordChar(text_[pos_])) ++pos_;
    if (pos_ == start) return Fail(line_, "", "expected a keyword such as TITLE, found " + Describe(pos_));
    record.keyword = Upper(text_.substr(start, pos_ - start));
    if (At('[')) {
      const size_t language_start = ++pos_;
      while (pos_ < text_.size() && IsKeywordChar(text_[pos_])) ++pos_;
      if (pos_ == language_start || !At(']')) {
        return Fail(line_, record.keyword, "expected a language code and ']' after '[', found " + Describe(pos_));
      }
      record.language = text_.substr(language_start, pos_ - language_start);
      ++pos_;
    }
    SkipSpace();
    if (At('(')) {
      POLYFON_RETURN_IF_ERROR(ReadSubkeys(record));
      SkipSpace();
    }
    if (!At('=')) return Fail(line_, record.Name(), "expected '=' after the keyword, found " + Describe(pos_));
    ++pos_;
    if (record.keyword == "DATA") {
      if (!record.language.empty() || !record.subkeys.empty()) {
        return Fail(record.line, record.Name(), "DATA takes no language or subkey");
      }
      file.has_data = true;
      file.data = text_.substr(pos_);
      file.data_line = line_;
      return core::Status::Ok();
    }
    POLYFON_RETURN_IF_ERROR(ReadValue(record, file.joined));
    file.records.push_back(std::move(record));
  }
}

core::Status Lexer::ReadSubkeys(PxRecord& record) {
  ++pos_;  // '('
  while (true) {
    SkipSpace();
    if (!At('"')) return Fail(line_, record.Name(), "expected a quoted subkey after '(', found " + Describe(pos_));
    std::string_view subkey;
    POLYFON_RETURN_IF_ERROR(ReadQuoted(record, subkey));
    record.subkeys.emplace_back(subkey);
    SkipSpace();
    if (At(',')) {
      ++pos_;
    } else if (At(')')) {
      ++pos_;
      return core::Status::Ok();
    } else {
      return Fail(line_, record.Name(), "expected ',' or ')' after a subkey, found " + Describe(pos_));
    }
  }
}

core::Status Lexer::ReadValue(PxRecord& record, std::deque<std::string>& joined) {
  const bool keep = all_values_ || record.keyword == "CHARSET" || record.keyword == "CODEPAGE";
  bool after_text = false;  // a quoted piece right after a text continues that text
  while (true) {
    SkipSpace();
    if (pos_ >= text_.size()) return Fail(record.line, record.Name(), "no ';' ends the value before the file ends");
    const char c = text_[pos_];
    if (c == ';') {
      ++pos_;
      return core::Status::Ok();
    }
    if (c == '"') {
      std::string_view piece;
      POLYFON_RETURN_IF_ERROR(ReadQuoted(record, piece));
      if (!keep) {
        // Only the syntax is checked.
      } else if (!after_text) {
        record.value.push_back({PxTokenKind::kText, piece});
      } else {
        std::string_view& text = record.value.back().text;
        // The first join copies the text so far; later pieces append to that copy.
        if (joined.empty() || text.data() != joined.back().data()) joined.emplace_back(text);
        joined.back().append(piece);
        text = joined.back();
      }
      after_text = true;
      continue;
    }
    after_text = false;
    if (c == '=') {
      // The '=' of the next record: this one lacks its ';'.
      return Fail(record.line, record.Name(),
                  "no ';' ends the value (the next keyword's '=' is on line " + std::to_string(line_) + ")");
    }
    if (c == ',' || c == '(' || c == ')') {
      if (keep) {
        const PxTokenKind kind = c == ',' ? PxTokenKind::kComma : c == '(' ? PxTokenKind::kOpen : PxTokenKind::kClose;
        record.value.push_back({kind, {}});
      }
      ++pos_;
      continue;
    }
    const size_t start = pos_;
    while (pos_ < text_.size() && !EndsWord(text_[pos_])) ++pos_;
    if (keep) record.value.push_back({PxTokenKind::kWord, text_.substr(start, pos_ - start)});
  }
}

core::Status Lexer::ReadQuoted(const PxRecord& record, std::string_view& text) {
  const size_t start = pos_ + 1;
  for (size_t i = start; i < text_.size(); ++i) {
    if (text_[i] == '"') {
      text = text_.substr(start, i - start);
      pos_ = i + 1;
      return core::Status::Ok();
    }
    if (text_[i] == '\n' || text_[i] == '\r') break;
  }
  return Fail(line_, record.Name(), "unterminated string (a quoted text must end on the line it starts on)");
}

}  // namespace

std::string PxRecord::Name() const {
  std::string name = keyword;
  if (!language.empty()) name += "[" + std::string(language) + "]";
  if (!subkeys.empty()) {
    name += "(";
    for (size_t i = 0; i < subkeys.size(); ++i) name += (i > 0 ? ",\"" : "\"") + Shortened(subkeys[i]) + "\"";
    name += ")";
  }
  return name;
}

core::Result<PxFile> ReadPxFile(std::string_view file_name, std::string_view text) {
  PxFile file;
  POLYFON_RETURN_IF_ERROR(Lexer(file_name, text, true).Read(file));
  return file;
}

PxFile ReadPxFileUntilError(std::string_view text) {
  PxFile file;
  (void)Lexer({}, text, false).Read(file);  // the error is reported when the converted text is read
  return file;
}

}  // namespace polyfon::io
