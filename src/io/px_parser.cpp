// PX-Axis files into a StatCube (docs/formats/px.md): what the keywords mean. The syntax is
// px_keywords', the code page px_encoding's, the checks of each keyword's value px_index's,
// TIMEVAL px_time's and DATA px_data's.

#include "io/px_parser.hpp"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "io/px_data.hpp"
#include "io/px_encoding.hpp"
#include "io/px_index.hpp"
#include "io/px_keywords.hpp"
#include "io/px_time.hpp"
#include "io/px_values.hpp"

namespace polyfon::io {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// "1 204": counts in messages, grouped as Norwegian and Swedish readers write them.
std::string Grouped(size_t count) {
  const std::string digits = std::to_string(count);
  std::string grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ' ';
    grouped += digits[i];
  }
  return grouped;
}

// "1 cell", "1 204 cells".
std::string Counted(size_t count, std::string_view noun) {
  return Grouped(count) + " " + std::string(noun) + (count == 1 ? "" : "s");
}

size_t SaturatingProduct(size_t a, size_t b) {
  size_t product = 0;
  return __builtin_mul_overflow(a, b, &product) ? SIZE_MAX : product;
}

// Interprets the records of one file for one language. Holds pointers into the PxFile.
class CubeBuilder {
 public:
  CubeBuilder(std::string_view file_name, const PxFile& file, PxIndex index)
      : file_name_(file_name), file_(file), index_(std::move(index)) {}

  core::Result<StatCube> Build(std::string_view language);

 private:
  core::Status ChooseLanguage(std::string_view requested);
  // Reads the variables of STUB or HEADING and their names in the language read.
  core::Status ReadVariables(std::string_view keyword);
  core::Result<StatDimension> ReadDimension(size_t variable);
  core::Status ReadData(StatCube& cube, size_t stub_count) const;

  const PxRecord* Find(std::string_view keyword, std::string_view language = {}, std::string_view subkey = {}) const {
    return index_.Find(keyword, language, subkey);
  }
  // The record in the language read where the file has it, else the default language's.
  const PxRecord* FindRead(std::string_view keyword) const {
    const PxRecord* record = language_.empty() ? nullptr : Find(keyword, language_);
    return record != nullptr ? record : Find(keyword);
  }
  core::Status Fail(const PxRecord& record, std::string_view what) const { return PxError(file_name_, record, what); }

  struct Variable {
    std::string name;                     // in the default language: the dimension's id and its records' subkey
    std::string name_read;                // in the language read
    const PxRecord* listed_in = nullptr;  // STUB or HEADING
  };

  std::string_view file_name_;
  const PxFile& file_;
  PxIndex index_;
  std::string language_;  // the [lang] read; empty for the default language
  std::vector<Variable> variables_;
};

core::Status CubeBuilder::ChooseLanguage(std::string_view requested) {
  const PxRecord* language = Find("LANGUAGE");
  const PxRecord* languages = Find("LANGUAGES");
  const std::string default_language = language != nullptr ? PxText(file_name_, *language).value() : "";
  if (requested.empty() || EqualsIgnoringCase(requested, default_language)) return core::Status::Ok();
  std::vector<std::string_view> available;
  if (languages != nullptr) {
    available = PxTextList(file_name_, *languages).value();
  } else if (!default_language.empty()) {
    available.push_back(default_language);
  }
  for (const std::string_view name : available) {
    if (EqualsIgnoringCase(requested, name)) {
      language_ = name;
      return core::Status::Ok();
    }
  }
  const std::string what = "no language '" + std::string(requested) + "' in the file";
  if (available.empty()) {
    return core::Status::InvalidArgument(std::string(file_name_) + ": LANGUAGE: " + what +
                                         " (it names no language; read it without one)");
  }
  std::string list;
  for (const std::string_view name : available) {
    if (!list.empty()) list += ", ";
    list += name;
  }
  return Fail(languages != nullptr ? *languages : *language,
              what + (available.size() == 1 ? " (it has only " : " (it has ") + list + ")");
}

