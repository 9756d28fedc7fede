// Import speed: DHIS2 data value CSV -> parsed, every value validated against the catalog ->
// written to a SQLite file and committed durably (synchronous=FULL), through the same use case as
// `polyfon import`. Also the parse-and-validate step alone for each format `polyfon import` reads
// values from, in values per second: the same values as DHIS2 CSV, DHIS2 JSON, JSON-stat and PX,
// and, in their own shapes, a filled-in XLSX reporting template, an NPR table and microdata.
//
//   polyfon_import_bench generate DIR ROWS   writes DIR/values.* and DIR/metadata-*.csv
//   polyfon_import_bench [benchmark flags]   runs the benchmarks on POLYFON_BENCH_DIR (default: generates 1 000 000 rows)
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "app/import_files.hpp"
#include "io/xlsx_template_writer.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace fs = std::filesystem;
using polyfon::app::ImportFiles;
using polyfon::app::ImportRequest;

namespace {

constexpr int kElements = 10;
constexpr int kUnits = 1000;
constexpr int kNprYears = 100;  // NPR table: 1926-2025, one column per unit

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The catalog: kElements counts, mt_patients (distinct, with the two procedure codes, for the NPR
// table, the microdata and the template) and kUnits clinics under NO.
void WriteMetadata(const fs::path& dir) {
  std::ofstream combos(dir / "metadata-combos.csv");
  combos << "code,name,category\nIBBE10,Individual music therapy,procedure_code\n"
            "IBBE20,Group music therapy,procedure_code\n";
  std::ofstream elements(dir / "metadata-elements.csv");
  elements << "code,name,value_type,aggregation,combos\n";
  for (int e = 0; e < kElements; ++e) elements << "count_" << e << ",Count " << e << ",non_negative_integer,sum,\n";
  elements << "mt_patients,Patients with a music-therapy code,non_negative_integer,distinct,IBBE10|IBBE20\n";
  std::ofstream units(dir / "metadata-orgunits.csv");
  units << "code,name,kind,parent\nNO,Norway,nation,\n";
  for (int u = 0; u < kUnits; ++u) units << "U" << u << ",Unit " << u << ",clinic,NO\n";
}

// A list of quoted texts as PxWeb writes one: comma-separated, a line break after every tenth.
template <typename Item>
void PxList(std::ostream& out, size_t count, Item item) {
  for (size_t i = 0; i < count; ++i) {
    if (i > 0) out << (i % 10 == 0 ? ",\n" : ",");
    out << '"' << item(i) << '"';
  }
  out << ";\n";
}

// The cube (dx × ou × pe, -1 for a missing cell) as Statistics Norway publishes a PX table: ISO
// 8859-1, the region and the contents variable in the stub, months in the heading, one DATA line per
// stub row. The roles come from MAP, CONTVARIABLE and TIMEVAL, so no mapping file is needed.
void WritePx(const fs::path& path, const std::vector<long>& cube, const std::vector<std::string>& periods) {
  const size_t months = periods.size();
  const std::string month = "m\xE5ned";  // "måned" in ISO 8859-1
  std::ofstream px(path, std::ios::binary);
  px << "CHARSET=\"ANSI\";\nAXIS-VERSION=\"2010\";\nCODEPAGE=\"iso-8859-1\";\nLANGUAGE=\"no\";\n"
        "CREATION-DATE=\"20260101 00:00\";\nDECIMALS=0;\nSHOWDECIMALS=0;\nMATRIX=\"PFBENCH\";\n"
        "SUBJECT-AREA=\"Polyfon\";\nSUBJECT-CODE=\"pf\";\n"
        "TITLE=\"Teljingar, etter region, statistikkvariabel og " << month << "\";\n"
        "CONTENTS=\"Teljingar\";\nUNITS=\"tal\";\n"
        "STUB=\"region\",\"statistikkvariabel\";\nHEADING=\"" << month << "\";\n"
        "CONTVARIABLE=\"statistikkvariabel\";\n";
  const auto month_code = [&](size_t m) { return periods[m].substr(0, 4) + "M" + periods[m].substr(4); };
  px << "VALUES(\"region\")=";
  PxList(px, kUnits, [](size_t u) { return "Unit " + std::to_string(u); });
  px << "VALUES(\"statistikkvariabel\")=";
  PxList(px, kElements, [](size_t e) { return "Count " + std::to_string(e); });
  px << "VALUES(\"" << month << "\")=";
  PxList(px, months, month_code);
  px << "TIMEVAL(\"" << month << "\")=TLIST(M1),";
  PxList(px, months, [&](size_t m) { return periods[m]; });
  px << "CODES(\"region\")=";
  PxList(px, kUnits, [](size_t u) { return "U" + std::to_string(u); });
  px << "CODES(\"statistikkvariabel\")=";
  PxList(px, kElements, [](size_t e) { return "count_" + std::to_string(e); });
  px << "CODES(\"" << month << "\")=";
  PxList(px, months, month_code);
  px << "MAP(\"region\")=\"polyfon_units\";\nDATA=\n";
  for (size_t u = 0; u < static_cast<size_t>(kUnits); ++u) {
    for (size_t e = 0; e < static_cast<size_t>(kElements); ++e) {
      for (size_t m = 0; m < months; ++m) {
        const long value = cube[(e * kUnits + u) * months + m];
        if (m > 0) px << ' ';
        if (value < 0) px << "\"..\""; else px << value;
      }
      px << '\n';
    }
  }
  px << ";\n";
}

// A filled-in yearly reporting template, written by the project's writer as `polyfon template`
// does: the participant's unit NO and the kUnits units under it, each with the kElements counts
// and mt_patients (total, IBBE10, IBBE20): (kUnits + 1) × (kElements + 3) rows, every value filled
// in, last year's value shown, a comment on every 50th row.
void WriteXlsxTemplateFile(const fs::path& path) {
  polyfon::io::TemplateSheet sheet;
  sheet.participant_code = "BENCH";
  sheet.participant_name = "Benchmark participant";
  sheet.year = 2025;
  sheet.period = "2025";
  sheet.notes = {"Pasientar (mt_patients): talet på ulike personar, totalt (default) og per prosedyrekode."};
  long n = 0;
  for (int u = -1; u < kUnits; ++u) {
    const std::string unit = u < 0 ? "NO" : "U" + std::to_string(u);
    const std::string unit_name = u < 0 ? "Norway" : "Unit " + std::to_string(u);
    const auto add = [&](const std::string& element, const std::string& name, const std::string& combo, double value) {
      polyfon::io::TemplateRow row;
      row.org_unit = unit;
      row.org_unit_name = unit_name;
      row.element = element;
      row.element_name = name;
      row.combo = combo;
      row.value_type = polyfon::core::ValueType::kNonNegativeInteger;
      row.last_year = static_cast<double>((n * 104729) % 1000);
      row.value = value;
      if (n % 50 == 0) row.comment = "Tal frå journalsystemet, kontrollert " + std::to_string(n);
      sheet.rows.push_back(std::move(row));
      ++n;
    };
    for (int e = 0; e < kElements; ++e) {
      add("count_" + std::to_string(e), "Count " + std::to_string(e), "default", static_cast<double>(n * 7919 % 1000));
    }
    // The total counts a person with both codes once: at least the larger code, at most their sum.
    const long individual = n * 7919 % 500;
    const long group = n * 6133 % 300;
    add("mt_patients", "Patients with a music-therapy code – total", "default",
        static_cast<double>(std::max(individual, group) + std::min(individual, group) / 2));
    add("mt_patients", "Patients with a music-therapy code – Individual music therapy", "IBBE10",
        static_cast<double>(individual));
    add("mt_patients", "Patients with a music-therapy code – Group music therapy", "IBBE20",
        static_cast<double>(group));
  }
  auto bytes = polyfon::io::WriteXlsxTemplate(sheet);
  if (!bytes) std::cerr << bytes.error().message() << "\n", std::abort();
  std::ofstream(path, std::ios::binary) << *bytes;
}

// The NPR table: a year column, then one column per unit named as the NPR names them (by name, not
// code); kNprYears rows of mt_patients.
void WriteNprTable(const fs::path& path) {
  std::ofstream npr(path);
  npr << "År";
  for (int u = 0; u < kUnits; ++u) npr << ";Unit " << u;
  npr << '\n';
  long n = 0;
  for (int y = 0; y < kNprYears; ++y) {
    npr << 2025 - kNprYears + 1 + y;
    for (int u = 0; u < kUnits; ++u, ++n) npr << ';' << n * 7919 % 1000;
    npr << '\n';
  }
}

// Pseudonymised microdata: ROWS contacts over the same months as the values, 100 000 persons, the
// two procedure codes; they count into distinct patients per unit (and NO), year and code.
void WriteMicrodata(const fs::path& path, long rows) {
  static constexpr const char* kFields[] = {"psykisk helsevern", "somatikk", "TSB", "habilitering"};
  std::ofstream micro(path);
  micro << "person_id,date,orgunit,procedure_code,field_of_care\n";
  char line[160];
  for (long i = 0; i < rows; ++i) {
    const long month = i / (kUnits * kElements);
    const int n = std::snprintf(line, sizeof line, "p%06ld,%04ld-%02ld-%02ld,U%ld,%s,%s\n", i * 7919 % 100000,
                                2000 + month / 12, month % 12 + 1, i % 28 + 1, i / kElements % kUnits,
                                i % 3 == 0 ? "IBBE20" : "IBBE10", kFields[i % 4]);
    micro.write(line, n);
  }
}

// kElements elements × kUnits org units × as many months as ROWS needs, as DHIS2 CSV, DHIS2 JSON,
// JSON-stat and PX; the template, the NPR table and the microdata in their own shapes.
void Generate(const fs::path& dir, long rows) {
  fs::create_directories(dir);
  WriteMetadata(dir);
  std::ofstream values(dir / "values.csv");
  values << "dataelement,period,orgunit,value\n";
  // The same values as a DHIS2 JSON data value set, and, when they fill whole months, as a JSON-stat
  // cube (dx × ou × pe, row-major, so the last index varies fastest).
  std::ofstream json(dir / "values.json");
  json << "{\"dataValues\":[";
  const int months = static_cast<int>((rows + kUnits * kElements - 1) / (kUnits * kElements));
  std::vector<std::string> periods;
  std::vector<long> cube(static_cast<size_t>(kElements) * kUnits * months, -1);
  long written = 0;
  for (int month = 0; written < rows; ++month) {
    char period[32];
    std::snprintf(period, sizeof period, "%04d%02d", 2000 + month / 12, month % 12 + 1);
    periods.push_back(period);
    for (int u = 0; u < kUnits && written < rows; ++u) {
      for (int e = 0; e < kElements && written < rows; ++e, ++written) {
        const long value = written * 7919 % 1000;
        values << "count_" << e << ',' << period << ",U" << u << ',' << value << '\n';
        json << (written == 0 ? "" : ",") << "{\"dataElement\":\"count_" << e << "\",\"period\":\"" << period
             << "\",\"orgUnit\":\"U" << u << "\",\"value\":\"" << value << "\"}";
        cube[(static_cast<size_t>(e) * kUnits + u) * months + month] = value;
      }
    }
  }
  json << "]}\n";
  std::ofstream stat(dir / "values.jsonstat.json");
  stat << "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"dx\",\"ou\",\"pe\"],\"size\":[" << kElements << ','
       << kUnits << ',' << months << "],\"dimension\":{\"dx\":{\"category\":{\"index\":[";
  for (int e = 0; e < kElements; ++e) stat << (e ? "," : "") << "\"count_" << e << '"';
  stat << "]}},\"ou\":{\"category\":{\"index\":[";
  for (int u = 0; u < kUnits; ++u) stat << (u ? "," : "") << "\"U" << u << '"';
  stat << "]}},\"pe\":{\"category\":{\"index\":[";
  for (size_t m = 0; m < periods.size(); ++m) stat << (m ? "," : "") << '"' << periods[m] << '"';
  stat << "]}}},\"value\":[";
  for (size_t i = 0; i < cube.size(); ++i) {
    stat << (i ? "," : "");
    if (cube[i] < 0) stat << "null"; else stat << cube[i];
  }
  stat << "]}\n";
  WritePx(dir / "values.px", cube, periods);
  WriteXlsxTemplateFile(dir / "template.xlsx");
  WriteNprTable(dir / "npr_table.csv");
  WriteMicrodata(dir / "microdata.csv", rows);
}

fs::path BenchDir() {
  static const fs::path dir = [] {
    if (const char* env = std::getenv("POLYFON_BENCH_DIR")) return fs::path(env);
    const fs::path generated = fs::temp_directory_path() / ("polyfon-bench-" + std::to_string(getpid()));
    Generate(generated, 1000000);
    return generated;
  }();
  return dir;
}

// A database holding the metadata only, copied fresh for each iteration.
fs::path TemplateDatabase() {
  static const fs::path path = [] {
    const fs::path db = BenchDir() / "template.db";
    fs::remove(db);
    auto store = polyfon::store::sqlite::OpenSqliteStore(db.string(), polyfon::store::sqlite::OpenMode::kCreateIfMissing);
    ImportRequest request;
    request.files = {{"metadata-combos.csv", ReadAll(BenchDir() / "metadata-combos.csv")},
                     {"metadata-elements.csv", ReadAll(BenchDir() / "metadata-elements.csv")},
                     {"metadata-orgunits.csv", ReadAll(BenchDir() / "metadata-orgunits.csv")}};
    request.options.now = "2026-01-01T00:00:00Z";
    auto report = ImportFiles(**store, request);
    if (!report) std::cerr << report.error().message() << "\n", std::abort();
    return db;
  }();
  return path;
}

// `count` per pass as a rate: divided by the timed (real, with UseRealTime) seconds of all passes.
benchmark::Counter PerSecond(benchmark::State& state, int64_t count) {
  return benchmark::Counter(static_cast<double>(count) * static_cast<double>(state.iterations()),
                            benchmark::Counter::kIsRate);
}

void CountValues(benchmark::State& state, int64_t values) {
  state.counters["values"] = static_cast<double>(values);
  state.counters["values/s"] = PerSecond(state, values);
}

void BM_ImportCsvIntoSqliteDurable(benchmark::State& state) {
  ImportRequest request;
  request.files = {{"values.csv", ReadAll(BenchDir() / "values.csv")}};
  request.options.now = "2026-01-01T00:00:00Z";
  request.options.stored_by = "bench";
  const fs::path db = BenchDir() / "bench.db";
  int64_t values = 0;
  for (auto _ : state) {
    state.PauseTiming();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
    fs::copy_file(TemplateDatabase(), db);
    auto store = polyfon::store::sqlite::OpenSqliteStore(db.string(), polyfon::store::sqlite::OpenMode::kMustExist);
    state.ResumeTiming();
    auto report = ImportFiles(**store, request);
    if (!report || !report->committed) {
      state.SkipWithError(report ? "not committed" : report.error().message().c_str());
      return;
    }
    values = report->files[0].values.inserted;
  }
  CountValues(state, values);
}
BENCHMARK(BM_ImportCsvIntoSqliteDurable)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

// Parse and validate the values of one file, through format detection as `polyfon import` does
// (no --format, no --mapping): values per second, comparable across formats in one run. For the
// microdata, "rows/s" is contacts read per second; the values are the distinct-patient counts.
void BM_ParseFormat(benchmark::State& state, const char* file) {
  const std::string content = ReadAll(BenchDir() / file);
  auto store = polyfon::store::sqlite::OpenSqliteStore(TemplateDatabase().string(),
                                                       polyfon::store::sqlite::OpenMode::kMustExist);
  const polyfon::core::Catalog catalog = *(*store)->LoadCatalog();
  const polyfon::core::CatalogIndex index(catalog);
  polyfon::io::ImportOptions options;
  options.now = "2026-01-01T00:00:00Z";
  int64_t values = 0;
  int64_t rows = 0;
  for (auto _ : state) {
    auto batch = polyfon::io::ParseImport(file, content, index, options);
    if (!batch) {
      state.SkipWithError(batch.error().message().c_str());
      return;
    }
    values = static_cast<int64_t>(batch->values.size());
    rows = batch->rows;
    benchmark::DoNotOptimize(batch->values.data());
  }
  CountValues(state, values);
  state.counters["rows/s"] = PerSecond(state, rows);
  state.counters["MB"] = static_cast<double>(content.size()) / 1e6;
}
// The four files of the same 1 000 000 values: three iterations each, as the import above.
BENCHMARK_CAPTURE(BM_ParseFormat, dhis2_csv, "values.csv")->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK_CAPTURE(BM_ParseFormat, dhis2_json, "values.json")
    ->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK_CAPTURE(BM_ParseFormat, json_stat, "values.jsonstat.json")
    ->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK_CAPTURE(BM_ParseFormat, px, "values.px")->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
// Smaller files in their own shapes: as many iterations as fill 2 s.
BENCHMARK_CAPTURE(BM_ParseFormat, xlsx_template, "template.xlsx")
    ->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
BENCHMARK_CAPTURE(BM_ParseFormat, npr_table, "npr_table.csv")
    ->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
// A million contacts: "rows/s" is contacts per second.
BENCHMARK_CAPTURE(BM_ParseFormat, microdata, "microdata.csv")
    ->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::string(argv[1]) == "generate") {
    Generate(argv[2], std::atol(argv[3]));
    return 0;
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
