// DHIS2 data value set JSON: {"period": .., "orgUnit": .., "dataValues": [{"dataElement": ..}, ..]}.
// Spec: docs/formats/dhis2_json.md. The checks themselves are Dhis2ValueChecker's, shared with CSV.

#include "io/dhis2_json_parser.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "io/dhis2_value_checker.hpp"
#include "io/json_errors.hpp"
#include "io/problem_list.hpp"
#include "io/text_check.hpp"

namespace polyfon::io {

namespace {

using Json = nlohmann::json;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// DHIS2's JSON names of the fields, in Dhis2Field order.
constexpr std::array<std::string_view, kDhis2FieldCount> kFieldNames{{
    "dataElement",
    "period",
    "orgUnit",
    "categoryOptionCombo",
    "attributeOptionCombo",
    "value",
    "storedBy",
    "lastUpdated",
    "comment",
    "followup",
}};

constexpr std::string_view kTopFields =
    "dataSet, completeDate, period, orgUnit, attributeOptionCombo, dataValues or an id scheme such as idScheme";
constexpr std::string_view kValueFields =
    "dataElement, period, orgUnit, categoryOptionCombo, attributeOptionCombo, value, storedBy, created, "
    "lastUpdated, comment, followup or deleted";

// The top-level fields that stand in for a data value's own when it has none.
constexpr std::array<Dhis2Field, 3> kDefaultable{Dhis2Field::kPeriod, Dhis2Field::kOrgUnit,
                                                 Dhis2Field::kAttributeCombo};

uint16_t Bit(Dhis2Field field) { return static_cast<uint16_t>(1U << static_cast<size_t>(field)); }

std::string_view FieldName(Dhis2Field field) { return kFieldNames[static_cast<size_t>(field)]; }

std::optional<Dhis2Field> FieldNamed(std::string_view name) {
  for (size_t i = 0; i < kDhis2FieldCount; ++i) {
    if (kFieldNames[i] == name) return static_cast<Dhis2Field>(i);
  }
  return std::nullopt;
}

std::string ValueLocation(int64_t index) { return "dataValues[" + std::to_string(index) + "]"; }

// What a JSON token is, for messages.
enum class Kind { kNull, kBoolean, kNumber, kString, kObject, kArray };

const char* KindName(Kind kind) {
  switch (kind) {
    case Kind::kNull: return "null";
    case Kind::kBoolean: return "a boolean";
    case Kind::kNumber: return "a number";
    case Kind::kString: return "a string";
    case Kind::kObject: return "an object";
    case Kind::kArray: return "an array";
  }
  return "a value";
}

// A JSON number as the value text a CSV cell would hold: whole numbers without a decimal point,
// others in the shortest form that reads back to the same double, never with an exponent (the
// number parser takes none, as spreadsheets write none).
std::string FloatText(double value) {
  char buffer[400];  // the longest fixed form of a double (5e-324) has 325 digits
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  if (result.ec != std::errc()) return "not a finite number";
  return std::string(buffer, result.ptr);
}

// A field's text, kept in the handler's arena: the SAX parser's strings do not outlive their event.
struct Span {
  size_t offset = 0;
  size_t size = 0;
};

// One element of dataValues, as read, before any check.
struct PendingValue {
  std::array<Span, kDhis2FieldCount> fields;
  uint16_t given = 0;  // fields present (to reject a repeated key)
  uint16_t bad = 0;    // fields of a wrong JSON type, reported already
  bool object = true;  // false: the element was no object (reported already)
};

// Reads the document's structure and keeps each data value's text, reporting what is wrong with
// the structure (a wrong JSON type, an unknown or repeated field). Values are checked only once the
// whole document is read, because the top-level defaults may come after dataValues.
// Implements nlohmann's SAX interface; returning false from an event stops parsing.
class DataValueSetHandler {
 public:
  explicit DataValueSetHandler(ProblemList& problems) : problems_(problems) {}

  bool null() { return Scalar(Kind::kNull, {}); }
  bool boolean(bool value) { return Scalar(Kind::kBoolean, value ? "true" : "false"); }
  bool number_integer(Json::number_integer_t value) { return Scalar(Kind::kNumber, std::to_string(value)); }
  bool number_unsigned(Json::number_unsigned_t value) { return Scalar(Kind::kNumber, std::to_string(value)); }
  bool number_float(Json::number_float_t value, const Json::string_t& /*raw*/) {
    return Scalar(Kind::kNumber, FloatText(value));
  }
  bool string(Json::string_t& value) { return Scalar(Kind::kString, value); }
  bool binary(Json::binary_t& /*value*/) { return true; }  // only binary formats (CBOR, ...) have these
  bool start_object(std::size_t /*elements*/) { return Open(Kind::kObject); }
  bool end_object() { return Close(); }
  bool start_array(std::size_t /*elements*/) { return Open(Kind::kArray); }
  bool end_array() { return Close(); }
  bool key(Json::string_t& name);
  bool parse_error(std::size_t position, const std::string& /*last_token*/, const Json::exception& error) {
    error_position_ = position;
    error_message_ = JsonParserMessage(error.what());
    return false;
  }