core::Status CubeBuilder::ReadVariables(std::string_view keyword) {
  const PxRecord* record = Find(keyword);
  if (record == nullptr) return core::Status::Ok();
  const std::vector<std::string_view> names = PxTextList(file_name_, *record).value();
  std::vector<std::string_view> names_read = names;
  if (const PxRecord* read = language_.empty() ? nullptr : Find(keyword, language_)) {
    names_read = PxTextList(file_name_, *read).value();
    if (names_read.size() != names.size()) {
      return Fail(*read, Counted(names_read.size(), "variable") + ", but " + std::string(keyword) + " on line " +
                             std::to_string(record->line) + " has " + Grouped(names.size()));
    }
  }
  for (size_t i = 0; i < names.size(); ++i) {
    for (const Variable& variable : variables_) {
      if (variable.name == names[i]) return Fail(*record, "variable \"" + variable.name + "\" is named twice");
    }
    variables_.push_back({std::string(names[i]), std::string(names_read[i]), record});
  }
  return core::Status::Ok();
}

core::Result<StatDimension> CubeBuilder::ReadDimension(size_t index) {
  const Variable& variable = variables_[index];
  const std::string& name = variable.name;
  const PxRecord* values_record = Find("VALUES", {}, name);
  if (values_record == nullptr) {
    return Fail(*variable.listed_in, "variable \"" + name + "\" has no VALUES(\"" + name + "\")");
  }
  // Views into the file's text: categories are copied once, when the dimension is complete.
  const std::vector<std::string_view> values = PxTextList(file_name_, *values_record).value();
  const std::string values_line = " of VALUES on line " + std::to_string(values_record->line);
  StatDimension dimension;
  dimension.id = name;
  dimension.label = variable.name_read;
  std::vector<std::string_view> codes = values;
  const PxRecord* codes_record = values_record;
  if (const PxRecord* record = Find("CODES", {}, name)) {
    codes = PxTextList(file_name_, *record).value();
    codes_record = record;
    if (codes.size() != values.size()) {
      return Fail(*record, Counted(codes.size(), "code") + " for the " + Counted(values.size(), "value") + values_line);
    }
  }
  std::vector<std::string_view> labels = values;
  if (!language_.empty()) {
    const PxRecord* record = Find("VALUES", language_, variable.name_read);
    if (record == nullptr) record = Find("VALUES", language_, name);
    if (record != nullptr) {
      labels = PxTextList(file_name_, *record).value();
      if (labels.size() != values.size()) {
        return Fail(*record,
                    Counted(labels.size(), "value") + " for the " + Counted(values.size(), "value") + values_line);
      }
    }
  }
  PxTimeList time;  // outlives `codes`, which may point into it
  if (const PxRecord* record = Find("TIMEVAL", {}, name)) {
    time = ReadPxTimeList(file_name_, *record).value();
    if (time.codes.size() != values.size()) {
      return Fail(*record,
                  Counted(time.codes.size(), "period") + " for the " + Counted(values.size(), "value") + values_line);
    }
    codes.assign(time.codes.begin(), time.codes.end());
    codes_record = record;
    dimension.role = DimensionRole::kTime;
    dimension.time_scale = std::move(time.scale);
  } else if (const PxRecord* metric = Find("CONTVARIABLE"); metric != nullptr && metric->value[0].text == name) {
    dimension.role = DimensionRole::kMetric;
  } else if (Find("MAP", {}, name) != nullptr) {
    dimension.role = DimensionRole::kGeo;
  }
  // Codes identify categories downstream, so each may stand for one only.
  std::unordered_map<std::string_view, size_t> seen;
  seen.reserve(codes.size());
  for (size_t i = 0; i < codes.size(); ++i) {
    const auto [entry, inserted] = seen.try_emplace(codes[i], i);
    if (!inserted) {
      return Fail(*codes_record, "\"" + std::string(codes[i]) + "\" is given twice (items " +
                                     std::to_string(entry->second + 1) + " and " + std::to_string(i + 1) + ")");
    }
  }
  dimension.categories.reserve(codes.size());
  for (size_t i = 0; i < codes.size(); ++i) {
    dimension.categories.push_back({std::string(codes[i]), std::string(labels[i])});
  }
  return dimension;
}

