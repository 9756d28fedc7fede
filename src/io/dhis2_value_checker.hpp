#pragma once

// The checks every DHIS2 data value passes, whichever layout carried it (a CSV row, a JSON object),
// so that both layouts accept and reject exactly the same values with the same words.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog.hpp"
#include "core/data_value.hpp"
#include "io/data_value_collector.hpp"
#include "io/dhis2_id_scheme.hpp"

namespace polyfon::io {

// The fields of a DHIS2 data value, in the order of DHIS2's CSV columns.
enum class Dhis2Field : size_t {
  kElement,
  kPeriod,
  kOrgUnit,
  kCombo,
  kAttributeCombo,
  kValue,
  kStoredBy,
  kLastUpdated,
  kComment,
  kFollowup,
};
inline constexpr size_t kDhis2FieldCount = 10;

// One data value as read: the text of each field, "" where the layout gave none. The views point
// into the file or the parser's buffers and need to live only through Check.
struct Dhis2ValueText {
  std::array<std::string_view, kDhis2FieldCount> fields;

  std::string_view operator[](Dhis2Field field) const { return fields[static_cast<size_t>(field)]; }
  std::string_view& operator[](Dhis2Field field) { return fields[static_cast<size_t>(field)]; }
};

// Where the value being checked was read, so problems name the place in the layout's own terms
// ("f.csv:3: column 6 (value): ...", "f.json: dataValues[2].value: ...").
class Dhis2ValueSite {
 public:
  // Reports what is wrong with `field` of the value being checked.
  virtual void Report(Dhis2Field field, std::string_view what) = 0;
  // How a message names the place of an earlier value read at `position`: "on line 4",
  // "in dataValues[2]".
  virtual std::string Earlier(int64_t position) const = 0;

 protected:
  ~Dhis2ValueSite() = default;
};

// Checks data values against the catalog (known element and org unit, a valid period, combos the
// element allows, a value of the element's type, a boolean followup) and gathers them without
// duplicate keys. Elements, org units and combos are read by code or uid as `schemes` say, and
// the values it makes name them by code, whichever scheme the file used. Keeps a one-entry period
// cache, because files list many values per period and canonicalising a period costs more than the
// rest of a value. Not thread-safe.
class Dhis2ValueChecker {
 public:
  // `catalog` and `values` must outlive the checker; `values` as for DataValueCollector.
  Dhis2ValueChecker(const core::CatalogIndex& catalog, std::vector<core::DataValue>& values,
                    const IdSchemes& schemes = {});

  void Reserve(size_t count) { collector_.Reserve(count); }

  // The value `text` describes, or nullopt after reporting every problem with it to `site`.
  // Empty combos mean "default"; empty stored by / last updated stay empty (the store records the
  // import's own there).
  std::optional<core::DataValue> Check(const Dhis2ValueText& text, Dhis2ValueSite& site);

  // Adds a checked `value` read at `position` (a line, an index). An identical repeat of a key is
  // dropped; a repeat with another value is reported to `site` as a problem with the value field.
  void Collect(core::DataValue&& value, int64_t position, Dhis2ValueSite& site);

 private:
  std::string PeriodId(std::string_view text, Dhis2ValueSite& site);
  const core::DataElement* Element(std::string_view id, Dhis2ValueSite& site);
  const core::OrgUnit* OrgUnit(std::string_view id, Dhis2ValueSite& site);
  std::string_view Combo(Dhis2Field field, IdScheme scheme, std::string_view id, const core::DataElement* element,
                         Dhis2ValueSite& site);
  void Report(Dhis2ValueSite& site, Dhis2Field field, std::string_view what);

  const core::CatalogIndex& catalog_;
  IdScheme element_scheme_;
  IdScheme org_unit_scheme_;
  IdScheme combo_scheme_;
  IdScheme attribute_combo_scheme_;
  DataValueCollector collector_;
  bool ok_ = true;
  std::string last_period_text_;
  std::string last_period_id_;
};

}  // namespace polyfon::io