  // After a failed parse: the 1-based count of bytes read when it failed, and why.
  size_t error_position() const { return error_position_; }
  const std::string& error_message() const { return error_message_; }

  const std::vector<PendingValue>& values() const { return values_; }
  std::string_view Text(const Span& span) const { return std::string_view(arena_).substr(span.offset, span.size); }
  // The top-level default for `field` (period, orgUnit, attributeOptionCombo), or "".
  std::string_view Default(Dhis2Field field) const { return defaults_[static_cast<size_t>(field)]; }
  // The id schemes the document states for itself (idScheme, orgUnitIdScheme, ...).
  const IdSchemes& schemes() const { return schemes_; }
  // True if a stated id scheme was rejected: the values cannot be read then.
  bool bad_scheme() const { return bad_scheme_; }

 private:
  enum class Level { kRoot, kTop, kValues, kValue, kDone };
  // What the value after the last key is for.
  enum class Target { kIgnore, kDataValues, kDefault, kMetadata, kIdScheme, kField, kCreated, kDeleted };

  bool Scalar(Kind kind, std::string_view text);
  bool Open(Kind kind);
  bool Close();
  void TopValue(Kind kind, std::string_view text);
  void FieldValue(Kind kind, std::string_view text);
  void StartValue() { values_.emplace_back(); }
  void ReportTop(std::string_view location, std::string_view what) { problems_.AddAt(0, location, what); }
  void ReportValue(std::string_view what);
  // Skips the container just opened: its contents are no data.
  void Skip() { skip_depth_ = 1; }

