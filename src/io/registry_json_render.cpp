// Writing the registry JSON document (docs/formats/registry.md). Reading is in registry_json.cpp.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "io/registry_json.hpp"

namespace polyfon::io {

namespace {

// Keys in the order the spec lists them, so a document reads as documented.
using Json = nlohmann::ordered_json;

Json Text(const core::LocalText& text) { return Json{{"nn", text.nn}, {"nb", text.nb}, {"en", text.en}}; }

// A target as people write it: 500 rather than 500.0. nlohmann prints other doubles in their
// shortest form that reads back the same, so a target survives a round trip exactly.
Json Number(double value) {
  if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 9e15) {
    return static_cast<int64_t>(value);
  }
  return value;
}

Json BodyObject(const core::GovernanceBody& body) {
  Json members = Json::array();
  for (const core::BodyMember& member : body.members) {
    members.push_back(Json{{"person", member.person},
                           {"participant", member.participant},
                           {"role", member.role},
                           {"from", member.from.ToString()},
                           {"to", member.to ? Json(member.to->ToString()) : Json(nullptr)}});
  }
  return Json{{"code", body.code},
              {"name", body.name},
              {"kind", core::BodyKindName(body.kind)},
              {"note", body.note},
              {"members", std::move(members)}};
}

Json ActivityObject(const core::Activity& activity) {
  return Json{{"code", activity.code},
              {"kind", core::ActivityKindName(activity.kind)},
              {"title", activity.title},
              {"date", activity.date.ToString()},
              {"organiser", activity.organiser},
              {"attendees", activity.attendees ? Json(*activity.attendees) : Json(nullptr)},
              {"status", core::ActivityStatusName(activity.status)},
              {"place", activity.place},
              {"note", activity.note}};
}

Json GoalObject(const core::Goal& goal) {
  Json indicators = Json::array();
  for (const core::GoalIndicator& indicator : goal.indicators) {
    Json targets = Json::object();
    for (const auto& [year, value] : indicator.targets) targets[std::to_string(year)] = Number(value);
    indicators.push_back(Json{{"measure", core::MeasureText(indicator.measure)},
                              {"dimension", core::DimensionName(indicator.dimension)},
                              {"label", Text(indicator.label)},
                              {"targets", std::move(targets)},
                              {"direction", indicator.higher_is_better ? "higher" : "lower"}});
  }
  return Json{
      {"code", goal.code}, {"parent", goal.parent}, {"title", Text(goal.title)}, {"indicators", std::move(indicators)}};
}

Json PlanItemObject(const core::PlanItem& item) {
  return Json{{"code", item.code},          {"kind", core::PlanItemKindName(item.kind)},
              {"plan", item.plan},          {"goal", item.goal},
              {"title", item.title},        {"responsible", item.responsible},
              {"due", item.due.ToString()}, {"status", core::PlanItemStatusName(item.status)},
              {"note", item.note}};
}

std::string Dump(const Json& json) { return json.dump(-1, ' ', false, Json::error_handler_t::replace); }

// The items of `items` in `less` order, as objects; the input may come in any order.
template <typename T, typename Less, typename ToJson>
Json SortedArray(const std::vector<T>& items, Less less, ToJson to_json) {
  std::vector<const T*> sorted;
  sorted.reserve(items.size());
  for (const T& item : items) sorted.push_back(&item);
  std::stable_sort(sorted.begin(), sorted.end(), [&](const T* a, const T* b) { return less(a->code, b->code); });
  Json array = Json::array();
  for (const T* item : sorted) array.push_back(to_json(*item));
  return array;
}

bool CodeLess(const std::string& a, const std::string& b) { return a < b; }
// GoalCodeLess ties "1" and "01"; plain text order breaks the tie, so the order is total.
bool GoalLess(const std::string& a, const std::string& b) {
  if (core::GoalCodeLess(a, b)) return true;
  return !core::GoalCodeLess(b, a) && a < b;
}

}  // namespace

std::string RenderRegistryJson(const core::ClusterRegistry& registry) {
  return Dump(Json{{"bodies", SortedArray(registry.bodies, CodeLess, BodyObject)},
                   {"activities", SortedArray(registry.activities, CodeLess, ActivityObject)},
                   {"goals", SortedArray(registry.goals, GoalLess, GoalObject)},
                   {"planItems", SortedArray(registry.plan_items, CodeLess, PlanItemObject)}});
}

std::string RenderBodyJson(const core::GovernanceBody& body) { return Dump(BodyObject(body)); }
std::string RenderActivityJson(const core::Activity& activity) { return Dump(ActivityObject(activity)); }
std::string RenderGoalJson(const core::Goal& goal) { return Dump(GoalObject(goal)); }
std::string RenderPlanItemJson(const core::PlanItem& item) { return Dump(PlanItemObject(item)); }

}  // namespace polyfon::io
