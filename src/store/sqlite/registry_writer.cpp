#include "store/sqlite/registry_writer.hpp"

#include <string>

namespace polyfon::store::sqlite {

using core::Result;
using core::Status;

namespace {

// The table that holds the items of `kind`; their child tables follow by cascade.
const char* TableOf(core::RegistryKind kind) {
  switch (kind) {
    case core::RegistryKind::kBody:
      return "governance_body";
    case core::RegistryKind::kActivity:
      return "activity";
    case core::RegistryKind::kGoal:
      return "goal";
    case core::RegistryKind::kPlanItem:
      return "plan_item";
  }
  return "governance_body";  // unreachable: the switch covers every kind
}

// Runs the cached statement `sql` once after `bind` bound its parameters.
Status RunOnce(Connection& connection, const std::string& sql, auto&& bind) {
  POLYFON_ASSIGN_OR_RETURN(Statement * statement, connection.Cached(sql));
  bind(*statement);
  return statement->Run();
}

// Deletes the item of `kind` with `code` (and, by cascade, its children); sets `deleted`.
Status DeleteRow(Connection& connection, core::RegistryKind kind, std::string_view code, bool& deleted) {
  POLYFON_RETURN_IF_ERROR(RunOnce(connection, std::string("DELETE FROM ") + TableOf(kind) + " WHERE code = ?1",
                                  [&](Statement& s) { s.BindText(1, code); }));
  deleted = connection.Changes() > 0;
  return Status::Ok();
}

// Replaces the stored item of `kind` with `code`, if any, by what `insert` writes.
Status Replace(Connection& connection, core::RegistryKind kind, std::string_view code, auto&& insert) {
  bool ignored = false;
  POLYFON_RETURN_IF_ERROR(DeleteRow(connection, kind, code, ignored));
  return insert();
}

}  // namespace

Status WriteBody(Connection& connection, const core::GovernanceBody& body) {
  return Replace(connection, core::RegistryKind::kBody, body.code, [&]() -> Status {
    POLYFON_RETURN_IF_ERROR(RunOnce(
        connection, "INSERT INTO governance_body (code, name, kind, note) VALUES (?1, ?2, ?3, ?4)", [&](Statement& s) {
          s.BindText(1, body.code);
          s.BindText(2, body.name);
          s.BindText(3, core::BodyKindName(body.kind));
          s.BindText(4, body.note);
        }));
    for (size_t i = 0; i < body.members.size(); ++i) {
      const core::BodyMember& member = body.members[i];
      const std::string from = member.from.ToString();
      const std::string to = member.to ? member.to->ToString() : "";
      POLYFON_RETURN_IF_ERROR(RunOnce(connection,
                                      "INSERT INTO body_member (body, position, person, participant, role, from_date, "
                                      "to_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                      [&](Statement& s) {
                                        s.BindText(1, body.code);
                                        s.BindInt(2, static_cast<int64_t>(i));
                                        s.BindText(3, member.person);
                                        s.BindText(4, member.participant);
                                        s.BindText(5, member.role);
                                        s.BindText(6, from);
                                        if (member.to)
                                          s.BindText(7, to);
                                        else
                                          s.BindNull(7);
                                      }));
    }
    return Status::Ok();
  });
}

Status WriteActivity(Connection& connection, const core::Activity& activity) {
  return Replace(connection, core::RegistryKind::kActivity, activity.code, [&]() -> Status {
    const std::string date = activity.date.ToString();
    return RunOnce(connection,
                   "INSERT INTO activity (code, kind, title, date, organiser, attendees, status, place, note) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                   [&](Statement& s) {
                     s.BindText(1, activity.code);
                     s.BindText(2, core::ActivityKindName(activity.kind));
                     s.BindText(3, activity.title);
                     s.BindText(4, date);
                     s.BindText(5, activity.organiser);
                     if (activity.attendees)
                       s.BindInt(6, *activity.attendees);
                     else
                       s.BindNull(6);
                     s.BindText(7, core::ActivityStatusName(activity.status));
                     s.BindText(8, activity.place);
                     s.BindText(9, activity.note);
                   });
  });
}

Status WriteGoal(Connection& connection, const core::Goal& goal) {
  return Replace(connection, core::RegistryKind::kGoal, goal.code, [&]() -> Status {
    POLYFON_RETURN_IF_ERROR(
        RunOnce(connection, "INSERT INTO goal (code, parent, title_nn, title_nb, title_en) VALUES (?1, ?2, ?3, ?4, ?5)",
                [&](Statement& s) {
                  s.BindText(1, goal.code);
                  s.BindText(2, goal.parent);
                  s.BindText(3, goal.title.nn);
                  s.BindText(4, goal.title.nb);
                  s.BindText(5, goal.title.en);
                }));
    for (size_t i = 0; i < goal.indicators.size(); ++i) {
      const core::GoalIndicator& indicator = goal.indicators[i];
      const std::string measure = core::MeasureText(indicator.measure);
      POLYFON_RETURN_IF_ERROR(RunOnce(connection,
                                      "INSERT INTO goal_indicator (goal, position, measure, label_nn, label_nb, "
                                      "label_en, dimension, higher_is_better) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                      [&](Statement& s) {
                                        s.BindText(1, goal.code);
                                        s.BindInt(2, static_cast<int64_t>(i));
                                        s.BindText(3, measure);
                                        s.BindText(4, indicator.label.nn);
                                        s.BindText(5, indicator.label.nb);
                                        s.BindText(6, indicator.label.en);
                                        s.BindText(7, core::DimensionName(indicator.dimension));
                                        s.BindInt(8, indicator.higher_is_better ? 1 : 0);
                                      }));
      for (const auto& target : indicator.targets) {
        const int year = target.first;  // named copies: clang 14 cannot capture structured bindings
        const double value = target.second;
        POLYFON_RETURN_IF_ERROR(RunOnce(connection,
                                        "INSERT INTO goal_target (goal, position, year, value) VALUES (?1, ?2, ?3, ?4)",
                                        [&](Statement& s) {
                                          s.BindText(1, goal.code);
                                          s.BindInt(2, static_cast<int64_t>(i));
                                          s.BindInt(3, year);
                                          s.BindReal(4, value);
                                        }));
      }
    }
    return Status::Ok();
  });
}

Status WritePlanItem(Connection& connection, const core::PlanItem& item) {
  return Replace(connection, core::RegistryKind::kPlanItem, item.code, [&]() -> Status {
    const std::string due = item.due.ToString();
    return RunOnce(connection,
                   "INSERT INTO plan_item (code, kind, plan, goal, title, responsible, due, status, note) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                   [&](Statement& s) {
                     s.BindText(1, item.code);
                     s.BindText(2, core::PlanItemKindName(item.kind));
                     s.BindInt(3, item.plan);
                     s.BindText(4, item.goal);
                     s.BindText(5, item.title);
                     s.BindText(6, item.responsible);
                     s.BindText(7, due);
                     s.BindText(8, core::PlanItemStatusName(item.status));
                     s.BindText(9, item.note);
                   });
  });
}

Result<bool> DeleteItem(Connection& connection, core::RegistryKind kind, std::string_view code) {
  bool deleted = false;
  POLYFON_RETURN_IF_ERROR(DeleteRow(connection, kind, code, deleted));
  return deleted;
}

}  // namespace polyfon::store::sqlite
