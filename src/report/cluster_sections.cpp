#include "report/cluster_sections.hpp"

#include <fmt/format.h>

#include "report/html_parts.hpp"
#include "report/html_text.hpp"

namespace polyfon::report {

namespace {
using nlohmann::json;

std::string Str(const json& value) { return value.is_string() ? value.get<std::string>() : ""; }
std::string Count(const json& value, const ReportWords& words) {
  return FormatNumber(value.get<double>(), 0, words.lang);
}
std::string OrgUnitName(const json& snapshot, const std::string& code) {
  const json& names = snapshot.at("names").at("org_units");
  return EscapeHtml(names.contains(code) ? names.at(code).get<std::string>() : code);
}
}  // namespace

std::string ParticipantName(const json& snapshot, const std::string& code, const ReportWords& words) {
  if (code.empty()) return EscapeHtml(words.cluster_secretariat);
  const json& names = snapshot.at("names").at("participants");
  return EscapeHtml(names.contains(code) ? names.at(code).get<std::string>() : code);
}

std::string MembershipSection(const json& snapshot, const ReportWords& words) {
  const json& membership = snapshot.at("membership");
  std::string body;
  std::vector<std::vector<std::string>> counts;
  for (const json& row : membership.at("counts")) {
    counts.push_back({std::to_string(row.at("year").get<int>()), Count(row.at("full_members"), words),
                      Count(row.at("observers"), words), Count(row.at("left"), words)});
  }
  body += HtmlTable(EscapeHtml(words.membership), {words.year, words.full_members, words.observers, words.left}, counts);
  body += "<h3>" + EscapeHtml(words.changes) + "</h3>\n";
  if (membership.at("changes").empty()) {
    body += "<p>" + EscapeHtml(words.no_changes) + "</p>\n";
  } else {
    body += "<ul>";
    for (const json& change : membership.at("changes")) {
      std::string before = change.at("before").is_null() ? "–" : Term(Str(change.at("before")), words.lang);
      body += "<li>" + Str(change.at("on")) + ": " + ParticipantName(snapshot, Str(change.at("participant")), words) +
              " (" + EscapeHtml(before) + " → " + EscapeHtml(Term(Str(change.at("after")), words.lang)) + ")</li>";
    }
    body += "</ul>\n";
  }
  std::vector<std::vector<std::string>> participants;
  for (const json& participant : membership.at("participants")) {
    if (participant.at("status").is_null()) continue;
    const json& history = participant.at("history");
    std::string since = history.empty() ? "" : Str(history.front().at("from")).substr(0, 4);
    participants.push_back({EscapeHtml(Str(participant.at("name"))),
                            EscapeHtml(Term(Str(participant.at("helix")), words.lang)),
                            OrgUnitName(snapshot, Str(participant.at("health_region"))),
                            EscapeHtml(Term(Str(participant.at("status")), words.lang)), since});
  }
  body += HtmlTable(EscapeHtml(words.participant),
                    {words.participant, words.helix, words.region, words.status, words.joined}, participants, "wide");
  body += "<h3>" + EscapeHtml(words.coverage) + "</h3>\n<p>" + EscapeHtml(words.coverage_lead) + "</p>\n";
  std::vector<std::vector<std::string>> coverage;
  for (const json& row : snapshot.at("coverage")) {
    if (row.at("year").get<int>() != snapshot.at("year").get<int>()) continue;
    std::string share = row.at("share").is_null() ? "–" : FormatNumber(row.at("share").get<double>() * 100, 0, words.lang) + "\u00a0%";
    coverage.push_back({OrgUnitName(snapshot, Str(row.at("ou"))), share,
                        Count(row.at("members"), words) + " / " + Count(row.at("units"), words) + " " + EscapeHtml(words.trusts)});
  }
  body += HtmlTable(EscapeHtml(words.coverage) + " " + std::to_string(snapshot.at("year").get<int>()),
                    {words.region, words.coverage, words.full_members}, coverage);
  return Section("membership", EscapeHtml(words.membership), body);
}

std::string ActivitiesSection(const json& snapshot, const ReportWords& words) {
  const json& activities = snapshot.at("activities");
  std::string body;
  if (activities.at("list").empty()) {
    body += "<p>" + EscapeHtml(words.no_activities) + "</p>\n";
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const json& activity : activities.at("list")) {
      std::string attendees = activity.at("attendees").is_null() ? EscapeHtml(words.not_reported)
                                                                 : Count(activity.at("attendees"), words);
      rows.push_back({Str(activity.at("date")), EscapeHtml(Term(Str(activity.at("kind")), words.lang)),
                      EscapeHtml(Str(activity.at("title"))), ParticipantName(snapshot, Str(activity.at("organiser")), words),
                      EscapeHtml(Str(activity.at("place"))), attendees,
                      EscapeHtml(Term(Str(activity.at("status")), words.lang))});
    }
    body += HtmlTable(EscapeHtml(words.activities),
                      {words.date, words.kind, words.what, words.organiser, words.place, words.attendees, words.status},
                      rows, "wide");
  }
  std::vector<std::vector<std::string>> tallies;
  for (const json& tally : activities.at("tallies")) {
    std::string kind = Str(tally.at("kind"));
    int reported = tally.at("reported").get<int>();
    int held = tally.at("held").get<int>();
    std::string attendees = reported == 0 ? "–" : Count(tally.at("attendees"), words);
    if (reported > 0 && reported < held) attendees = "≥ " + attendees;
    tallies.push_back({std::to_string(tally.at("year").get<int>()),
                       EscapeHtml(kind.empty() ? words.all_kinds : Term(kind, words.lang)), Count(tally.at("held"), words),
                       Count(tally.at("planned"), words), Count(tally.at("cancelled"), words),
                       Count(tally.at("postponed"), words), attendees});
  }
  body += HtmlTable(EscapeHtml(words.activity_indicators),
                    {words.year, words.kind, words.held, words.planned, words.cancelled, words.postponed, words.attendees},
                    tallies);
  return Section("activities", EscapeHtml(words.activities), body);
}

