#include "app/report_sections.hpp"

#include <algorithm>

#include "analytics/activity_tally.hpp"
#include "analytics/coverage.hpp"
#include "analytics/membership_changes.hpp"

namespace polyfon::app::report_sections {

namespace {
using nlohmann::json;

json OptionalStatus(const std::optional<core::MembershipStatus>& status) {
  return status ? json(core::MembershipStatusName(*status)) : json(nullptr);
}

// The units whose coverage the report shows: Norway and the health regions below it.
std::vector<std::string> CoverageUnits(const core::CatalogIndex& index, int year) {
  std::vector<std::string> units;
  if (index.FindOrgUnit("NO") == nullptr) return units;
  units.push_back("NO");
  for (const std::string& child : index.ChildrenOn("NO", core::Date{year, 12, 31})) {
    const core::OrgUnit* unit = index.FindOrgUnit(child);
    if (unit != nullptr && unit->kind == core::OrgUnitKind::kHealthRegion) units.push_back(child);
  }
  return units;
}
}  // namespace

json Membership(const core::Catalog& catalog, const ReportRequest& request) {
  json counts = json::array();
  for (int year = request.first_year; year <= request.year; ++year) {
    const analytics::MemberCount count = analytics::CountMembers(catalog.participants, year);
    counts.push_back({{"year", year}, {"full_members", count.full_members}, {"observers", count.observers},
                      {"left", count.left}});
  }
  json changes = json::array();
  for (const analytics::MembershipChange& change : analytics::MembershipChangesIn(catalog.participants, request.year)) {
    changes.push_back({{"participant", change.participant}, {"on", change.on.ToString()},
                       {"before", OptionalStatus(change.before)}, {"after", core::MembershipStatusName(change.after)}});
  }
  json participants = json::array();
  const core::Date end{request.year, 12, 31};
  for (const core::Participant& participant : catalog.participants) {
    json history = json::array();
    for (const core::MembershipEntry& entry : participant.history) {
      history.push_back({{"status", core::MembershipStatusName(entry.status)}, {"from", entry.from.ToString()}});
    }
    participants.push_back({{"code", participant.code}, {"name", participant.name},
                            {"helix", core::HelixCategoryName(participant.helix)},
                            {"health_region", participant.health_region},
                            {"status", OptionalStatus(participant.StatusOn(end))}, {"history", history}});
  }
  return {{"counts", counts}, {"changes", changes}, {"participants", participants}};
}

json Coverage(const core::CatalogIndex& index, const ReportRequest& request) {
  json rows = json::array();
  for (const std::string& unit : CoverageUnits(index, request.year)) {
    for (int year = request.first_year; year <= request.year; ++year) {
      const analytics::Coverage coverage = analytics::CoverageOf(index, unit, core::Period::Year(year));
      rows.push_back({{"ou", unit}, {"year", year}, {"share", coverage.share ? json(*coverage.share) : json(nullptr)},
                      {"members", coverage.members}, {"units", coverage.units}});
    }
  }
  return rows;
}

json Activities(const core::ClusterRegistry& registry, const ReportRequest& request) {
  std::vector<const core::Activity*> in_year;
  for (const core::Activity& activity : registry.activities) {
    if (activity.date.year == request.year) in_year.push_back(&activity);
  }
  std::stable_sort(in_year.begin(), in_year.end(),
                   [](const core::Activity* a, const core::Activity* b) { return a->date < b->date; });
  json list = json::array();
  for (const core::Activity* activity : in_year) {
    list.push_back({{"code", activity->code}, {"kind", core::ActivityKindName(activity->kind)},
                    {"title", activity->title}, {"date", activity->date.ToString()},
                    {"organiser", activity->organiser},
                    {"attendees", activity->attendees ? json(*activity->attendees) : json(nullptr)},
                    {"status", core::ActivityStatusName(activity->status)}, {"place", activity->place}});
  }
  json tallies = json::array();
  for (const analytics::ActivityTally& tally :
       analytics::TallyActivities(registry.activities, request.first_year, request.year)) {
    tallies.push_back({{"year", tally.year}, {"kind", tally.kind}, {"held", tally.held}, {"planned", tally.planned},
                       {"cancelled", tally.cancelled}, {"postponed", tally.postponed},
                       {"attendees", tally.attendees}, {"reported", tally.reported}});
  }
  return {{"list", list}, {"tallies", tallies}};
}

json Plan(const core::ClusterRegistry& registry, const ReportRequest& request, const core::Date& as_of) {
  std::vector<const core::PlanItem*> items;
  for (const core::PlanItem& item : registry.plan_items) {
    bool long_term = item.kind == core::PlanItemKind::kMilestone && item.plan >= request.year;
    if (item.plan == request.year || long_term) items.push_back(&item);
  }
  std::stable_sort(items.begin(), items.end(), [](const core::PlanItem* a, const core::PlanItem* b) {
    return std::tie(a->plan, a->due, a->code) < std::tie(b->plan, b->due, b->code);
  });
  json list = json::array();
  for (const core::PlanItem* item : items) {
    list.push_back({{"code", item->code}, {"kind", core::PlanItemKindName(item->kind)}, {"plan", item->plan},
                    {"goal", item->goal}, {"title", item->title}, {"responsible", item->responsible},
                    {"due", item->due.ToString()}, {"status", core::PlanItemStatusName(item->status)},
                    {"overdue", core::IsOverdue(*item, as_of)}, {"note", item->note}});
  }
  return {{"as_of", as_of.ToString()}, {"items", list}};
}

json Bodies(const core::ClusterRegistry& registry, const ReportRequest& request) {
  const core::Date first{request.year, 1, 1};
  const core::Date last{request.year, 12, 31};
  json bodies = json::array();
  for (const core::GovernanceBody& body : registry.bodies) {
    json members = json::array();
    for (const core::BodyMember& member : body.members) {
      bool served = member.from <= last && (!member.to || first <= *member.to);
      if (!served) continue;
      members.push_back({{"person", member.person}, {"participant", member.participant}, {"role", member.role},
                         {"from", member.from.ToString()}, {"to", member.to ? json(member.to->ToString()) : json(nullptr)}});
    }
    bodies.push_back({{"code", body.code}, {"name", body.name}, {"kind", core::BodyKindName(body.kind)},
                      {"note", body.note}, {"members", members}});
  }
  return bodies;
}

}  // namespace polyfon::app::report_sections
