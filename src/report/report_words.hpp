#pragma once

#include <string>
#include <string_view>

namespace polyfon::report {

// The report's own words in Nynorsk (the cluster's language), Bokmål and English.
struct ReportWords {
  const char* lang;
  const char* title;           // "Årsrapport"
  const char* cluster;         // "Kunnskapsklynga POLYFON ..."
  const char* contents;
  const char* main_goal;
  const char* sub_goal;
  const char* goals_lead;
  const char* no_indicators;
  const char* dimension;
  const char* year;
  const char* value;
  const char* interval;        // "95 % intervall"
  const char* target;
  const char* status;
  const char* hidden;          // for a suppressed figure
  const char* missing;
  const char* progress;        // "Framdrift"
  const char* membership;
  const char* full_members;
  const char* observers;
  const char* left;
  const char* changes;
  const char* no_changes;
  const char* participant;
  const char* helix;
  const char* region;
  const char* joined;
  const char* coverage;
  const char* coverage_lead;
  const char* trusts;
  const char* activities;
  const char* no_activities;
  const char* date;
  const char* kind;
  const char* what;
  const char* organiser;
  const char* attendees;
  const char* place;
  const char* not_reported;
  const char* activity_indicators;
  const char* held;
  const char* planned;
  const char* cancelled;
  const char* postponed;
  const char* all_kinds;
  const char* plan;
  const char* plan_as_of;      // "Status per"
  const char* no_plan;
  const char* goal;
  const char* responsible;
  const char* due;
  const char* overdue;
  const char* bodies;
  const char* no_members;
  const char* role;
  const char* term;
  const char* snapshot;        // "Bygd frå øyeblikksbilete"
  const char* taken;
  const char* data_version;
  const char* suppression;     // "Tal frå 1 til {} er skjulte ..."
  const char* cluster_secretariat;
  const char* person;
  const char* represents;
};

// The words of `language` ("nn", "nb" or "en"); nullptr for any other.
const ReportWords* WordsFor(std::string_view language);

// The name of an enum value (a dimension, activity kind, status, helix category, body kind or
// role) in the language, or the value itself when there is no translation.
std::string Term(std::string_view value, std::string_view language);

// A number as the language writes it: "1 106 295", "41,2" (nn, nb) or "1,106,295", "41.2" (en),
// with `decimals` decimals (0 for whole numbers).
std::string FormatNumber(double value, int decimals, std::string_view language);

}  // namespace polyfon::report
