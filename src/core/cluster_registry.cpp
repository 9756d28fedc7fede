#include "core/cluster_registry.hpp"

#include <cctype>
#include <set>

#include "core/enum_names.hpp"

namespace polyfon::core {

namespace {
constexpr EnumNameTable<RegistryKind, 4> kKindNames{{
    {RegistryKind::kBody, "body"},
    {RegistryKind::kActivity, "activity"},
    {RegistryKind::kGoal, "goal"},
    {RegistryKind::kPlanItem, "plan_item"},
}};

Status CheckCode(std::string_view what, std::string_view code) {
  if (code.empty() || code.size() > 64) {
    return Status::InvalidArgument(std::string(what) + ": code must have 1 to 64 characters");
  }
  for (char c : code) {
    bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
    if (!ok) {
      return Status::InvalidArgument(std::string(what) + " '" + std::string(code) +
                                     "': code may hold only letters, digits, '_', '-' and '.'");
    }
  }
  return Status::Ok();
}

Status CheckParticipant(const std::string& item, const char* field, const std::string& code,
                        const CatalogIndex& catalog) {
  if (code.empty() || catalog.FindParticipant(code)) return Status::Ok();
  return Status::InvalidArgument(item + ": " + field + ": unknown participant '" + code + "'");
}

Status CheckMeasure(const std::string& item, const Measure& measure, const CatalogIndex& catalog) {
  if (!measure.org_unit.empty() && !catalog.FindOrgUnit(measure.org_unit)) {
    return Status::InvalidArgument(item + ": measure " + MeasureText(measure) + ": unknown org unit '" +
                                   measure.org_unit + "'");
  }
  if (measure.kind == MeasureKind::kIndicator && !catalog.FindIndicator(measure.code)) {
    return Status::InvalidArgument(item + ": measure " + MeasureText(measure) + ": unknown indicator '" +
                                   measure.code + "'");
  }
  if (measure.kind == MeasureKind::kElement && !catalog.FindElement(measure.code)) {
    return Status::InvalidArgument(item + ": measure " + MeasureText(measure) + ": unknown data element '" +
                                   measure.code + "'");
  }
  return Status::Ok();
}
}  // namespace

const char* RegistryKindName(RegistryKind kind) { return EnumName(kKindNames, kind); }
std::optional<RegistryKind> ParseRegistryKind(std::string_view name) { return EnumFromName(kKindNames, name); }

Status ValidateBody(const GovernanceBody& body, const CatalogIndex& catalog) {
  if (Status s = CheckCode("body", body.code); !s.ok()) return s;
  std::string item = "body '" + body.code + "'";
  if (body.name.empty()) return Status::InvalidArgument(item + ": name is empty");
  for (const BodyMember& member : body.members) {
    std::string who = item + ", member '" + member.person + "'";
    if (member.person.empty()) return Status::InvalidArgument(item + ": a member has no name");
    if (Status s = CheckParticipant(who, "participant", member.participant, catalog); !s.ok()) return s;
    if (member.to && *member.to < member.from) {
      return Status::InvalidArgument(who + ": term ends (" + member.to->ToString() + ") before it starts (" +
                                     member.from.ToString() + ")");
    }
  }
  return Status::Ok();
}

Status ValidateActivity(const Activity& activity, const CatalogIndex& catalog) {
  if (Status s = CheckCode("activity", activity.code); !s.ok()) return s;
  std::string item = "activity '" + activity.code + "'";
  if (activity.title.empty()) return Status::InvalidArgument(item + ": title is empty");
  if (activity.attendees && *activity.attendees < 0) {
    return Status::InvalidArgument(item + ": attendees must not be negative");
  }
  return CheckParticipant(item, "organiser", activity.organiser, catalog);
}

Status ValidateGoal(const Goal& goal, const ClusterRegistry& registry, const CatalogIndex& catalog) {
  if (Status s = CheckCode("goal", goal.code); !s.ok()) return s;
  std::string item = "goal '" + goal.code + "'";
  if (goal.title.nn.empty()) return Status::InvalidArgument(item + ": title (nn) is empty");
  if (goal.parent.empty() != (goal.code == "main")) {
    return Status::InvalidArgument(item + ": only the goal 'main' has no parent, and it must have none");
  }
  if (!goal.parent.empty() && !FindGoal(registry, goal.parent)) {
    return Status::InvalidArgument(item + ": parent: unknown goal '" + goal.parent + "'");
  }
  for (const GoalIndicator& indicator : goal.indicators) {
    if (Status s = CheckMeasure(item, indicator.measure, catalog); !s.ok()) return s;
  }
  return Status::Ok();
}

Status ValidatePlanItem(const PlanItem& item, const ClusterRegistry& registry, const CatalogIndex& catalog) {
  if (Status s = CheckCode("plan item", item.code); !s.ok()) return s;
  std::string name = "plan item '" + item.code + "'";
  if (item.title.empty()) return Status::InvalidArgument(name + ": title is empty");
  if (item.plan < 2000 || item.plan > 2100) {
    return Status::InvalidArgument(name + ": plan must be a year between 2000 and 2100");
  }
  if (!item.goal.empty() && !FindGoal(registry, item.goal)) {
    return Status::InvalidArgument(name + ": goal: unknown goal '" + item.goal + "'");
  }
  return CheckParticipant(name, "responsible", item.responsible, catalog);
}

Status ValidateRegistry(const ClusterRegistry& registry, const CatalogIndex& catalog) {
  for (const GovernanceBody& body : registry.bodies) {
    if (Status s = ValidateBody(body, catalog); !s.ok()) return s;
  }
  for (const Activity& activity : registry.activities) {
    if (Status s = ValidateActivity(activity, catalog); !s.ok()) return s;
  }
  for (const Goal& goal : registry.goals) {
    if (Status s = ValidateGoal(goal, registry, catalog); !s.ok()) return s;
    std::set<std::string> seen{goal.code};
    std::string chain = goal.code;
    for (const Goal* up = FindGoal(registry, goal.parent); up; up = FindGoal(registry, up->parent)) {
      chain += " -> " + up->code;
      if (!seen.insert(up->code).second) {
        return Status::InvalidArgument("goal '" + goal.code + "': its parents form a cycle (" + chain + ")");
      }
    }
  }
  for (const PlanItem& item : registry.plan_items) {
    if (Status s = ValidatePlanItem(item, registry, catalog); !s.ok()) return s;
  }
  return Status::Ok();
}

const Goal* FindGoal(const ClusterRegistry& registry, std::string_view code) {
  if (code.empty()) return nullptr;
  for (const Goal& goal : registry.goals) {
    if (goal.code == code) return &goal;
  }
  return nullptr;
}

}  // namespace polyfon::core
