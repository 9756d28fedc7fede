#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace polyfon::core {

// A milestone of the long-term plan (to 2030) or an action of a yearly action plan.
enum class PlanItemKind { kMilestone, kAction };
enum class PlanItemStatus { kPlanned, kInProgress, kDone, kCancelled };

const char* PlanItemKindName(PlanItemKind kind);  // "milestone"
std::optional<PlanItemKind> ParsePlanItemKind(std::string_view name);
const char* PlanItemStatusName(PlanItemStatus status);  // "in_progress"
std::optional<PlanItemStatus> ParsePlanItemStatus(std::string_view name);

struct PlanItem {
  std::string code;
  PlanItemKind kind = PlanItemKind::kAction;
  int plan = 0;            // the plan's year: 2030 for the long-term plan, else the action plan's year
  std::string goal;        // goal code; empty when it serves the cluster as a whole
  std::string title;
  std::string responsible;  // participant code; empty = the secretariat
  Date due;
  PlanItemStatus status = PlanItemStatus::kPlanned;
  std::string note;

  bool operator==(const PlanItem&) const = default;
};

// Past its due date on `today` and neither done nor cancelled.
bool IsOverdue(const PlanItem& item, const Date& today);

}  // namespace polyfon::core
