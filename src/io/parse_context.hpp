#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/catalog.hpp"
#include "io/column_map.hpp"
#include "io/csv_reader.hpp"
#include "io/import_batch.hpp"
#include "io/importer.hpp"
#include "io/problem_list.hpp"

namespace polyfon::io {

// What every layout parser gets: the reader positioned after the header, the header (valid only
// until the first reader.Next), the catalog to validate against, the options, and where to report.
struct ParseContext {
  std::string_view file_name;
  CsvReader& reader;
  const CsvRecord& header;
  const core::CatalogIndex& catalog;
  const ImportOptions& options;
  ProblemList& problems;
};

// Calls on_row(record) for every data row that is not blank and has as many columns as the
// header; counts the rows read in batch.rows and reports rows of another width and reader errors.
template <typename OnRow>
void ForEachRow(ParseContext& ctx, size_t width, ImportBatch& batch, OnRow&& on_row) {
  CsvRecord record;
  while (ctx.reader.Next(&record)) {
    if (record.IsBlank()) continue;
    ++batch.rows;
    if (record.size() != width) {
      ctx.problems.AddLine(record.line, "expected " + std::to_string(width) + " columns as in the header, found " +
                                            std::to_string(record.size()));
      continue;
    }
    on_row(record);
  }
  if (!ctx.reader.status().ok()) ctx.problems.AddMessage(ctx.reader.status());
}

// The layout parsers. Each reads the rest of the file into `batch`, reporting every problem.
void ParseDhis2Csv(ParseContext& ctx, ImportBatch& batch);
void ParseNprTable(ParseContext& ctx, ImportBatch& batch);
void ParseOrgUnitsCsv(ParseContext& ctx, ImportBatch& batch);
void ParseParticipantsCsv(ParseContext& ctx, ImportBatch& batch);
void ParseElementsCsv(ParseContext& ctx, ImportBatch& batch);
void ParseCombosCsv(ParseContext& ctx, ImportBatch& batch);
void ParseIndicatorsCsv(ParseContext& ctx, ImportBatch& batch);
void ParseMicrodata(ParseContext& ctx, ImportBatch& batch);
void ParseActivitiesCsv(ParseContext& ctx, ImportBatch& batch);
void ParsePlanItemsCsv(ParseContext& ctx, ImportBatch& batch);

}  // namespace polyfon::io
