#include "core/measure.hpp"

#include "core/activity.hpp"
#include "core/enum_names.hpp"
#include "core/participant.hpp"

namespace polyfon::core {

namespace {
constexpr EnumNameTable<MeasureKind, 6> kKindNames{{
    {MeasureKind::kIndicator, "indicator"},
    {MeasureKind::kElement, "element"},
    {MeasureKind::kActivities, "activities"},
    {MeasureKind::kAttendees, "attendees"},
    {MeasureKind::kMembers, "members"},
    {MeasureKind::kCoverage, "coverage"},
}};

bool NeedsOrgUnit(MeasureKind kind) {
  return kind == MeasureKind::kIndicator || kind == MeasureKind::kElement || kind == MeasureKind::kCoverage;
}

std::optional<Measure> Fail(std::string* error, std::string message) {
  if (error) *error = std::move(message);
  return std::nullopt;
}
}  // namespace

const char* MeasureKindName(MeasureKind kind) { return EnumName(kKindNames, kind); }

std::optional<Measure> ParseMeasure(std::string_view text, std::string* error) {
  Measure measure;
  std::string_view rest = text;
  if (size_t at = rest.find('@'); at != std::string_view::npos) {
    measure.org_unit = std::string(rest.substr(at + 1));
    rest = rest.substr(0, at);
  }
  std::string_view kind = rest;
  if (size_t colon = rest.find(':'); colon != std::string_view::npos) {
    kind = rest.substr(0, colon);
    measure.code = std::string(rest.substr(colon + 1));
  }
  std::optional<MeasureKind> parsed = EnumFromName(kKindNames, kind);
  if (!parsed) {
    return Fail(error, "'" + std::string(text) +
                           "' is not a measure (indicator:CODE@OU, element:CODE@OU, activities[:KIND], "
                           "attendees[:KIND], members[:HELIX] or coverage@OU)");
  }
  measure.kind = *parsed;
  if (NeedsOrgUnit(measure.kind) && measure.org_unit.empty()) {
    return Fail(error, "measure '" + std::string(text) + "' needs an org unit after '@'");
  }
  if (!NeedsOrgUnit(measure.kind) && !measure.org_unit.empty()) {
    return Fail(error, "measure '" + std::string(text) + "' takes no org unit");
  }
  bool needs_code = measure.kind == MeasureKind::kIndicator || measure.kind == MeasureKind::kElement;
  if (needs_code && measure.code.empty()) {
    return Fail(error, "measure '" + std::string(text) + "' needs a code after ':'");
  }
  if (measure.kind == MeasureKind::kCoverage && !measure.code.empty()) {
    return Fail(error, "measure '" + std::string(text) + "' takes no code");
  }
  bool is_activity = measure.kind == MeasureKind::kActivities || measure.kind == MeasureKind::kAttendees;
  if (is_activity && !measure.code.empty() && !ParseActivityKind(measure.code)) {
    return Fail(error, "measure '" + std::string(text) + "': '" + measure.code + "' is not an activity kind");
  }
  if (measure.kind == MeasureKind::kMembers && !measure.code.empty() && !ParseHelixCategory(measure.code)) {
    return Fail(error, "measure '" + std::string(text) + "': '" + measure.code + "' is not a helix category");
  }
  return measure;
}

std::string MeasureText(const Measure& measure) {
  std::string text = MeasureKindName(measure.kind);
  if (!measure.code.empty()) text += ":" + measure.code;
  if (!measure.org_unit.empty()) text += "@" + measure.org_unit;
  return text;
}

}  // namespace polyfon::core
