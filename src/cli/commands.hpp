#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cli/store_opener.hpp"

namespace polyfon::cli {

// Each command returns its process exit code and writes results to stdout, messages to stderr.

int RunInit(const StoreOpener& open, const std::string& db);
int RunDemo(const StoreOpener& open, const std::string& db);

// DHIS2 id schemes as given on the command line (--id-scheme code|uid and the specific ones); empty
// = not given. Parsed by ParseIdSchemeArgs (cli/id_scheme_args.hpp).
struct IdSchemeArgs {
  std::string general;          // --id-scheme
  std::string element;          // --data-element-id-scheme
  std::string org_unit;         // --org-unit-id-scheme
  std::string combo;            // --category-option-combo-id-scheme
  std::string attribute_combo;  // --attribute-option-combo-id-scheme
};

struct ImportArgs {
  std::vector<std::string> files;
  std::string format = "auto";
  std::string element = "mt_patients";
  std::string mapping;  // a mapping file for statistics tables (JSON-stat, PX); empty = none
  std::string language;  // the language of a multilingual PX file; empty = its default
  IdSchemeArgs id_schemes;  // how DHIS2 data value sets name elements, org units and combos
  bool dry_run = false;
};
int RunImport(const StoreOpener& open, const std::string& db, const ImportArgs& args);

struct QueryArgs {
  std::string indicator;
  std::string element;
  std::string org_units;  // "NO-HSO,NO-HV"
  std::string periods;    // "2016:2018"
  std::string format = "table";
  double ci = 0.95;
  bool public_output = false;
  int min_count = 5;  // with public output: counts from 1 to min_count - 1 are hidden
  std::string reference;  // analyze gap: an org unit code, "best" or a rate; empty = the nation
  std::string exposure = "cluster_coverage";  // analyze effect and sensitivity
  std::string completeness = "1:1";           // analyze sensitivity: "0.6:1,NO-HN=0.4:1"
};
int RunQuery(const StoreOpener& open, const std::string& db, const QueryArgs& args);

// `polyfon analyze ratio|growth|gap` with the query's flags (--format table|json).
int RunAnalyze(const StoreOpener& open, const std::string& db, const std::string& analysis, const QueryArgs& args);

// `polyfon export`: stored values, raw, as a DHIS2 data value set. Empty lists select all.
struct ExportArgs {
  std::string format = "dhis2-json";  // or "csv"/"dhis2-csv" (DHIS2 CSV), "json-stat" (JSON-stat 2.0)
  std::string elements;               // "mt_patients,population" (codes or uids)
  std::string org_units;              // "NO-HV,NO" (codes or uids)
  std::string periods;                // "2016:2018", "2016;2018" or "2016,2018"
  std::string output;                 // a file; empty = standard output
  IdSchemeArgs id_schemes;            // DHIS2 output: codes (default) or uids
  bool public_output = false;
  int min_count = 5;  // with public output: counts from 1 to min_count - 1 are hidden
};
int RunExport(const StoreOpener& open, const std::string& db, const ExportArgs& args);

// `polyfon history`: recorded changes to values, newest first. Empty lists select all.
struct HistoryArgs {
  std::string elements;   // "mt_patients,population"
  std::string org_units;  // "NO-HV,NO"
  std::string periods;    // "2016:2018": values whose period overlaps these
  int64_t source = 0;     // only this import's changes; 0 = every import
  size_t limit = 100;     // the newest changes; 0 = all
  std::string format = "table";
};
int RunHistory(const StoreOpener& open, const std::string& db, const HistoryArgs& args);
// `polyfon sources`: every recorded import, newest first; `format` is table, csv or json.
int RunSources(const StoreOpener& open, const std::string& db, const std::string& format);

// `polyfon undo-import N [--dry-run]`: undo import N as a whole.
struct UndoImportArgs {
  int64_t source = 0;
  bool dry_run = false;
};
int RunUndoImport(const StoreOpener& open, const std::string& db, const UndoImportArgs& args);

// `polyfon validate`: the validation rules (and outlier flags) over stored values. Exit 0 when
// every rule holds, 3 when any is violated.
struct ValidateArgs {
  std::string periods;  // "2015:2024"
  std::string rules;    // a rules file; empty = the rules that ship with Polyfon
  bool outliers = false;
  std::string bounds;   // a min-max bounds file (implies outliers)
  double z_threshold = 3.5;
  std::string elements;  // flag outliers only in these, comma-separated; empty = all
  std::string format = "table";
};
int RunValidate(const StoreOpener& open, const std::string& db, const ValidateArgs& args);

// `polyfon template`: the yearly reporting template (.xlsx) of a participant, to fill in offline.
struct TemplateArgs {
  std::string participant;  // participant code
  int year = 0;
  std::string output;  // the .xlsx file to write
};
int RunTemplate(const StoreOpener& open, const std::string& db, const TemplateArgs& args);

// `polyfon report`: the annual report of a year as HTML or PDF, built from a snapshot that is
// written beside it (or read with --from-snapshot, to rebuild a report identically).
struct ReportArgs {
  int year = 0;               // required unless from_snapshot (the snapshot has its year)
  std::string format;         // html or pdf; empty = from the output's extension (.pdf), else html
  std::string output;         // the report file to write
  std::string snapshot_out;   // where to write the snapshot; empty = OUTPUT without extension + .snapshot.json
  std::string from_snapshot;  // build from this snapshot instead of the database
  std::string language = "nn";
  int min_count = 5;
  std::string taken_at;  // the snapshot's time (ISO 8601); empty = now
};
int RunReport(const StoreOpener& open, const std::string& db, const ReportArgs& args);

// `polyfon goals`: every goal's indicators assessed for a year on public figures.
struct GoalsArgs {
  int year = 0;
  std::string format = "table";
  int min_count = 5;
};
int RunGoals(const StoreOpener& open, const std::string& db, const GoalsArgs& args);

// `polyfon activities`: the activity indicators per year and kind.
struct ActivitiesArgs {
  std::string years;  // "2017:2020" or "2018"
  std::string format = "table";
};
int RunActivities(const StoreOpener& open, const std::string& db, const ActivitiesArgs& args);

struct ServeArgs {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;
  int min_count = 5;            // public output hides counts from 1 to min_count - 1
  bool secure_cookies = false;  // served over https: session cookies get the Secure flag
  bool behind_proxy = false;    // client addresses from X-Forwarded-For (a local reverse proxy)
};
int RunServe(const StoreOpener& open, const std::string& db, const ServeArgs& args);

// `polyfon user ...`: users, their API tokens and the account log (command_user.cpp). The password
// of `add` and `passwd` comes from standard input (cli/read_password.hpp), never from a flag. The
// command line acts as "cli" in the account log: whoever may write the database file may manage
// its users.
enum class UserAction { kAdd, kPasswd, kRole, kDisable, kEnable, kList, kTokenAdd, kTokenList, kTokenRevoke, kLog };
struct UserArgs {
  UserAction action = UserAction::kList;
  std::string name;              // the user; for token list, empty = every user's tokens
  std::string role;              // add, role: viewer|reporter|coordinator|admin
  std::string org_units;         // add, role: a reporter's org unit codes, "NO-HV,NO-HN"
  std::string label;             // token add: what the token is for
  int64_t token = 0;             // token revoke: the token's id
  size_t limit = 100;            // log: the newest events; 0 = all
  std::string format = "table";  // list, token list, log: table|json
};
int RunUser(const StoreOpener& open, const std::string& db, const UserArgs& args);

}  // namespace polyfon::cli
