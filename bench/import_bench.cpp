// Import speed: DHIS2 data value CSV -> parsed, every value validated against the catalog ->
// written to a SQLite file and committed durably (synchronous=FULL), through the same use case as
// `polyfon import`. Also the parse-and-validate step alone, to show where the time goes, and that
// step for the same values as DHIS2 JSON and JSON-stat.
//
//   polyfon_import_bench generate DIR ROWS   writes DIR/values.csv and DIR/metadata-*.csv
//   polyfon_import_bench [benchmark flags]   runs the benchmarks on POLYFON_BENCH_DIR (default: generates 1 000 000 rows)
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "app/import_files.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace fs = std::filesystem;
using polyfon::app::ImportFiles;
using polyfon::app::ImportRequest;

namespace {

constexpr int kElements = 10;
constexpr int kUnits = 1000;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// kElements elements × kUnits org units × as many months as ROWS needs.
void Generate(const fs::path& dir, long rows) {
  fs::create_directories(dir);
  std::ofstream elements(dir / "metadata-elements.csv");
  elements << "code,name,value_type,aggregation,combos\n";
  for (int e = 0; e < kElements; ++e) elements << "count_" << e << ",Count " << e << ",non_negative_integer,sum,\n";
  std::ofstream units(dir / "metadata-orgunits.csv");
  units << "code,name,kind,parent\nNO,Norway,nation,\n";
  for (int u = 0; u < kUnits; ++u) units << "U" << u << ",Unit " << u << ",clinic,NO\n";
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
    request.files = {{"metadata-elements.csv", ReadAll(BenchDir() / "metadata-elements.csv")},
                     {"metadata-orgunits.csv", ReadAll(BenchDir() / "metadata-orgunits.csv")}};
    request.options.now = "2026-01-01T00:00:00Z";
    auto report = ImportFiles(**store, request);
    if (!report) std::cerr << report.error().message() << "\n", std::abort();
    return db;
  }();
  return path;
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
  state.SetItemsProcessed(state.iterations() * values);
  state.counters["values"] = static_cast<double>(values);
}
BENCHMARK(BM_ImportCsvIntoSqliteDurable)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

void BM_ParseAndValidateOnly(benchmark::State& state) {
  const std::string content = ReadAll(BenchDir() / "values.csv");
  auto store = polyfon::store::sqlite::OpenSqliteStore(TemplateDatabase().string(),
                                                       polyfon::store::sqlite::OpenMode::kMustExist);
  const polyfon::core::Catalog catalog = *(*store)->LoadCatalog();
  const polyfon::core::CatalogIndex index(catalog);
  polyfon::io::ImportOptions options;
  options.now = "2026-01-01T00:00:00Z";
  int64_t values = 0;
  for (auto _ : state) {
    auto batch = polyfon::io::ParseImport("values.csv", content, index, options);
    if (!batch) {
      state.SkipWithError(batch.error().message().c_str());
      return;
    }
    values = static_cast<int64_t>(batch->values.size());
    benchmark::DoNotOptimize(batch->values.data());
  }
  state.SetItemsProcessed(state.iterations() * values);
}
BENCHMARK(BM_ParseAndValidateOnly)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

// Parse and validate the same values in each format the generator writes, through format detection
// as `polyfon import` does: values per second, comparable across formats in one run.
void BM_ParseFormat(benchmark::State& state, const char* file) {
  const std::string content = ReadAll(BenchDir() / file);
  auto store = polyfon::store::sqlite::OpenSqliteStore(TemplateDatabase().string(),
                                                       polyfon::store::sqlite::OpenMode::kMustExist);
  const polyfon::core::Catalog catalog = *(*store)->LoadCatalog();
  const polyfon::core::CatalogIndex index(catalog);
  polyfon::io::ImportOptions options;
  options.now = "2026-01-01T00:00:00Z";
  int64_t values = 0;
  for (auto _ : state) {
    auto batch = polyfon::io::ParseImport(file, content, index, options);
    if (!batch) {
      state.SkipWithError(batch.error().message().c_str());
      return;
    }
    values = static_cast<int64_t>(batch->values.size());
    benchmark::DoNotOptimize(batch->values.data());
  }
  state.SetItemsProcessed(state.iterations() * values);
  state.counters["MB"] = static_cast<double>(content.size()) / 1e6;
}
BENCHMARK_CAPTURE(BM_ParseFormat, dhis2_csv, "values.csv")->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK_CAPTURE(BM_ParseFormat, dhis2_json, "values.json")->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK_CAPTURE(BM_ParseFormat, json_stat, "values.jsonstat.json")
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