  ProblemList& problems_;
  Level level_ = Level::kRoot;
  size_t skip_depth_ = 0;  // > 0 inside a container being skipped
  Target target_ = Target::kIgnore;
  Dhis2Field field_ = Dhis2Field::kElement;  // with kField and kDefault
  std::string key_;                          // the last key read
  std::vector<std::string> top_keys_;        // keys seen at the top level
  bool has_data_values_ = false;
  std::array<std::string, kDhis2FieldCount> defaults_;
  IdSchemes schemes_;
  bool bad_scheme_ = false;
  std::vector<PendingValue> values_;
  std::string arena_;
  size_t error_position_ = 0;
  std::string error_message_;
};

bool DataValueSetHandler::key(Json::string_t& name) {
  if (skip_depth_ > 0) return true;
  key_ = name;
  target_ = Target::kIgnore;
  if (level_ == Level::kTop) {
    if (std::find(top_keys_.begin(), top_keys_.end(), name) != top_keys_.end()) {
      ReportTop(name, "given twice");
      return true;
    }
    top_keys_.push_back(name);
    if (name == "dataValues") {
      has_data_values_ = true;
      target_ = Target::kDataValues;
    } else if (name == "dataSet" || name == "completeDate") {
      target_ = Target::kMetadata;
    } else if (IdSchemeSlot(schemes_, name) != nullptr) {
      target_ = Target::kIdScheme;
    } else if (const auto field = FieldNamed(name);
               field && std::find(kDefaultable.begin(), kDefaultable.end(), *field) != kDefaultable.end()) {
      target_ = Target::kDefault;
      field_ = *field;
    } else {
      ReportTop(name, "unknown field (expected " + std::string(kTopFields) + ")");
    }
    return true;
  }
  // In a data value.
  PendingValue& value = values_.back();
  if (const auto field = FieldNamed(name)) {
    if ((value.given & Bit(*field)) != 0) {
      ReportValue("given twice");
      return true;
    }
    value.given |= Bit(*field);
    target_ = Target::kField;
    field_ = *field;
  } else if (name == "created") {
    target_ = Target::kCreated;  // DHIS2 writes it; the store keeps no creation time
  } else if (name == "deleted") {
    target_ = Target::kDeleted;
  } else {
    ReportValue("unknown field (expected " + std::string(kValueFields) + ")");
  }
  return true;
}

bool DataValueSetHandler::Scalar(Kind kind, std::string_view text) {
  if (skip_depth_ > 0) return true;
  switch (level_) {
    case Level::kRoot:
      problems_.AddFile(std::string("expected a JSON object (a DHIS2 data value set with dataValues), found ") +
                        KindName(kind));
      level_ = Level::kDone;
      break;
    case Level::kTop: TopValue(kind, text); break;
    case Level::kValues:
      StartValue();
      values_.back().object = false;
      problems_.AddAt(static_cast<int64_t>(values_.size()), ValueLocation(static_cast<int64_t>(values_.size()) - 1),
                      std::string("must be an object, found ") + KindName(kind));
      break;
    case Level::kValue: FieldValue(kind, text); break;
    case Level::kDone: break;  // the parser rejects anything after the document
  }
  return true;
}

bool DataValueSetHandler::Open(Kind kind) {
  if (skip_depth_ > 0) {
    ++skip_depth_;
    return true;
  }
  switch (level_) {
    case Level::kRoot:
      if (kind == Kind::kObject) {
        level_ = Level::kTop;
      } else {
        Scalar(kind, {});
        Skip();
      }
      break;
    case Level::kTop:
      if (target_ == Target::kDataValues && kind == Kind::kArray) {
        level_ = Level::kValues;
      } else {
        TopValue(kind, {});
        Skip();
      }
      break;
    case Level::kValues:
      if (kind == Kind::kObject) {
        StartValue();
        level_ = Level::kValue;
      } else {
        Scalar(kind, {});
        Skip();
      }
      break;
    case Level::kValue:
      FieldValue(kind, {});
      Skip();
      break;
    case Level::kDone: Skip(); break;
  }
  return true;
}

bool DataValueSetHandler::Close() {
  if (skip_depth_ > 0) {
    --skip_depth_;  // at 0 the skipped container is closed and its parent's level goes on
    return true;
  }
  switch (level_) {
    case Level::kTop:
      level_ = Level::kDone;
      if (!has_data_values_) ReportTop("dataValues", "missing; a data value set lists its values in dataValues");
      break;
    case Level::kValues: level_ = Level::kTop; break;
    case Level::kValue: level_ = Level::kValues; break;
    case Level::kRoot:
    case Level::kDone: break;
  }
  return true;
}

void DataValueSetHandler::TopValue(Kind kind, std::string_view text) {
  const bool container = kind == Kind::kObject || kind == Kind::kArray;
  switch (target_) {
    case Target::kDataValues:
      ReportTop(key_, std::string("must be an array of data values, found ") + KindName(kind));
      break;
    case Target::kDefault:
      if (container) {
        ReportTop(key_, std::string("must be a string, found ") + KindName(kind));
      } else if (kind != Kind::kNull) {
        defaults_[static_cast<size_t>(field_)] = std::string(text);
      }
      break;
    case Target::kMetadata:
      if (container) ReportTop(key_, std::string("must be a string, found ") + KindName(kind));
      break;  // dataSet and completeDate name what DHIS2 would file the values under; nothing here
    case Target::kIdScheme:
      if (kind == Kind::kString) {
        auto scheme = ParseIdScheme(text);
        if (scheme) {
          *IdSchemeSlot(schemes_, key_) = *scheme;
        } else {
          ReportTop(key_, scheme.error().message());
          bad_scheme_ = true;
        }
      } else if (kind != Kind::kNull) {
        ReportTop(key_, std::string("must be CODE or UID, found ") + KindName(kind));
        bad_scheme_ = true;
      }
      break;
    case Target::kIgnore:
    case Target::kField:
    case Target::kCreated:
    case Target::kDeleted: break;
  }
}

void DataValueSetHandler::FieldValue(Kind kind, std::string_view text) {
  PendingValue& value = values_.back();
  const bool container = kind == Kind::kObject || kind == Kind::kArray;
  switch (target_) {
    case Target::kField:
      if (container) {
        value.bad |= Bit(field_);
        const char* expected = field_ == Dhis2Field::kValue      ? "a string or a number"
                               : field_ == Dhis2Field::kFollowup ? "true or false"
                                                                 : "a string";
        ReportValue(std::string("must be ") + expected + ", found " + KindName(kind));
      } else if (kind != Kind::kNull) {  // null: as if absent
        value.fields[static_cast<size_t>(field_)] = Span{arena_.size(), text.size()};
        arena_.append(text);
      }
      break;
    case Target::kCreated:
      if (container) ReportValue(std::string("must be a string, found ") + KindName(kind));
      break;
    case Target::kDeleted:
      if (kind == Kind::kBoolean && text == "true") {
        ReportValue("true: deleting values is not supported (leave the value out instead)");
      } else if (kind != Kind::kBoolean && kind != Kind::kNull) {
        ReportValue(std::string("must be true or false, found ") + KindName(kind));
      }
      break;
    case Target::kIgnore:
    case Target::kDataValues:
    case Target::kDefault:
    case Target::kMetadata:
    case Target::kIdScheme: break;
  }
}

void DataValueSetHandler::ReportValue(std::string_view what) {
  const auto index = static_cast<int64_t>(values_.size()) - 1;
  problems_.AddAt(index + 1, ValueLocation(index) + "." + key_, what);
}

// Names a field by its place in the document; a problem with a top-level default is reported once,
// at the top level, rather than for every value that uses it.
class JsonValueSite final : public Dhis2ValueSite {
 public:
  explicit JsonValueSite(ProblemList& problems) : problems_(problems) {}

