// ParseImport on DHIS2 data value CSV (docs/formats/dhis2_csv.md).

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/uid.hpp"
#include "io/importer.hpp"
#include "test_catalog.hpp"

namespace polyfon::io {
namespace {

using testing::CatalogHolder;
using ::testing::HasSubstr;

constexpr const char* kHeader = "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value\n";

class Dhis2CsvTest : public ::testing::Test, public CatalogHolder {};

TEST_F(Dhis2CsvTest, ParsesValuesWithCombosAndProvenance) {
  auto batch = Parse(
      "Value;OrgUnit;Period;DataElement;CategoryOptionCombo;StoredBy;LastUpdated;Comment;Followup\r\n"
      "456;NO-HV;2018;mt_patients;;npr;2019-12-09;published;false\r\n"
      "\r\n"
      "300;NO-HV;2018;mt_patients;IBBE10;;;;true\r\n"
      "0,2;NO-HV;2017;mt_positions;default;;;;\r\n"
      "1 106 295;NO-HV;2018W5;population;;;;;\r\n");
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->rows, 4);
  ASSERT_EQ(batch->values.size(), 4u);
  const core::DataValue& first = batch->values[0];
  EXPECT_EQ(first.element, "mt_patients");
  EXPECT_EQ(first.period, "2018");
  EXPECT_EQ(first.org_unit, "NO-HV");
  EXPECT_EQ(first.combo, "default");
  EXPECT_EQ(first.attribute_combo, "default");
  EXPECT_EQ(first.value, 456);
  EXPECT_EQ(first.provenance, (core::Provenance{"npr", "2019-12-09", "published", false}));
  EXPECT_EQ(batch->values[1].combo, "IBBE10");
  // No storedby / lastupdated in the row: left empty for the store to fill from the import source.
  EXPECT_EQ(batch->values[1].provenance, (core::Provenance{"", "", "", true}));
  EXPECT_EQ(batch->values[2].value, 0.2);
  EXPECT_EQ(batch->values[3].period, "2018W05");  // canonical id
  EXPECT_EQ(batch->values[3].value, 1106295);
}

TEST_F(Dhis2CsvTest, RejectsNegativeCount) {
  EXPECT_EQ(Error(std::string(kHeader) + "mt_patients,2018,NO-HV,,,214\nmt_patients,2018,NO-HN,,,-3\n"),
            "f.csv:3: column 6 (value): -3 must be a whole number of 0 or more");
}

TEST_F(Dhis2CsvTest, NamesEachBadCell) {
  const std::string content = std::string(kHeader) +
                              "nope,2018,NO-HV,,,1\n"               // 2
                              "mt_patients,2018Q5,NO-HV,,,1\n"      // 3
                              "mt_patients,2018,Helse Vest,,,1\n"   // 4: DHIS2 CSV takes codes only
                              "mt_patients,2018,NO-HV,IBBE30,,1\n"  // 5
                              "population,2018,NO-HV,IBBE10,,1\n"   // 6
                              "mt_patients,2018,NO-HV,,IBBE99,1\n"  // 7
                              "mt_patients,2018,NO-HV,,,abc\n"      // 8
                              "mt_patients,2018,NO-HV,,\n"          // 9
                              ",,,,,\n";                            // 10: blank, skipped
  EXPECT_EQ(Error(content),
            "f.csv:2: column 1 (dataelement): unknown data element 'nope'\n"
            "f.csv:3: column 2 (period): bad period '2018Q5': quarter must be Q1 to Q4\n"
            "f.csv:4: column 3 (orgunit): unknown org unit 'Helse Vest'\n"
            "f.csv:5: column 4 (categoryoptioncombo): unknown category option combo 'IBBE30'\n"
            "f.csv:6: column 4 (categoryoptioncombo): 'IBBE10' is not a combo of data element 'population' "
            "(allowed: default)\n"
            "f.csv:7: column 5 (attributeoptioncombo): unknown category option combo 'IBBE99'\n"
            "f.csv:8: column 6 (value): 'abc' is not a number\n"
            "f.csv:9: expected 6 columns as in the header, found 5");
}

TEST_F(Dhis2CsvTest, RequiresKeyCells) {
  EXPECT_EQ(Error(std::string(kHeader) + " ,,,,,5\n"),
            "f.csv:2: column 1 (dataelement): empty; a data element code is required\n"
            "f.csv:2: column 2 (period): empty; a period is required\n"
            "f.csv:2: column 3 (orgunit): empty; an org unit code is required");
  EXPECT_EQ(Error(std::string(kHeader) + "mt_patients,2018,NO,,,\n"),
            "f.csv:2: column 6 (value): empty, expected a number");
}

TEST_F(Dhis2CsvTest, KeepsOneOfIdenticalDuplicatesAndRejectsConflictingOnes) {
  auto batch = Parse(std::string(kHeader) + "mt_patients,2018,NO-HV,,,456\nmt_patients,2018,NO-HV,default,,456\n");
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->rows, 2);
  EXPECT_EQ(batch->values.size(), 1u);
  EXPECT_EQ(Error(std::string(kHeader) +
                  "mt_patients,2018,NO-HV,,,456\nmt_patients,2018,NO-HV,IBBE10,,5\nmt_patients,2018,NO-HV,,,455\n"),
            "f.csv:4: column 6 (value): 455 conflicts with 456 on line 2 for the same data element, period, org unit "
            "and combos");
}

