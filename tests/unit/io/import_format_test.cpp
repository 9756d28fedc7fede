#include "io/import_format.hpp"

#include <gtest/gtest.h>

#include <string>

namespace polyfon::io {
namespace {

ImportFormat Detect(const std::string& content) {
  auto format = DetectImportFormat("f.csv", content);
  EXPECT_TRUE(format.has_value()) << format.status().message();
  return format ? *format : ImportFormat::kAuto;
}

TEST(ImportFormatTest, NamesRoundTrip) {
  for (ImportFormat format :
       {ImportFormat::kAuto, ImportFormat::kDhis2Csv, ImportFormat::kDhis2Json, ImportFormat::kNprTable,
        ImportFormat::kOrgUnitsCsv, ImportFormat::kParticipantsCsv, ImportFormat::kElementsCsv, ImportFormat::kCombosCsv,
        ImportFormat::kIndicatorsCsv, ImportFormat::kMicrodata, ImportFormat::kJsonStat, ImportFormat::kPx,
        ImportFormat::kXlsxTemplate, ImportFormat::kActivitiesCsv, ImportFormat::kPlanItemsCsv,
        ImportFormat::kRegistryJson}) {
    EXPECT_EQ(ParseImportFormat(ImportFormatName(format)), format);
  }
  EXPECT_STREQ(ImportFormatName(ImportFormat::kDhis2Csv), "csv");
  EXPECT_STREQ(ImportFormatName(ImportFormat::kNprTable), "npr-table");
  EXPECT_STREQ(ImportFormatName(ImportFormat::kMicrodata), "microdata");
  EXPECT_STREQ(ImportFormatName(ImportFormat::kXlsxTemplate), "xlsx");
  EXPECT_STREQ(ImportFormatName(ImportFormat::kActivitiesCsv), "activities");
  EXPECT_STREQ(ImportFormatName(ImportFormat::kPlanItemsCsv), "plan-items");
  EXPECT_STREQ(ImportFormatName(ImportFormat::kRegistryJson), "registry-json");
  EXPECT_EQ(ParseImportFormat("ods"), std::nullopt);
}

TEST(ImportFormatTest, DetectsDhis2CsvCaseInsensitivelyInAnyOrder) {
  EXPECT_EQ(Detect("dataelement,period,orgunit,value\n"), ImportFormat::kDhis2Csv);
  EXPECT_EQ(Detect("\xEF\xBB\xBF Value ; OrgUnit;PERIOD; DataElement ;comment\r\n"), ImportFormat::kDhis2Csv);
  EXPECT_EQ(
      Detect("\"dataelement\",\"period\",\"orgunit\",\"categoryoptioncombo\",\"attributeoptioncombo\",\"value\"\n"),
      ImportFormat::kDhis2Csv);
}

TEST(ImportFormatTest, DetectsNprTableByItsYearColumn) {
  EXPECT_EQ(Detect("År;Landet samla;Helse Vest\n2016;498;214\n"), ImportFormat::kNprTable);
  EXPECT_EQ(Detect("år;NO\n"), ImportFormat::kNprTable);
  EXPECT_EQ(Detect("Year,NO\n"), ImportFormat::kNprTable);
  EXPECT_EQ(Detect(" AAR ;NO\n"), ImportFormat::kNprTable);
}

TEST(ImportFormatTest, DetectsMicrodataByItsPersonColumn) {
  EXPECT_EQ(Detect("person_id,date,orgunit,procedure_code,field_of_care\n"), ImportFormat::kMicrodata);
  EXPECT_EQ(Detect("Person ID;Date;OrgUnit;Procedure code;Field of care\r\n"), ImportFormat::kMicrodata);
  // Detected without its other columns, so the microdata parser can say which header it expects.
  EXPECT_EQ(Detect("person_id,date\n"), ImportFormat::kMicrodata);
}

TEST(ImportFormatTest, DetectsMetadataLayouts) {
  EXPECT_EQ(Detect("code,name,kind,parent,valid_from,valid_to,aliases\n"), ImportFormat::kOrgUnitsCsv);
  EXPECT_EQ(Detect("code;name;kind\n"), ImportFormat::kOrgUnitsCsv);
  EXPECT_EQ(Detect("code,name,type,helix_category,health_region,org_unit,history,note\n"),
            ImportFormat::kParticipantsCsv);
  EXPECT_EQ(Detect("code,name,value_type,aggregation,combos,description\n"), ImportFormat::kElementsCsv);
  EXPECT_EQ(Detect("code,name,category\n"), ImportFormat::kCombosCsv);
  EXPECT_EQ(Detect("Code,Name,Numerator,Denominator,Factor,Poisson_Interval,Description\n"),
            ImportFormat::kIndicatorsCsv);
}

TEST(ImportFormatTest, RejectsUnknownHeaderEmptyAndBinaryFiles) {
  auto unknown = DetectImportFormat("x.csv", "foo;bar\n1;2\n");
  ASSERT_FALSE(unknown.has_value());
  EXPECT_EQ(unknown.error().code(), core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(unknown.error().message(),
            "x.csv:1: the header fits no known layout (expected DHIS2 data values with dataelement, period, orgunit "
            "and value; an NPR table whose first column is year or år; microdata with person_id; metadata with code, "
            "name and one of kind, helix_category, value_type, category or numerator; or activities or plan items "
            "with code, title and organiser or responsible)");
  EXPECT_EQ(DetectImportFormat("x.csv", "").error().message(), "x.csv: file is empty");
  EXPECT_EQ(DetectImportFormat("x.csv", std::string("a\0b", 3)).error().message(),
            "x.csv:1: not a text file (binary data or invalid UTF-8; save it as UTF-8 CSV)");
}

}  // namespace
}  // namespace polyfon::io