  void SetValue(int64_t index, uint16_t defaulted, uint16_t bad) {
    index_ = index;
    defaulted_ = defaulted;
    bad_ = bad;
  }

  void Report(Dhis2Field field, std::string_view what) override {
    const uint16_t bit = Bit(field);
    if ((bad_ & bit) != 0) return;  // its JSON type was reported; an "empty" on top would mislead
    if ((defaulted_ & bit) != 0) {
      if ((reported_defaults_ & bit) == 0) problems_.AddAt(0, FieldName(field), what);
      reported_defaults_ |= bit;
      return;
    }
    problems_.AddAt(index_ + 1, ValueLocation(index_) + "." + std::string(FieldName(field)), what);
  }
  std::string Earlier(int64_t position) const override { return "in " + ValueLocation(position); }

 private:
  ProblemList& problems_;
  int64_t index_ = 0;
  uint16_t defaulted_ = 0;
  uint16_t bad_ = 0;
  uint16_t reported_defaults_ = 0;
};

void CheckValues(const DataValueSetHandler& handler, const core::CatalogIndex& catalog, const IdSchemes& schemes,
                 ProblemList& problems, ImportBatch& batch) {
  const std::vector<PendingValue>& pending = handler.values();
  batch.rows = static_cast<int64_t>(pending.size());
  Dhis2ValueChecker checker(catalog, batch.values, schemes.Overridden(handler.schemes()));
  checker.Reserve(pending.size());
  JsonValueSite site(problems);
  Dhis2ValueText text;
  for (size_t i = 0; i < pending.size(); ++i) {
    const PendingValue& value = pending[i];
    if (!value.object) continue;
    uint16_t defaulted = 0;
    for (size_t f = 0; f < kDhis2FieldCount; ++f) text.fields[f] = handler.Text(value.fields[f]);
    for (const Dhis2Field field : kDefaultable) {
      if (text[field].empty() && !handler.Default(field).empty()) {
        text[field] = handler.Default(field);
        defaulted |= Bit(field);
      }
    }
    const auto index = static_cast<int64_t>(i);
    site.SetValue(index, defaulted, value.bad);
    auto checked = checker.Check(text, site);
    if (checked && value.bad == 0) checker.Collect(std::move(*checked), index, site);
  }
}

}  // namespace

core::Result<ImportBatch> ParseDhis2Json(std::string_view file_name, std::string_view content,
                                         const core::CatalogIndex& catalog, const IdSchemes& schemes) {
  if (content.starts_with(kBom)) content.remove_prefix(kBom.size());
  if (content.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return core::Status::InvalidArgument(std::string(file_name) + ": file is empty");
  }
  // Checked first so that no message quotes bytes that are not text.
  if (const size_t bad = FindInvalidText(content); bad != std::string_view::npos) {
    return core::Status::InvalidArgument(std::string(file_name) + ":" + LineColumn(content, bad) +
                                         ": not a text file (binary data or invalid UTF-8; save it as UTF-8)");
  }
  ProblemList problems(file_name);
  DataValueSetHandler handler(problems);
  if (!Json::sax_parse(content, &handler)) {
    // The position counts the bytes read, the offending one included.
    const size_t offset = handler.error_position() > 0 ? handler.error_position() - 1 : 0;
    return core::Status::InvalidArgument(std::string(file_name) + ":" + LineColumn(content, offset) + ": " +
                                         handler.error_message());
  }
  ImportBatch batch;
  batch.format = ImportFormat::kDhis2Json;
  // Values read by a scheme the document did not mean would each report a misleading problem.
  if (!handler.bad_scheme()) CheckValues(handler, catalog, schemes, problems, batch);
  if (!problems.empty()) return problems.ToStatus();
  return batch;
}

}  // namespace polyfon::io