core::Status CubeBuilder::ReadData(StatCube& cube, size_t stub_count) const {
  if (!file_.has_data) {
    return core::Status::InvalidArgument(std::string(file_name_) +
                                         ": DATA: missing (the cells must follow DATA= at the end of the file)");
  }
  size_t rows = 1;
  size_t columns = 1;
  for (size_t i = 0; i < cube.dimensions.size(); ++i) {
    size_t& product = i < stub_count ? rows : columns;
    product = SaturatingProduct(product, cube.dimensions[i].categories.size());
  }
  const size_t expected = SaturatingProduct(rows, columns);
  POLYFON_ASSIGN_OR_RETURN(PxCells cells, ReadPxData(file_name_, file_.data, file_.data_line, expected));
  if (cells.values.size() != expected) {
    return core::Status::InvalidArgument(std::string(file_name_) + ":" + std::to_string(cells.end_line) +
                                         ": DATA has " + Counted(cells.values.size(), "cell") + ", expected " +
                                         Grouped(expected) + " (STUB × HEADING = " + Grouped(rows) + " × " +
                                         Grouped(columns) + ")");
  }
  cube.values = std::move(cells.values);
  cube.symbols = std::move(cells.symbols);
  return core::Status::Ok();
}

core::Result<StatCube> CubeBuilder::Build(std::string_view language) {
  POLYFON_RETURN_IF_ERROR(ChooseLanguage(language));
  POLYFON_RETURN_IF_ERROR(ReadVariables("STUB"));
  const size_t stub_count = variables_.size();
  POLYFON_RETURN_IF_ERROR(ReadVariables("HEADING"));
  if (variables_.empty()) {
    return core::Status::InvalidArgument(std::string(file_name_) +
                                         ": STUB, HEADING: both missing; one of them must list the table's variables");
  }
  if (const PxRecord* metric = Find("CONTVARIABLE")) {
    const std::string_view name = metric->value[0].text;
    bool listed = false;
    for (const Variable& variable : variables_) listed = listed || variable.name == name;
    if (!listed) return Fail(*metric, "\"" + std::string(name) + "\" is not a variable of STUB or HEADING");
  }
  StatCube cube;
  const PxRecord* title = FindRead("TITLE");
  if (title == nullptr) title = FindRead("DESCRIPTION");
  if (title == nullptr) title = FindRead("CONTENTS");
  if (title != nullptr) cube.title = std::string(title->value[0].text);
  cube.dimensions.reserve(variables_.size());
  for (size_t i = 0; i < variables_.size(); ++i) {
    POLYFON_ASSIGN_OR_RETURN(StatDimension dimension, ReadDimension(i));
    cube.dimensions.push_back(std::move(dimension));
  }
  POLYFON_RETURN_IF_ERROR(ReadData(cube, stub_count));
  return cube;
}

}  // namespace

core::Result<StatCube> ParsePx(std::string_view file_name, std::string_view content, std::string_view language) {
  if (content.starts_with(kBom)) content.remove_prefix(kBom.size());
  if (content.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return core::Status::InvalidArgument(std::string(file_name) + ": file is empty");
  }
  std::string converted;
  POLYFON_ASSIGN_OR_RETURN(const std::string_view text, DecodePxText(file_name, content, converted));
  POLYFON_ASSIGN_OR_RETURN(const PxFile file, ReadPxFile(file_name, text));
  POLYFON_ASSIGN_OR_RETURN(PxIndex index, PxIndex::Build(file_name, file));
  return CubeBuilder(file_name, file, std::move(index)).Build(language);
}

}  // namespace polyfon::io
