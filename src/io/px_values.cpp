// The shapes of PX-Axis values: one quoted text, a list of them, a whole number.

#include "io/px_values.hpp"

#include <charconv>

namespace polyfon::io {

std::string RenderPxValue(const std::vector<PxToken>& value) {
  if (value.empty()) return "nothing";
  constexpr size_t kLongest = 40;
  std::string text;
  for (const PxToken& token : value) {
    switch (token.kind) {
      case PxTokenKind::kText:
        text += "\"";
        text += token.text;
        text += "\"";
        break;
      case PxTokenKind::kWord:
        text += token.text;
        break;
      case PxTokenKind::kComma:
        text += ",";
        break;
      case PxTokenKind::kOpen:
        text += "(";
        break;
      case PxTokenKind::kClose:
        text += ")";
        break;
    }
    if (text.size() > kLongest) break;
  }
  if (text.size() > kLongest) {
    size_t cut = kLongest;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    text.resize(cut);
    text += "...";
  }
  return text;
}

core::Status PxError(std::string_view file_name, const PxRecord& record, std::string_view what) {
  return core::Status::InvalidArgument(std::string(file_name) + ":" + std::to_string(record.line) + ": " +
                                       record.Name() + ": " + std::string(what));
}

core::Result<std::string> PxText(std::string_view file_name, const PxRecord& record) {
  if (record.value.size() != 1 || record.value[0].kind != PxTokenKind::kText) {
    return PxError(file_name, record, "expected one quoted text, found " + RenderPxValue(record.value));
  }
  return std::string(record.value[0].text);
}

core::Result<std::vector<std::string_view>> PxTextList(std::string_view file_name, const PxRecord& record) {
  const std::vector<PxToken>& value = record.value;
  bool valid = value.size() % 2 == 1;
  for (size_t i = 0; valid && i < value.size(); ++i) {
    valid = value[i].kind == (i % 2 == 0 ? PxTokenKind::kText : PxTokenKind::kComma);
  }
  if (!valid) {
    return PxError(file_name, record, "expected quoted texts separated by commas, found " + RenderPxValue(value));
  }
  std::vector<std::string_view> texts;
  texts.reserve(value.size() / 2 + 1);
  for (size_t i = 0; i < value.size(); i += 2) texts.push_back(value[i].text);
  return texts;
}

core::Result<int64_t> PxInteger(std::string_view file_name, const PxRecord& record) {
  int64_t number = 0;
  if (record.value.size() == 1 && record.value[0].kind != PxTokenKind::kComma) {
    const std::string_view text = record.value[0].text;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error == std::errc() && end == text.data() + text.size() && !text.empty()) return number;
  }
  return PxError(file_name, record, "expected a whole number, found " + RenderPxValue(record.value));
}

}  // namespace polyfon::io
