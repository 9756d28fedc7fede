// DATA of a PX-Axis file: the bulk of every file (most of BE0101A1's 134 KB), read in one pass
// without tokens or copies.

#include "io/px_data.hpp"

#include <algorithm>
#include <charconv>
#include <string>

#include "io/problem_list.hpp"

namespace polyfon::io {

namespace {

bool IsSeparator(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ','; }

// The statistics offices' marks for a missing figure: PX's one to six dots and "-", and ":",
// Statistics Norway's mark for a confidential figure.
bool IsDataSymbol(std::string_view text) {
  if (text == "-" || text == ":") return true;
  return !text.empty() && text.size() <= 6 && text.find_first_not_of('.') == std::string_view::npos;
}

// A cell as the format writes numbers: [-]digits[.digits], no exponent, no grouping, no '+'.
std::optional<double> ParseCell(std::string_view text) {
  size_t i = text.starts_with('-') ? 1 : 0;
  size_t digits = 0;
  size_t points = 0;
  for (; i < text.size(); ++i) {
    if (text[i] >= '0' && text[i] <= '9') {
      ++digits;
    } else if (text[i] == '.') {
      ++points;
    } else {
      return std::nullopt;
    }
  }
  if (digits == 0 || points > 1) return std::nullopt;
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, std::chars_format::fixed);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// A cell's text for a message, cut short.
std::string Quote(std::string_view text) {
  constexpr size_t kLongest = 20;
  if (text.size() <= kLongest) return std::string(text);
  size_t cut = kLongest;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return std::string(text.substr(0, cut)) + "...";
}

}  // namespace

core::Result<PxCells> ReadPxData(std::string_view file_name, std::string_view data, int64_t first_line,
                                 size_t expected) {
  ProblemList problems(file_name);
  PxCells cells;
  // Every cell takes at least two bytes (a digit and a separator), which bounds what a wrong STUB
  // or HEADING can make us reserve.
  cells.values.reserve(std::min(expected, data.size() / 2 + 1));
  int64_t line = first_line;
  int64_t last_cell_line = first_line;
  size_t pos = 0;
  const auto cell_name = [&cells] { return "DATA: cell " + std::to_string(cells.values.size() + 1) + " is "; };
  while (true) {
    while (pos < data.size() && IsSeparator(data[pos])) {
      if (data[pos] == '\n') ++line;
      ++pos;
    }
    if (pos >= data.size()) {
      cells.end_line = last_cell_line;
      break;
    }
    if (data[pos] == ';') {
      cells.end_line = line;
      ++pos;
      // White space may follow, and the end-of-file mark (0x1A) that DOS programs wrote.
      while (pos < data.size() && ((IsSeparator(data[pos]) && data[pos] != ',') || data[pos] == '\x1A')) {
        if (data[pos] == '\n') ++line;
        ++pos;
      }
      if (pos < data.size()) {
        problems.AddLine(line, "DATA: '" + Quote(data.substr(pos, 1)) +
                                   "' after the ';' that ends DATA (DATA must be the file's last keyword)");
      }
      break;
    }
    last_cell_line = line;
    if (data[pos] == '"') {
      const size_t end = data.find_first_of("\"\n\r", pos + 1);
      if (end == std::string_view::npos || data[end] != '"') {
        problems.AddLine(line, "DATA: unterminated string (a quoted symbol must end on the line it starts on)");
        break;  // where the next cell starts is unknown
      }
      const std::string_view symbol = data.substr(pos + 1, end - pos - 1);
      if (!IsDataSymbol(symbol)) {
        problems.AddLine(
            line, cell_name() + "\"" + Quote(symbol) + "\", not a data symbol (\".\" to \"......\", \"-\" or \":\")");
      } else {
        cells.symbols.emplace_hint(cells.symbols.end(), cells.values.size(), symbol);
      }
      cells.values.emplace_back();
      pos = end + 1;
      continue;
    }
    const size_t start = pos;
    while (pos < data.size() && !IsSeparator(data[pos]) && data[pos] != ';' && data[pos] != '"') ++pos;
    const std::string_view text = data.substr(start, pos - start);
    if (const std::optional<double> value = ParseCell(text)) {
      cells.values.push_back(value);
    } else {
      if (IsDataSymbol(text)) {
        cells.symbols.emplace_hint(cells.symbols.end(), cells.values.size(), text);
      } else {
        problems.AddLine(line, cell_name() + "'" + Quote(text) + "', not a number or a data symbol");
      }
      cells.values.emplace_back();
    }
  }
  if (!problems.empty()) return problems.ToStatus();
  return cells;
}

}  // namespace polyfon::io
