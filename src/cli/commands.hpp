#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cli/store_opener.hpp"

namespace polyfon::cli {

// Each command returns its process exit code and writes results to stdout, messages to stderr.

int RunInit(const StoreOpener& open, const std::string& db);
int RunDemo(const StoreOpener& open, const std::string& db);

struct ImportArgs {
  std::vector<std::string> files;
  std::string format = "auto";
  std::string element = "mt_patients";
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
  std::string reference;  // analyze gap: an org unit code, "best" or a rate; empty = the nation
  std::string exposure = "cluster_coverage";  // analyze effect and sensitivity
  std::string completeness = "1:1";           // analyze sensitivity: "0.6:1,NO-HN=0.4:1"
};
int RunQuery(const StoreOpener& open, const std::string& db, const QueryArgs& args);

// `polyfon analyze ratio|growth|gap` with the query's flags (--format table|json).
int RunAnalyze(const StoreOpener& open, const std::string& db, const std::string& analysis, const QueryArgs& args);

// `polyfon export`: stored values, raw, as a DHIS2 data value set. Empty lists select all.
struct ExportArgs {
  std::string format = "dhis2-json";  // or "csv" (DHIS2 CSV)
  std::string elements;               // "mt_patients,population"
  std::string org_units;              // "NO-HV,NO"
  std::string periods;                // "2016:2018", "2016;2018" or "2016,2018"
  std::string output;                 // a file; empty = standard output
  bool public_output = false;
};
int RunExport(const StoreOpener& open, const std::string& db, const ExportArgs& args);

struct ServeArgs {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;
};
int RunServe(const StoreOpener& open, const std::string& db, const ServeArgs& args);

}  // namespace polyfon::cli
