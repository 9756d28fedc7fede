#include "store/sqlite/registry_reader.hpp"

#include <string>

#include "store/sqlite/row_decoding.hpp"

namespace polyfon::store::sqlite {

using core::Result;
using core::Status;

namespace {

// A measure in its text form (core::MeasureText), as goal_indicator stores it.
std::optional<core::Measure> ParseStoredMeasure(std::string_view text) { return core::ParseMeasure(text, nullptr); }

// The indicator at `position` of `goal`, or kCorruption when a target names one the goal lacks
// (which the foreign key rules out, short of a damaged file).
Result<core::GoalIndicator*> IndicatorAt(const Connection& connection, core::Goal& goal, int64_t position) {
  if (position >= 0 && static_cast<size_t>(position) < goal.indicators.size()) return &goal.indicators[position];
  return Unreadable(connection, "the indicator position of a target", "goal " + goal.code, std::to_string(position));
}

}  // namespace

Result<std::vector<core::GovernanceBody>> ReadBodies(Connection& connection, std::optional<std::string_view> code) {
  WithChildren<core::GovernanceBody, std::string> bodies;
  POLYFON_RETURN_IF_ERROR(Query(connection, "SELECT b.code, b.name, b.kind, b.note FROM governance_body b", "b.code",
                                code, "b.code", [&](Statement& row) -> Status {
                                  core::GovernanceBody body;
                                  body.code = row.Text(0);
                                  body.name = row.Text(1);
                                  body.note = row.Text(3);
                                  POLYFON_RETURN_IF_ERROR(Decode(connection, core::ParseBodyKind, row.TextView(2),
                                                                 "kind", "body " + body.code, body.kind));
                                  std::string key = body.code;
                                  return bodies.AddMain(std::move(key), std::move(body));
                                }));
  POLYFON_RETURN_IF_ERROR(Query(
      connection, "SELECT m.body, m.person, m.participant, m.role, m.from_date, m.to_date FROM body_member m", "m.body",
      code, "m.body, m.position", [&](Statement& row) -> Status {
        core::GovernanceBody* body = bodies.Owner(row.Text(0));
        if (!body) return Status::Ok();
        core::BodyMember member;
        member.person = row.Text(1);
        member.participant = row.Text(2);
        member.role = row.Text(3);
        const std::string owner = "member " + member.person + " of body " + body->code;
        POLYFON_RETURN_IF_ERROR(Decode(connection, core::ParseDate, row.TextView(4), "from_date", owner, member.from));
        POLYFON_RETURN_IF_ERROR(DecodeDate(connection, row, 5, "to_date", owner, member.to));
        body->members.push_back(std::move(member));
        return Status::Ok();
      }));
  return bodies.Take();
}

Result<std::vector<core::Activity>> ReadActivities(Connection& connection, std::optional<std::string_view> code) {
  std::vector<core::Activity> activities;
  POLYFON_RETURN_IF_ERROR(Query(
      connection,
      "SELECT a.code, a.kind, a.title, a.date, a.organiser, a.attendees, a.status, a.place, a.note FROM activity a",
      "a.code", code, "a.code", [&](Statement& row) -> Status {
        core::Activity activity;
        activity.code = row.Text(0);
        activity.title = row.Text(2);
        activity.organiser = row.Text(4);
        if (!row.IsNull(5)) activity.attendees = row.Int(5);
        activity.place = row.Text(7);
        activity.note = row.Text(8);
        const std::string owner = "activity " + activity.code;
        POLYFON_RETURN_IF_ERROR(
            Decode(connection, core::ParseActivityKind, row.TextView(1), "kind", owner, activity.kind));
        POLYFON_RETURN_IF_ERROR(Decode(connection, core::ParseDate, row.TextView(3), "date", owner, activity.date));
        POLYFON_RETURN_IF_ERROR(
            Decode(connection, core::ParseActivityStatus, row.TextView(6), "status", owner, activity.status));
        activities.push_back(std::move(activity));
        return Status::Ok();
      }));
  return activities;
}

Result<std::vector<core::Goal>> ReadGoals(Connection& connection, std::optional<std::string_view> code) {
  WithChildren<core::Goal, std::string> goals;
  POLYFON_RETURN_IF_ERROR(Query(connection, "SELECT g.code, g.parent, g.title_nn, g.title_nb, g.title_en FROM goal g",
                                "g.code", code, "g.code", [&](Statement& row) {
                                  core::Goal goal;
                                  goal.code = row.Text(0);
                                  goal.parent = row.Text(1);
                                  goal.title = {.nn = row.Text(2), .nb = row.Text(3), .en = row.Text(4)};
                                  std::string key = goal.code;
                                  return goals.AddMain(std::move(key), std::move(goal));
                                }));
  POLYFON_RETURN_IF_ERROR(
      Query(connection,
            "SELECT i.goal, i.measure, i.label_nn, i.label_nb, i.label_en, i.dimension, i.higher_is_better "
            "FROM goal_indicator i",
            "i.goal", code, "i.goal, i.position", [&](Statement& row) -> Status {
              core::Goal* goal = goals.Owner(row.Text(0));
              if (!goal) return Status::Ok();
              core::GoalIndicator indicator;
              indicator.label = {.nn = row.Text(2), .nb = row.Text(3), .en = row.Text(4)};
              indicator.higher_is_better = row.Int(6) != 0;
              const std::string owner = "an indicator of goal " + goal->code;
              POLYFON_RETURN_IF_ERROR(
                  Decode(connection, ParseStoredMeasure, row.TextView(1), "measure", owner, indicator.measure));
              POLYFON_RETURN_IF_ERROR(
                  Decode(connection, core::ParseDimension, row.TextView(5), "dimension", owner, indicator.dimension));
              goal->indicators.push_back(std::move(indicator));
              return Status::Ok();
            }));
  POLYFON_RETURN_IF_ERROR(Query(connection, "SELECT t.goal, t.position, t.year, t.value FROM goal_target t", "t.goal",
                                code, "t.goal, t.position, t.year", [&](Statement& row) -> Status {
                                  core::Goal* goal = goals.Owner(row.Text(0));
                                  if (!goal) return Status::Ok();
                                  POLYFON_ASSIGN_OR_RETURN(core::GoalIndicator * indicator,
                                                           IndicatorAt(connection, *goal, row.Int(1)));
                                  indicator->targets.emplace(static_cast<int>(row.Int(2)), row.Real(3));
                                  return Status::Ok();
                                }));
  return goals.Take();
}

Result<std::vector<core::PlanItem>> ReadPlanItems(Connection& connection, std::optional<std::string_view> code) {
  std::vector<core::PlanItem> items;
  POLYFON_RETURN_IF_ERROR(Query(
      connection,
      "SELECT p.code, p.kind, p.plan, p.goal, p.title, p.responsible, p.due, p.status, p.note FROM plan_item p",
      "p.code", code, "p.code", [&](Statement& row) -> Status {
        core::PlanItem item;
        item.code = row.Text(0);
        item.plan = static_cast<int>(row.Int(2));
        item.goal = row.Text(3);
        item.title = row.Text(4);
        item.responsible = row.Text(5);
        item.note = row.Text(8);
        const std::string owner = "plan item " + item.code;
        POLYFON_RETURN_IF_ERROR(Decode(connection, core::ParsePlanItemKind, row.TextView(1), "kind", owner, item.kind));
        POLYFON_RETURN_IF_ERROR(Decode(connection, core::ParseDate, row.TextView(6), "due", owner, item.due));
        POLYFON_RETURN_IF_ERROR(
            Decode(connection, core::ParsePlanItemStatus, row.TextView(7), "status", owner, item.status));
        items.push_back(std::move(item));
        return Status::Ok();
      }));
  return items;
}

Result<core::ClusterRegistry> ReadRegistry(Connection& connection) {
  core::ClusterRegistry registry;
  POLYFON_ASSIGN_OR_RETURN(registry.bodies, ReadBodies(connection));
  POLYFON_ASSIGN_OR_RETURN(registry.activities, ReadActivities(connection));
  POLYFON_ASSIGN_OR_RETURN(registry.goals, ReadGoals(connection));
  POLYFON_ASSIGN_OR_RETURN(registry.plan_items, ReadPlanItems(connection));
  return registry;
}

}  // namespace polyfon::store::sqlite
