#pragma once

#include <string>

namespace polyfon::core {

// Who recorded a value, when and why. `last_updated` is an ISO 8601 timestamp supplied by the
// caller (core reads no clock). When writing, an empty `stored_by` or `last_updated` means the
// import's own (ImportSource::imported_by / imported_at): stores fill them in, so a million values
// from one file need not each carry a copy.
struct Provenance {
  std::string stored_by;
  std::string last_updated;
  std::string comment;
  bool followup = false;

  bool operator==(const Provenance&) const = default;
};

// One recorded figure: element × period × org unit × disaggregation. The key is (element, period,
// org_unit, combo, attribute_combo); codes, not database ids, so values are portable across stores.
struct DataValue {
  std::string element;
  std::string period;    // canonical DHIS2 id
  std::string org_unit;
  std::string combo = "default";
  std::string attribute_combo = "default";
  double value = 0;
  Provenance provenance;

  bool SameKey(const DataValue& other) const {
    return element == other.element && period == other.period && org_unit == other.org_unit &&
           combo == other.combo && attribute_combo == other.attribute_combo;
  }
  bool operator==(const DataValue&) const = default;
};

// Where a batch of values came from: a file name and the SHA-256 of its bytes ("request body" for a
// web form), or an undo ("undo of import 3", no hash).
struct ImportSource {
  std::string name;
  std::string sha256;  // of the file's bytes, 64 lowercase hex digits; empty when there is no file
  std::string imported_at;  // ISO 8601
  std::string imported_by;

  bool operator==(const ImportSource&) const = default;
};

}  // namespace polyfon::core
