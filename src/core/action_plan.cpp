#include "core/action_plan.hpp"

#include "core/enum_names.hpp"

namespace polyfon::core {

namespace {
constexpr EnumNameTable<PlanItemKind, 2> kKindNames{{
    {PlanItemKind::kMilestone, "milestone"},
    {PlanItemKind::kAction, "action"},
}};
constexpr EnumNameTable<PlanItemStatus, 4> kStatusNames{{
    {PlanItemStatus::kPlanned, "planned"},
    {PlanItemStatus::kInProgress, "in_progress"},
    {PlanItemStatus::kDone, "done"},
    {PlanItemStatus::kCancelled, "cancelled"},
}};
}  // namespace

const char* PlanItemKindName(PlanItemKind kind) { return EnumName(kKindNames, kind); }
std::optional<PlanItemKind> ParsePlanItemKind(std::string_view name) { return EnumFromName(kKindNames, name); }
const char* PlanItemStatusName(PlanItemStatus status) { return EnumName(kStatusNames, status); }
std::optional<PlanItemStatus> ParsePlanItemStatus(std::string_view name) { return EnumFromName(kStatusNames, name); }

bool IsOverdue(const PlanItem& item, const Date& today) {
  bool open = item.status == PlanItemStatus::kPlanned || item.status == PlanItemStatus::kInProgress;
  return open && item.due < today;
}

}  // namespace polyfon::core
