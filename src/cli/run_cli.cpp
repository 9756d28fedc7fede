// The only translation unit that includes CLI11 (it is slow to compile).
#include "cli/run_cli.hpp"

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>
#include <utility>
#include <vector>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

namespace polyfon::cli {

int RunCli(int argc, char** argv, const StoreOpener& open) {
  CLI::App app{"Polyfon: registry, indicator data and analytics for a knowledge cluster", "polyfon"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "polyfon 0.1.0");
  std::string db;
  app.add_option("--db", db, "Database: a SQLite file (default $POLYFON_DB, else ./polyfon.db)");

  auto* init = app.add_subcommand("init", "Create an empty database with the current schema");
  auto* demo = app.add_subcommand("demo", "Create the database if needed and load the bundled real data");

  // DHIS2's id schemes, for import and export alike; values are checked by the command.
  auto add_id_schemes = [](CLI::App* command, IdSchemeArgs& args, const char* description) {
    command->add_option("--id-scheme", args.general, description);
    command->add_option("--data-element-id-scheme", args.element, "code|uid for data elements (overrides --id-scheme)");
    command->add_option("--org-unit-id-scheme", args.org_unit, "code|uid for org units (overrides --id-scheme)");
    command->add_option("--category-option-combo-id-scheme", args.combo,
                        "code|uid for category option combos (overrides --id-scheme)");
    command->add_option("--attribute-option-combo-id-scheme", args.attribute_combo,
                        "code|uid for attribute option combos (overrides --id-scheme)");
  };

  ImportArgs import_args;
  auto* import = app.add_subcommand("import", "Import files in one transaction: all or nothing");
  import->add_option("files", import_args.files, "Files to import, in order")->required()->check(CLI::ExistingFile);
  import->add_option("--format", import_args.format,
                     "auto|csv|dhis2-json|json-stat|px|xlsx|npr-table|orgunits|participants|elements|combos|indicators|"
                     "microdata|activities|plan-items|registry-json")
      ->capture_default_str();
  import->add_option("--element", import_args.element, "Data element for layouts that name none (npr-table, microdata)")
      ->capture_default_str();
  import->add_option("--mapping", import_args.mapping,
                     "Mapping file for statistics tables (json-stat, px): dimensions and codes onto the catalog")
      ->check(CLI::ExistingFile);
  import->add_option("--language", import_args.language, "Language to read a multilingual PX file in (default: its own)");
  add_id_schemes(import, import_args.id_schemes,
                 "code|uid: how DHIS2 data value sets name elements, org units and combos (default code; a JSON "
                 "set's own idScheme overrides)");
  import->add_flag("--dry-run", import_args.dry_run, "Validate and report what would change; write nothing");

  // query and analyze take the same selection flags.
  auto add_selection = [](CLI::App* command, QueryArgs& args) {
    auto* indicator = command->add_option("--indicator", args.indicator, "Indicator code, e.g. mt_patients_per_100k");
    auto* element = command->add_option("--element", args.element, "Data element, e.g. mt_patients or mt_patients.IBBE10");
    indicator->excludes(element);
    command->add_option("--ou", args.org_units, "Org unit codes, comma-separated, e.g. NO-HV,NO")->required();
    command->add_option("--pe", args.periods, "Periods: 2016:2018, 2016;2018, 2018Q1:2018Q4")->required();
    command->add_option("--ci", args.ci, "Confidence level of intervals")->capture_default_str()->check(
        CLI::Range(0.5, 0.9999));
    command->add_flag("--public", args.public_output, "Public output: hide counts from 1 to 4 and what derives from them");
    command->add_option("--min-count", args.min_count, "With --public: hide counts below this")
        ->capture_default_str()
        ->check(CLI::Range(1, 1000));
  };

  QueryArgs query_args;
  auto* query = app.add_subcommand("query", "Query an indicator or data element for org units and periods");
  add_selection(query, query_args);
  query->add_option("--format", query_args.format, "table|csv|json|px (PX-Axis)")
      ->capture_default_str()
      ->check(CLI::IsMember({"table", "csv", "json", "px"}));

  QueryArgs analyze_args;
  std::string analysis;
  auto* analyze = app.add_subcommand("analyze", "Analyse: ratio, growth, trend, equal-access gap, coverage, cluster effect, sensitivity");
  analyze->add_option("analysis", analysis, "ratio: --ou A,B --pe P or --ou A --pe 'P1;P2' (first / second); "
                                            "growth: --ou A,B --pe 2016:2018 (first to last period); "
                                            "gap: --ou A,B --pe 2018 [--reference NO|best|RATE] (equal access); "
                                            "coverage: --ou A,B --pe 2015:2024 (no item); trend: --ou A,B --pe 2016:2018 (log-linear); "
                                            "effect: --element mt_patients --ou A,B,.. --pe 2016:2022 [--exposure E]; "
                                            "sensitivity: ... --completeness 0.6:1,NO-HN=0.4:1")
      ->required()
      ->check(CLI::IsMember({"ratio", "growth", "gap", "coverage", "trend", "effect", "sensitivity"}));
  analyze->add_option("--completeness", analyze_args.completeness,
                      "sensitivity: assumed share of cases registered, LOW:HIGH, for all units and/or UNIT=LOW:HIGH")
      ->capture_default_str();
  analyze->add_option("--exposure", analyze_args.exposure,
                      "effect: the covariate, cluster_coverage (from membership) or a data element")
      ->capture_default_str();
  analyze->add_option("--reference", analyze_args.reference,
                      "gap, sensitivity: the reference rate: an org unit code (default: the nation), best, or a number");
  add_selection(analyze, analyze_args);
  analyze->add_option("--format", analyze_args.format, "table|json")->capture_default_str()->check(
      CLI::IsMember({"table", "json"}));

  ExportArgs export_args;
  auto* export_cmd = app.add_subcommand(
      "export", "Export stored values (raw) as a DHIS2 data value set (JSON or CSV) or JSON-stat");
  export_cmd->add_option("--format", export_args.format, "dhis2-json|csv|json-stat (dhis2-csv = csv)")
      ->capture_default_str()
      ->check(CLI::IsMember({"dhis2-json", "csv", "dhis2-csv", "json-stat"}));
  export_cmd->add_option("--element", export_args.elements,
                         "Data element codes or uids, comma-separated (default: all)");
  export_cmd->add_option("--ou", export_args.org_units, "Org unit codes or uids, comma-separated (default: all)");
  export_cmd->add_option("--pe", export_args.periods, "Periods: 2016:2018, 2016;2018, 2016,2018 (default: all)");
  export_cmd->add_option("-o,--output", export_args.output, "Write to this file instead of standard output");
  add_id_schemes(export_cmd, export_args.id_schemes,
                 "code|uid: how DHIS2 output names elements, org units and combos (default code)");
  export_cmd->add_flag("--public", export_args.public_output, "Public output: hide counts from 1 to 4");
  export_cmd->add_option("--min-count", export_args.min_count, "With --public: hide counts below this")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));

  HistoryArgs history_args;
  auto* history = app.add_subcommand("history", "List recorded changes to values, newest first");
  history->add_option("--element", history_args.elements, "Data element codes, comma-separated (default: all)");
  history->add_option("--ou", history_args.org_units, "Org unit codes, comma-separated (default: all)");
  history->add_option("--pe", history_args.periods, "Periods: 2016:2018, 2016;2018 (values whose period overlaps them)");
  history->add_option("--source", history_args.source, "Only the changes of this import (see 'polyfon sources')")
      ->check(CLI::PositiveNumber);
  history->add_option("--limit", history_args.limit, "How many of the newest changes; 0 for all")->capture_default_str();
  history->add_option("--format", history_args.format, "table|csv|json")->capture_default_str()->check(
      CLI::IsMember({"table", "csv", "json"}));
  std::string sources_format = "table";
  auto* sources = app.add_subcommand("sources", "List recorded imports, newest first, with their number of changes");
  sources->add_option("--format", sources_format, "table|csv|json")->capture_default_str()->check(
      CLI::IsMember({"table", "csv", "json"}));
  UndoImportArgs undo_args;
  auto* undo = app.add_subcommand("undo-import", "Undo an import as a whole: its values go back to what they were");
  undo->add_option("import", undo_args.source, "The import's number (see 'polyfon sources')")->required()->check(
      CLI::PositiveNumber);
  undo->add_flag("--dry-run", undo_args.dry_run, "Report what would change; write nothing");

  ValidateArgs validate_args;
  auto* validate = app.add_subcommand("validate", "Check stored values against the validation rules; flag outliers");
  validate->add_option("--pe", validate_args.periods, "Periods: 2015:2024, 2016;2018")->required();
  validate->add_option("--rules", validate_args.rules, "Rules file (CSV; default: the rules that ship with polyfon)")
      ->check(CLI::ExistingFile);
  validate->add_flag("--outliers", validate_args.outliers, "Also flag outliers (modified z-score per series)");
  validate->add_option("--min-max", validate_args.bounds, "Min-max bounds file (CSV): flag values outside them")
      ->check(CLI::ExistingFile);
  validate->add_option("--z", validate_args.z_threshold, "Flag |modified z-score| above this")->capture_default_str()
      ->check(CLI::PositiveNumber);
  validate->add_option("--element", validate_args.elements,
                       "Flag outliers only in these data elements, comma-separated (default: all)");
  validate->add_option("--format", validate_args.format, "table|json")->capture_default_str()->check(
      CLI::IsMember({"table", "json"}));

  TemplateArgs template_args;
  auto* template_cmd =
      app.add_subcommand("template", "Write a participant's yearly reporting template (.xlsx) to fill in offline");
  template_cmd->add_option("--participant", template_args.participant, "Participant code, e.g. HELSE-BERGEN")
      ->required();
  template_cmd->add_option("--year", template_args.year, "The year reported for, e.g. 2025")->required()->check(
      CLI::Range(1900, 9999));
  template_cmd->add_option("-o,--output", template_args.output, "The .xlsx file to write")->required();

  ReportArgs report_args;
  auto* report = app.add_subcommand("report", "Write the annual report of a year (HTML or PDF) from a frozen snapshot");
  auto* report_year =
      report->add_option("--year", report_args.year, "The report's year, e.g. 2018")->check(CLI::Range(2000, 2100));
  report->add_option("-o,--output", report_args.output, "The report file to write (.html or .pdf)")->required();
  report->add_option("--format", report_args.format, "html|pdf (default: from the output's extension)")
      ->check(CLI::IsMember({"html", "pdf"}));
  report->add_option("--snapshot", report_args.snapshot_out,
                     "Where to write the snapshot (default: beside the report, NAME.snapshot.json)");
  report->add_option("--from-snapshot", report_args.from_snapshot,
                     "Rebuild the report from this snapshot instead of the database")
      ->check(CLI::ExistingFile)
      ->excludes(report_year);
  report->add_option("--language", report_args.language, "nn|nb|en")->capture_default_str()->check(
      CLI::IsMember({"nn", "nb", "en"}));
  report->add_option("--min-count", report_args.min_count, "Hide counts below this")->capture_default_str()->check(
      CLI::Range(1, 1000));
  report->add_option("--taken-at", report_args.taken_at, "The snapshot's time, ISO 8601 (default: now)");

  GoalsArgs goals_args;
  auto* goals = app.add_subcommand("goals", "Assess the goals' indicators for a year (public figures)");
  goals->add_option("--year", goals_args.year, "The year assessed, e.g. 2018")->required()->check(CLI::Range(2000, 2100));
  goals->add_option("--format", goals_args.format, "table|json")->capture_default_str()->check(
      CLI::IsMember({"table", "json"}));
  goals->add_option("--min-count", goals_args.min_count, "Hide counts below this")->capture_default_str()->check(
      CLI::Range(1, 1000));

  ActivitiesArgs activities_args;
  auto* activities = app.add_subcommand("activities", "Activity indicators per year and kind");
  activities->add_option("--years", activities_args.years, "A year or a range, e.g. 2017:2020")->required();
  activities->add_option("--format", activities_args.format, "table|json")->capture_default_str()->check(
      CLI::IsMember({"table", "json"}));

  ServeArgs serve_args;
  auto* serve = app.add_subcommand("serve", "Serve the web application and JSON API");
  serve->add_option("--host", serve_args.host, "Address to listen on")->capture_default_str();
  serve->add_option("--port", serve_args.port, "Port to listen on")->capture_default_str();
  serve->add_option("--min-count", serve_args.min_count, "Public output hides counts below this")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  serve->add_flag("--secure-cookies", serve_args.secure_cookies,
                  "The site is reached over https (e.g. behind a TLS proxy): mark cookies Secure");
  serve->add_flag("--behind-proxy", serve_args.behind_proxy,
                  "A reverse proxy on this machine forwards requests: take the client address from X-Forwarded-For");

  UserArgs user_args;
  auto* user = app.add_subcommand("user", "Manage users, their API tokens and the account log");
  user->require_subcommand(1);
  // Which `user` subcommand ran; each is declared with the action it stands for.
  std::vector<std::pair<CLI::App*, UserAction>> user_actions;
  const auto user_command = [&](CLI::App* parent, const char* name, const char* description, UserAction action) {
    auto* command = parent->add_subcommand(name, description);
    user_actions.emplace_back(command, action);
    return command;
  };
  const auto add_user_name = [&](CLI::App* command) {
    command->add_option("name", user_args.name, "The user's login name")->required();
  };
  const auto add_user_format = [&](CLI::App* command) {
    command->add_option("--format", user_args.format, "table|json")
        ->capture_default_str()
        ->check(CLI::IsMember({"table", "json"}));
  };
  const char* org_unit_help = "A reporter's org unit codes, comma-separated, e.g. NO-HV,NO-HN";
  auto* user_add = user_command(user, "add", "Add a user; the password is read from standard input", UserAction::kAdd);
  add_user_name(user_add);
  user_add->add_option("--role", user_args.role, "viewer|reporter|coordinator|admin")->required();
  user_add->add_option("--org-unit", user_args.org_units, org_unit_help);
  add_user_name(user_command(user, "passwd", "Set a user's password, read from standard input", UserAction::kPasswd));
  auto* user_role = user_command(user, "role", "Change a user's role (and a reporter's org units)", UserAction::kRole);
  add_user_name(user_role);
  user_role->add_option("role", user_args.role, "viewer|reporter|coordinator|admin")->required();
  user_role->add_option("--org-unit", user_args.org_units, org_unit_help);
  add_user_name(
      user_command(user, "disable", "Disable a user: no sign-in, its API tokens stop working", UserAction::kDisable));
  add_user_name(user_command(user, "enable", "Enable a disabled user again", UserAction::kEnable));
  add_user_format(user_command(user, "list", "List users (never their password hashes)", UserAction::kList));
  auto* user_token = user->add_subcommand("token", "Manage personal API tokens for scripts");
  user_token->require_subcommand(1);
  auto* token_add =
      user_command(user_token, "add", "Make an API token for a user and print it, once", UserAction::kTokenAdd);
  add_user_name(token_add);
  token_add->add_option("--label", user_args.label, "What the token is for, e.g. 'nightly import'")->required();
  auto* token_list =
      user_command(user_token, "list", "List API tokens (never the tokens themselves)", UserAction::kTokenList);
  token_list->add_option("name", user_args.name, "Only this user's tokens");
  add_user_format(token_list);
  user_command(user_token, "revoke", "Revoke an API token", UserAction::kTokenRevoke)
      ->add_option("id", user_args.token, "The token's id (see 'polyfon user token list')")
      ->required()
      ->check(CLI::PositiveNumber);
  auto* user_log = user_command(
      user, "log", "List the account log: sign-ins and changes to users and tokens, newest first", UserAction::kLog);
  user_log->add_option("--limit", user_args.limit, "How many of the newest events; 0 for all")->capture_default_str();
  add_user_format(user_log);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (db.empty()) {
    const char* env = std::getenv("POLYFON_DB");
    db = env != nullptr && *env != '\0' ? env : "polyfon.db";
  }

  if (*init) return RunInit(open, db);
  if (*demo) return RunDemo(open, db);
  if (*import) return RunImport(open, db, import_args);
  if (*query) {
    if (query_args.indicator.empty() == query_args.element.empty()) {
      std::cerr << "polyfon query: give exactly one of --indicator or --element\n";
      return kExitUsage;
    }
    return RunQuery(open, db, query_args);
  }
  if (*analyze) {
    if (analysis != "coverage" && analyze_args.indicator.empty() == analyze_args.element.empty()) {
      std::cerr << "polyfon analyze: give exactly one of --indicator or --element\n";
      return kExitUsage;
    }
    return RunAnalyze(open, db, analysis, analyze_args);
  }
  if (*export_cmd) return RunExport(open, db, export_args);
  if (*history) return RunHistory(open, db, history_args);
  if (*sources) return RunSources(open, db, sources_format);
  if (*undo) return RunUndoImport(open, db, undo_args);
  if (*validate) return RunValidate(open, db, validate_args);
  if (*template_cmd) return RunTemplate(open, db, template_args);
  if (*report) return RunReport(open, db, report_args);
  if (*goals) return RunGoals(open, db, goals_args);
  if (*activities) return RunActivities(open, db, activities_args);
  if (*serve) return RunServe(open, db, serve_args);
  if (*user) {
    for (const auto& [command, action] : user_actions) {
      if (*command) user_args.action = action;
    }
    return RunUser(open, db, user_args);
  }
  return kExitUsage;
}

}  // namespace polyfon::cli
