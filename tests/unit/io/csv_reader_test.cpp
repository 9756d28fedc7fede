#include "io/csv_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/text_check.hpp"

namespace polyfon::io {
namespace {

struct Row {
  int64_t line;
  std::vector<std::string> fields;
  bool operator==(const Row&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Row& row) {
  os << row.line << ":";
  for (const auto& f : row.fields) os << " [" << f << "]";
  return os;
}

// All records, copied out of the reader (fields are only valid until the next Next()).
std::vector<Row> ReadAll(std::string_view content, char* separator = nullptr) {
  auto reader = CsvReader::Open("f.csv", content);
  EXPECT_TRUE(reader.has_value()) << reader.status().message();
  if (!reader) return {};
  if (separator != nullptr) *separator = reader->separator();
  std::vector<Row> rows;
  CsvRecord record;
  while (reader->Next(&record)) rows.push_back({record.line, {record.fields.begin(), record.fields.end()}});
  EXPECT_TRUE(reader->status().ok()) << reader->status().message();
  return rows;
}

std::string OpenError(std::string_view content) {
  auto reader = CsvReader::Open("f.csv", content);
  return reader ? "(opened)" : reader.error().message();
}

std::string ReadError(std::string_view content) {
  auto reader = CsvReader::Open("f.csv", content);
  if (!reader) return reader.error().message();
  CsvRecord record;
  while (reader->Next(&record)) {
  }
  return reader->status().ok() ? "(read)" : reader->status().message();
}

TEST(CsvReaderTest, ReadsSemicolonsWithBomAndCrlf) {
  char separator = 0;
  const auto rows = ReadAll(
      "\xEF\xBB\xBF"
      "a;b\r\n1;2\r\n",
      &separator);
  EXPECT_EQ(separator, ';');
  EXPECT_EQ(rows, (std::vector<Row>{{1, {"a", "b"}}, {2, {"1", "2"}}}));
}

TEST(CsvReaderTest, QuotedFieldsKeepSeparatorsNewlinesAndDoubledQuotes) {
  const auto rows = ReadAll(
      "a,b\n"
      "\"x,y\",\"line1\r\nline2\"\n"
      "\"he said \"\"hi\"\"\",z\n"
      "last,\"\"\n");
  EXPECT_EQ(rows,
            (std::vector<Row>{
                {1, {"a", "b"}}, {2, {"x,y", "line1\r\nline2"}}, {4, {"he said \"hi\"", "z"}}, {5, {"last", ""}}}));
}

TEST(CsvReaderTest, SeveralUnescapedFieldsInOneRecordStayValid) {
  // Long enough to make the scratch buffer grow between the fields of one record.
  const std::string a(100, 'a');
  const std::string b(5000, 'b');
  const std::string content = "x,y,z\n\"" + a + "\"\"\",plain,\"" + b + "\"\"" + b + "\"\n";
  const auto rows = ReadAll(content);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].fields, (std::vector<std::string>{a + "\"", "plain", b + "\"" + b}));
}

TEST(CsvReaderTest, SniffsSeparatorFromHeaderOutsideQuotes) {
  char separator = 0;
  ReadAll("a;b,c;d\n", &separator);
  EXPECT_EQ(separator, ';');
  ReadAll("a,b,c;d\n", &separator);
  EXPECT_EQ(separator, ',');
  ReadAll("\"a;b;c\",d,e\n1;2;3\n", &separator);
  EXPECT_EQ(separator, ',');
  ReadAll("a\tb\tc,d\n", &separator);
  EXPECT_EQ(separator, '\t');
  ReadAll("single\n1\n", &separator);
  EXPECT_EQ(separator, ',');
  EXPECT_EQ(SniffSeparator("a;b,c\n1,2,3,4,5\n"), ';');  // only the first line counts
}

TEST(CsvReaderTest, KeepsNorwegianLetters) {
  const auto rows = ReadAll("År;Område\nÆrlig;Helse Sør-Øst\n");
  EXPECT_EQ(rows, (std::vector<Row>{{1, {"År", "Område"}}, {2, {"Ærlig", "Helse Sør-Øst"}}}));
}

TEST(CsvReaderTest, SkipsEmptyLinesAndKeepsTrailingEmptyField) {
  const auto rows = ReadAll("a,b\n\n\r\n1,\n2,3");
  EXPECT_EQ(rows, (std::vector<Row>{{1, {"a", "b"}}, {4, {"1", ""}}, {5, {"2", "3"}}}));
}

TEST(CsvReaderTest, BlankRecords) {
  auto reader = CsvReader::Open("f.csv", "a;b;c\n;;\n ; ;x\n");
  ASSERT_TRUE(reader.has_value());
  CsvRecord record;
  ASSERT_TRUE(reader->Next(&record));
  EXPECT_FALSE(record.IsBlank());
  ASSERT_TRUE(reader->Next(&record));
  EXPECT_TRUE(record.IsBlank());
  ASSERT_TRUE(reader->Next(&record));
  EXPECT_FALSE(record.IsBlank());
}

TEST(CsvReaderTest, RejectsEmptyFiles) {
  EXPECT_EQ(OpenError(""), "f.csv: file is empty");
  EXPECT_EQ(OpenError("\xEF\xBB\xBF"), "f.csv: file is empty");
  EXPECT_EQ(OpenError(" \r\n\n\t"), "f.csv: file is empty");
}

TEST(CsvReaderTest, RejectsBinaryAndInvalidUtf8NamingTheLine) {
  const std::string nul("a,b\n1,\0\n", 8);
  EXPECT_EQ(OpenError(nul), "f.csv:2: not a text file (binary data or invalid UTF-8; save it as UTF-8 CSV)");
  // "År" saved as Windows-1252 (Excel's "CSV" in Norway).
  EXPECT_EQ(OpenError("a;b\n1;2\n\xC5r;3\n"),
            "f.csv:3: not a text file (binary data or invalid UTF-8; save it as UTF-8 CSV)");
  const std::string utf16(
      "\xFF\xFE"
      "a\0",
      4);
  EXPECT_EQ(OpenError(utf16), "f.csv:1: not a text file (binary data or invalid UTF-8; save it as UTF-8 CSV)");
}

TEST(CsvReaderTest, RejectsUnterminatedQuoteNamingWhereItOpened) {
  EXPECT_EQ(ReadError("a,b\n1,\"abc\n2,3\n"), "f.csv:2: column 2: quoted field is never closed (unterminated quote)");
}

TEST(CsvReaderTest, RejectsTextAfterClosingQuote) {
  EXPECT_EQ(ReadError("a,b\n\"x\"y,2\n"),
            "f.csv:2: column 1: text after a closing quote (a quote inside a quoted field must be doubled)");
  EXPECT_EQ(ReadError("a,b\n\"x\" ,2\r\n\"y\"\r\n"), "(read)");  // spaces and CRLF after it are fine
}

TEST(TextCheckTest, FindsFirstInvalidByte) {
  EXPECT_EQ(FindInvalidText("plain ASCII text that is longer than eight bytes"), std::string_view::npos);
  EXPECT_EQ(FindInvalidText("æøå ÆØÅ \xE2\x80\xAF \xF0\x9F\x8E\xB5"), std::string_view::npos);
  EXPECT_EQ(FindInvalidText("ab\xC0\xAF"), 2u);            // overlong '/'
  EXPECT_EQ(FindInvalidText("abcdefgh\xED\xA0\x80"), 8u);  // UTF-16 surrogate
  EXPECT_EQ(FindInvalidText("x\xF4\x90\x80\x80"), 1u);     // above U+10FFFF
  EXPECT_EQ(FindInvalidText("x\xE2\x80"), 1u);             // truncated
  EXPECT_EQ(FindInvalidText("x\x80"), 1u);                 // stray continuation byte
}

}  // namespace
}  // namespace polyfon::io
