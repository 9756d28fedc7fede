#include "io/xlsx_parts.hpp"

#include <cstring>

namespace polyfon::io::xlsx {

namespace {

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void AppendUtf8(std::string& out, unsigned code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

// Appends `text` with OOXML's escapes decoded: Excel writes characters XML cannot hold (control
// characters such as a carriage return) as _xHHHH_, and a literal "_x" as _x005F_x.
void AppendDecoded(std::string& out, std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
      unsigned code = 0;
      bool hex = true;
      for (size_t k = 2; k < 6 && hex; ++k) {
        const int digit = HexDigit(text[i + k]);
        hex = digit >= 0;
        code = code * 16 + static_cast<unsigned>(digit < 0 ? 0 : digit);
      }
      // A lone UTF-16 surrogate cannot be written as UTF-8; such an escape is kept as written.
      if (hex && (code < 0xD800 || code > 0xDFFF)) {
        AppendUtf8(out, code);
        i += 7;
        continue;
      }
    }
    out += text[i++];
  }
}

}  // namespace

core::Status LoadXml(pugi::xml_document& document, std::string& bytes, std::string_view where) {
  const pugi::xml_parse_result result =
      document.load_buffer_inplace(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata_single,
                                   pugi::encoding_auto);
  if (!result) {
    return core::Status::InvalidArgument(std::string(where) + ": malformed XML at offset " +
                                         std::to_string(result.offset) + ": " + result.description());
  }
  return core::Status::Ok();  // a document without a root element is an error to pugixml too
}

std::string_view LocalName(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon != nullptr ? std::string_view(colon + 1) : std::string_view(name);
}

pugi::xml_node Child(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_element && LocalName(child.name()) == local) return child;
  }
  return {};
}

std::string_view Attribute(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_attribute attribute = node.first_attribute(); attribute; attribute = attribute.next_attribute()) {
    if (LocalName(attribute.name()) == local) return attribute.value();
  }
  return {};
}

std::string ItemText(const pugi::xml_node& item) {
  std::string text;
  for (pugi::xml_node child = item.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = LocalName(child.name());
    if (name == "t") {
      AppendDecoded(text, child.text().get());
    } else if (name == "r") {
      AppendDecoded(text, Child(child, "t").text().get());
    }  // rPh (phonetic guides) and phoneticPr are not the cell's text
  }
  return text;
}

core::Result<std::vector<std::string>> ReadSharedStrings(std::string& bytes, std::string_view where) {
  pugi::xml_document document;
  POLYFON_RETURN_IF_ERROR(LoadXml(document, bytes, where));
  const pugi::xml_node table = document.document_element();
  if (LocalName(table.name()) != "sst") {
    return core::Status::InvalidArgument(std::string(where) + ": not a shared string table (root element " +
                                         table.name() + ")");
  }
  std::vector<std::string> strings;
  for (pugi::xml_node item = table.first_child(); item; item = item.next_sibling()) {
    if (item.type() == pugi::node_element && LocalName(item.name()) == "si") strings.push_back(ItemText(item));
  }
  return strings;
}

}  // namespace polyfon::io::xlsx
