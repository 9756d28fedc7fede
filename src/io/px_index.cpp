// Which PX-Axis keywords are read, and what their values must look like.

#include "io/px_index.hpp"

#include <array>
#include <cstdint>
#include <string>

#include "io/px_time.hpp"
#include "io/px_values.hpp"

namespace polyfon::io {

namespace {

enum class Shape { kText, kTextList, kInteger, kTime };

struct KnownKeyword {
  std::string_view keyword;
  Shape shape;
};

// Checked even where unused (UNITS, DATASYMBOL1, ...), so a malformed standard keyword is reported
// rather than silently dropped.
constexpr std::array<KnownKeyword, 25> kKnown{{
    {"CHARSET", Shape::kText},       {"CODEPAGE", Shape::kText},     {"LANGUAGE", Shape::kText},
    {"LANGUAGES", Shape::kTextList}, {"TITLE", Shape::kText},        {"DESCRIPTION", Shape::kText},
    {"CONTENTS", Shape::kText},      {"UNITS", Shape::kText},        {"STUB", Shape::kTextList},
    {"HEADING", Shape::kTextList},   {"VALUES", Shape::kTextList},   {"CODES", Shape::kTextList},
    {"TIMEVAL", Shape::kTime},       {"CONTVARIABLE", Shape::kText}, {"MAP", Shape::kText},
    {"DECIMALS", Shape::kInteger},   {"PRECISION", Shape::kInteger}, {"DATASYMBOL1", Shape::kText},
    {"DATASYMBOL2", Shape::kText},   {"DATASYMBOL3", Shape::kText},  {"DATASYMBOL4", Shape::kText},
    {"DATASYMBOL5", Shape::kText},   {"DATASYMBOL6", Shape::kText},  {"DATASYMBOLNIL", Shape::kText},
    {"DATASYMBOLSUM", Shape::kText},
}};

const KnownKeyword* FindKnown(std::string_view keyword) {
  for (const KnownKeyword& known : kKnown) {
    if (known.keyword == keyword) return &known;
  }
  return nullptr;
}

core::Status CheckShape(std::string_view file_name, const PxRecord& record, Shape shape) {
  switch (shape) {
    case Shape::kText:
      return PxText(file_name, record).status();
    case Shape::kTextList:
      return PxTextList(file_name, record).status();
    case Shape::kTime:
      return ReadPxTimeList(file_name, record).status();
    case Shape::kInteger:
      break;
  }
  POLYFON_ASSIGN_OR_RETURN(const int64_t number, PxInteger(file_name, record));
  if (record.keyword == "DECIMALS" && (number < 0 || number > 15)) {
    return PxError(file_name, record, std::to_string(number) + " is not a number of decimals from 0 to 15");
  }
  return core::Status::Ok();
}

}  // namespace

core::Result<PxIndex> PxIndex::Build(std::string_view file_name, const PxFile& file) {
  PxIndex index;
  for (const PxRecord& record : file.records) {
    if (record.keyword == "KEYS") {
      return PxError(file_name, record,
                     "files with KEYS (DATA as sparse rows) are not supported; save the table without KEYS");
    }
    const KnownKeyword* known = FindKnown(record.keyword);
    if (known == nullptr) continue;
    POLYFON_RETURN_IF_ERROR(CheckShape(file_name, record, known->shape));
    if (record.subkeys.size() > 1) continue;
    const std::string_view subkey = record.subkeys.empty() ? std::string_view() : record.subkeys[0];
    const auto [entry, inserted] = index.records_.try_emplace({record.keyword, record.language, subkey}, &record);
    if (!inserted) {
      return PxError(file_name, record, "given twice (first on line " + std::to_string(entry->second->line) + ")");
    }
  }
  return index;
}

}  // namespace polyfon::io