TEST_F(Dhis2CsvTest, RejectsBadHeaders) {
  EXPECT_EQ(Error("dataelement,period,orgunit,value,colour\n", ImportFormat::kDhis2Csv),
            "f.csv:1: column 5 (colour): unknown column (expected dataelement, period, orgunit, categoryoptioncombo, "
            "attributeoptioncombo, value, storedby, lastupdated, comment, followup)");
  EXPECT_EQ(Error("dataelement,period,orgunit,storedby\n", ImportFormat::kDhis2Csv), "f.csv:1: missing column 'value'");
  EXPECT_EQ(Error("dataelement,period,orgunit,value,period\n", ImportFormat::kDhis2Csv),
            "f.csv:1: column 5 (period): repeats column 2");
}

TEST_F(Dhis2CsvTest, ShowsTenProblemsAndCountsTheRest) {
  std::string content = kHeader;
  for (int i = 0; i < 12; ++i) content += "mt_patients,2018,NO-HV,,,-" + std::to_string(i + 1) + "\n";
  const std::string message = Error(content);
  EXPECT_THAT(message, HasSubstr("f.csv:11: column 6 (value): -10 must be a whole number of 0 or more\n"
                                 "... and 2 more problems"));
  EXPECT_EQ(std::count(message.begin(), message.end(), '\n'), 10);
}

TEST_F(Dhis2CsvTest, RejectsUnterminatedQuoteAfterOtherProblems) {
  EXPECT_EQ(Error(std::string(kHeader) + "mt_patients,2018,NO-HV,,,-1\nmt_patients,\"2018,NO-HV,,,1\n"),
            "f.csv:2: column 6 (value): -1 must be a whole number of 0 or more\n"
            "f.csv:3: column 2: quoted field is never closed (unterminated quote)");
}

// CSV cannot state its id scheme, so the import options carry it (--id-scheme, ?idScheme=).
TEST_F(Dhis2CsvTest, ReadsUidsByTheImportOptions) {
  const std::string content = std::string(kHeader) + core::DeriveUid("mt_patients") + ",2018," +
                              core::DeriveUid("NO-HV") + "," + core::DeriveUid("IBBE10") + ",HllvX50cXC0,300\n" +
                              core::DeriveUid("population") + ",2018," + core::DeriveUid("NO-HV") + ",,,1106295\n";
  ImportOptions options = testing::TestOptions();
  options.id_schemes.general = IdScheme::kUid;
  auto batch = ParseImport("f.csv", content, index, options);
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  ASSERT_EQ(batch->values.size(), 2u);
  EXPECT_EQ(batch->values[0], (core::DataValue{"mt_patients", "2018", "NO-HV", "IBBE10", "default", 300, {}}));
  EXPECT_EQ(batch->values[1].element, "population");
  EXPECT_EQ(batch->values[1].combo, "default");  // empty: the default combo in either scheme

  // Mixed: org units by uid, the rest by code.
  options.id_schemes = {};
  options.id_schemes.org_unit = IdScheme::kUid;
  auto mixed = ParseImport("f.csv", std::string(kHeader) + "mt_patients,2018," + core::DeriveUid("NO-HN") + ",,,3\n",
                           index, options);
  ASSERT_TRUE(mixed.has_value()) << mixed.error().message();
  EXPECT_EQ(mixed->values[0].org_unit, "NO-HN");

  // Unknown uids are named like unknown codes, at their cell.
  options.id_schemes.general = IdScheme::kUid;
  auto unknown = ParseImport("f.csv", std::string(kHeader) + "Xaaaaaaaaaa,2018,Xbbbbbbbbbb,,,1\n,2018,NO-HV,,,1\n",
                             index, options);
  ASSERT_FALSE(unknown.has_value());
  EXPECT_EQ(unknown.error().message(),
            "f.csv:2: column 1 (dataelement): unknown data element uid 'Xaaaaaaaaaa'\n"
            "f.csv:2: column 3 (orgunit): unknown org unit uid 'Xbbbbbbbbbb'\n"
            "f.csv:3: column 1 (dataelement): empty; a data element uid is required\n"
            "f.csv:3: column 3 (orgunit): unknown org unit uid 'NO-HV' (it is a code; the id scheme here is UID)");
}

