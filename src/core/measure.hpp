#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace polyfon::core {

// What a goal's indicator counts, written as text in configuration files:
//   indicator:mt_patients_per_100k@NO-HV   a catalog indicator for an org unit, per year
//   element:mt_positions@NO                a data element's yearly total for an org unit
//   activities[:KIND]                      activities held in the year (of one kind, or all)
//   attendees[:KIND]                       reported attendance at those activities
//   members[:HELIX]                        participants that are full members at the year's end
//   coverage@NO-HV                         the cluster's coverage of a unit at the year's end
enum class MeasureKind { kIndicator, kElement, kActivities, kAttendees, kMembers, kCoverage };

struct Measure {
  MeasureKind kind = MeasureKind::kIndicator;
  std::string code;      // indicator or element code, activity kind, helix category; may be empty
  std::string org_unit;  // for indicator, element and coverage

  bool operator==(const Measure&) const = default;
};

const char* MeasureKindName(MeasureKind kind);  // "indicator"
// Parses the text form above; nullopt (with `error` set) when it is malformed. Codes are not
// checked against a catalog here.
std::optional<Measure> ParseMeasure(std::string_view text, std::string* error);
std::string MeasureText(const Measure& measure);

}  // namespace polyfon::core