std::string PlanSection(const json& snapshot, const ReportWords& words) {
  const json& plan = snapshot.at("plan");
  std::string body = "<p>" + EscapeHtml(words.plan_as_of) + " " + Str(plan.at("as_of")) + ".</p>\n";
  if (plan.at("items").empty()) {
    body += "<p>" + EscapeHtml(words.no_plan) + "</p>\n";
    return Section("plan", EscapeHtml(words.plan), body);
  }
  std::vector<std::vector<std::string>> rows;
  for (const json& item : plan.at("items")) {
    std::string status = EscapeHtml(Term(Str(item.at("status")), words.lang));
    if (item.at("overdue").get<bool>()) status += " <strong class=\"overdue\">" + EscapeHtml(words.overdue) + "</strong>";
    rows.push_back({EscapeHtml(Str(item.at("title"))),
                    EscapeHtml(Term(Str(item.at("kind")), words.lang)) + " " + std::to_string(item.at("plan").get<int>()),
                    EscapeHtml(Str(item.at("goal"))), ParticipantName(snapshot, Str(item.at("responsible")), words),
                    Str(item.at("due")), status});
  }
  body += HtmlTable(EscapeHtml(words.plan), {words.what, words.kind, words.goal, words.responsible, words.due, words.status},
                    rows, "wide");
  return Section("plan", EscapeHtml(words.plan), body);
}

std::string BodiesSection(const json& snapshot, const ReportWords& words) {
  std::string body;
  for (const json& organ : snapshot.at("bodies")) {
    body += "<h3>" + EscapeHtml(Str(organ.at("name"))) + " <span class=\"kind\">(" +
            EscapeHtml(Term(Str(organ.at("kind")), words.lang)) + ")</span></h3>\n";
    if (!Str(organ.at("note")).empty()) body += "<p class=\"note\">" + EscapeHtml(Str(organ.at("note"))) + "</p>\n";
    if (organ.at("members").empty()) {
      body += "<p>" + EscapeHtml(words.no_members) + "</p>\n";
      continue;
    }
    std::vector<std::vector<std::string>> rows;
    for (const json& member : organ.at("members")) {
      std::string term = Str(member.at("from")) + " – " + Str(member.at("to"));
      std::string participant = Str(member.at("participant"));
      rows.push_back({EscapeHtml(Str(member.at("person"))), EscapeHtml(Term(Str(member.at("role")), words.lang)),
                      participant.empty() ? "" : ParticipantName(snapshot, participant, words), term});
    }
    body += HtmlTable(EscapeHtml(Str(organ.at("name"))), {words.person, words.role, words.represents, words.term}, rows);
  }
  return Section("bodies", EscapeHtml(words.bodies), body);
}

}  // namespace polyfon::report