// The "Sending bulks of data values" example from the DHIS2 documentation.
TEST(Dhis2CsvRealFileTest, ParsesTheDhis2DocsBulkExample) {
  core::Catalog catalog;
  catalog.org_units = {{"DiszpKrYNg8", "Ngelehun CHC", core::OrgUnitKind::kClinic, {}}};
  catalog.combos = {{"bRowv6yZOF2", "default (Sierra Leone demo)", "default"}};
  for (const char* code : {"f7n9E0hX8qk", "Ix2HsbDMLea", "eY5ehpbEsB7"}) {
    catalog.elements.push_back(
        {code, code, core::ValueType::kInteger, core::AggregationType::kSum, {"bRowv6yZOF2"}, ""});
  }
  const core::CatalogIndex index(catalog);
  const std::string content = testing::ReadTestFile("dhis2docs_datavalueset_bulk_example.csv");
  EXPECT_EQ(*DetectImportFormat("bulk.csv", content), ImportFormat::kDhis2Csv);
  auto batch = ParseImport("bulk.csv", content, index, testing::TestOptions());
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->rows, 3);
  ASSERT_EQ(batch->values.size(), 3u);
  EXPECT_EQ(batch->values[0].element, "f7n9E0hX8qk");
  EXPECT_EQ(batch->values[0].period, "201401");
  EXPECT_EQ(batch->values[0].org_unit, "DiszpKrYNg8");
  EXPECT_EQ(batch->values[0].combo, "bRowv6yZOF2");
  EXPECT_EQ(batch->values[0].attribute_combo, "bRowv6yZOF2");
  EXPECT_EQ(batch->values[0].value, 1);
  EXPECT_EQ(batch->values[2].value, 3);
}

// dhis2-core's boolean test file: its header misspells "dataelement", so it fits no layout as it
// stands; with the header fixed, every bad boolean and every conflicting repeat is reported.
TEST(Dhis2CsvRealFileTest, ReportsTheProblemsOfTheDhis2CoreBooleanTest) {
  std::string content = testing::ReadTestFile("dhis2core_dataValueSetBooleanTest.csv");
  EXPECT_THAT(DetectImportFormat("bool.csv", content).error().message(),
              HasSubstr("bool.csv:1: the header fits no known layout"));

  core::Catalog catalog;
  catalog.org_units = {{"DiszpKrYNg8", "Ngelehun CHC", core::OrgUnitKind::kClinic, {}},
                       {"BdfsJfj87js", "Rarieya", core::OrgUnitKind::kClinic, {}}};
  for (const char* code : {"jH26dja2f30", "jH26dja2f31"}) {
    catalog.elements.push_back({code, code, core::ValueType::kBoolean, core::AggregationType::kSum, {}, ""});
  }
  const core::CatalogIndex index(catalog);
  EXPECT_EQ(ParseImport("bool.csv", content, index, testing::TestOptions(ImportFormat::kDhis2Csv)).error().message(),
            "bool.csv:1: column 1 (dataelelement): unknown column (expected dataelement, period, orgunit, "
            "categoryoptioncombo, attributeoptioncombo, value, storedby, lastupdated, comment, followup)\n"
            "bool.csv:1: missing column 'dataelement'");

  content.replace(content.find("dataelelement"), 13, "dataelement");
  EXPECT_EQ(ParseImport("bool.csv", content, index, testing::TestOptions()).error().message(),
            "bool.csv:8: column 6 (value): 1 conflicts with 0 on line 4 for the same data element, period, org unit "
            "and combos\n"
            "bool.csv:9: column 6 (value): 1 conflicts with 0 on line 4 for the same data element, period, org unit "
            "and combos\n"
            "bool.csv:12: column 6 (value): 'test' is not a boolean (expected true/false, 1/0, t/f or yes/no)\n"
            "bool.csv:13: column 6 (value): 'not true' is not a boolean (expected true/false, 1/0, t/f or yes/no)\n"
            "bool.csv:18: column 6 (value): 0 conflicts with 1 on line 14 for the same data element, period, org "
            "unit and combos\n"
            "bool.csv:19: column 6 (value): 'test' is not a boolean (expected true/false, 1/0, t/f or yes/no)");
}

}  // namespace
}  // namespace polyfon::io
