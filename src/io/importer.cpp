#include "io/importer.hpp"

#include "io/csv_reader.hpp"
#include "io/dhis2_json_parser.hpp"
#include "io/format_detection.hpp"
#include "io/json_stat_parser.hpp"
#include "io/parse_context.hpp"
#include "io/problem_list.hpp"
#include "io/px_parser.hpp"
#include "io/registry_json.hpp"
#include "io/xlsx_template_parser.hpp"
#include "io/stat_mapping.hpp"

namespace polyfon::io {

core::Result<ImportBatch> ParseImport(std::string_view file_name, std::string_view content,
                                      const core::CatalogIndex& catalog, const ImportOptions& options) {
  // A workbook is binary: told apart by its ZIP signature before anything reads it as text.
  if (options.format == ImportFormat::kXlsxTemplate ||
      (options.format == ImportFormat::kAuto && LooksLikeZip(content))) {
    POLYFON_ASSIGN_OR_RETURN(ImportBatch batch, ParseXlsxTemplate(file_name, content, catalog, options));
    batch.format = ImportFormat::kXlsxTemplate;
    return batch;
  }
  // JSON is not read as records, so it is told apart before the CSV reader is opened.
  const bool json = options.format == ImportFormat::kAuto && LooksLikeJsonObject(content);
  const JsonLayout layout = json ? DetectJsonLayout(content) : JsonLayout::kUnknown;
  if (options.format == ImportFormat::kJsonStat || layout == JsonLayout::kJsonStat) {
    POLYFON_ASSIGN_OR_RETURN(const StatCube cube, ParseJsonStat(file_name, content));
    return ImportStatCube(file_name, cube, catalog, options, ImportFormat::kJsonStat);
  }
  if (options.format == ImportFormat::kRegistryJson || layout == JsonLayout::kRegistry) {
    // References (participants, goals, measures) are checked by the caller, which also knows the
    // store's registry: a goal's parent may be stored already.
    ImportBatch batch;
    POLYFON_ASSIGN_OR_RETURN(batch.registry, ParseRegistryJson(file_name, content));
    batch.format = ImportFormat::kRegistryJson;
    batch.rows = static_cast<int64_t>(batch.registry.bodies.size() + batch.registry.activities.size() +
                                      batch.registry.goals.size() + batch.registry.plan_items.size());
    return batch;
  }
  if (options.format == ImportFormat::kDhis2Json || json) {
    return ParseDhis2Json(file_name, content, catalog, options.id_schemes);
  }
  if (options.format == ImportFormat::kPx || (options.format == ImportFormat::kAuto && LooksLikePx(content))) {
    POLYFON_ASSIGN_OR_RETURN(const StatCube cube, ParsePx(file_name, content, options.language));
    return ImportStatCube(file_name, cube, catalog, options, ImportFormat::kPx);
  }
  POLYFON_ASSIGN_OR_RETURN(CsvReader reader, CsvReader::Open(file_name, content));
  CsvRecord header;
  if (!reader.Next(&header)) {
    if (!reader.status().ok()) return reader.status();
    return core::Status::InvalidArgument(std::string(file_name) + ": file is empty");
  }
  ImportFormat format = options.format;
  if (format == ImportFormat::kAuto) {
    POLYFON_ASSIGN_OR_RETURN(format, DetectFormatFromHeader(file_name, header));
  }

  ProblemList problems(file_name);
  ParseContext ctx{file_name, reader, header, catalog, options, problems};
  ImportBatch batch;
  batch.format = format;
  switch (format) {
    case ImportFormat::kAuto:
    case ImportFormat::kDhis2Json:
    case ImportFormat::kJsonStat:
    case ImportFormat::kPx:
    case ImportFormat::kXlsxTemplate:
    case ImportFormat::kRegistryJson:
      break;  // resolved above
    case ImportFormat::kDhis2Csv:
      ParseDhis2Csv(ctx, batch);
      break;
    case ImportFormat::kNprTable:
      ParseNprTable(ctx, batch);
      break;
    case ImportFormat::kOrgUnitsCsv:
      ParseOrgUnitsCsv(ctx, batch);
      break;
    case ImportFormat::kParticipantsCsv:
      ParseParticipantsCsv(ctx, batch);
      break;
    case ImportFormat::kElementsCsv:
      ParseElementsCsv(ctx, batch);
      break;
    case ImportFormat::kCombosCsv:
      ParseCombosCsv(ctx, batch);
      break;
    case ImportFormat::kIndicatorsCsv:
      ParseIndicatorsCsv(ctx, batch);
      break;
    case ImportFormat::kMicrodata:
      ParseMicrodata(ctx, batch);
      break;
    case ImportFormat::kActivitiesCsv:
      ParseActivitiesCsv(ctx, batch);
      break;
    case ImportFormat::kPlanItemsCsv:
      ParsePlanItemsCsv(ctx, batch);
      break;
  }
  if (!problems.empty()) return problems.ToStatus();
  return batch;
}

}  // namespace polyfon::io
