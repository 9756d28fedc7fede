// ParseImport on DHIS2 JSON data value sets (docs/formats/dhis2_json.md).

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/uid.hpp"
#include "io/import_format.hpp"
#include "io/importer.hpp"
#include "test_catalog.hpp"

namespace polyfon::io {
namespace {

using testing::CatalogHolder;
using ::testing::HasSubstr;

class Dhis2JsonTest : public ::testing::Test, public CatalogHolder {
 protected:
  core::Result<ImportBatch> ParseJson(const std::string& content) const {
    return Parse(content, ImportFormat::kAuto, "f.json");
  }
  std::string JsonError(const std::string& content) const {
    auto result = ParseJson(content);
    return result ? "(parsed)" : result.error().message();
  }
  // A data value set of the given data value objects.
  static std::string Set(const std::string& values) { return R"({"dataValues":[)" + values + "]}"; }
};

TEST_F(Dhis2JsonTest, ParsesValuesWithCombosAndProvenance) {
  auto batch = ParseJson(R"({
    "dataSet": "polyfon", "completeDate": "2019-12-09",
    "dataValues": [
      {"dataElement": "mt_patients", "period": "2018", "orgUnit": "NO-HV", "categoryOptionCombo": "default",
       "attributeOptionCombo": "default", "value": "456", "storedBy": "npr", "created": "2019-12-01",
       "lastUpdated": "2019-12-09", "comment": "published", "followup": false},
      {"dataElement": "mt_patients", "period": "2018", "orgUnit": "NO-HV", "categoryOptionCombo": "IBBE10",
       "value": "300", "followup": true, "deleted": false},
      {"dataElement": "population", "period": "2018W5", "orgUnit": "NO-HV", "value": "1 106 295", "comment": null}
    ]})");
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->format, ImportFormat::kDhis2Json);
  EXPECT_EQ(batch->rows, 3);
  ASSERT_EQ(batch->values.size(), 3u);
  const core::DataValue& first = batch->values[0];
  EXPECT_EQ(first.element, "mt_patients");
  EXPECT_EQ(first.period, "2018");
  EXPECT_EQ(first.org_unit, "NO-HV");
  EXPECT_EQ(first.combo, "default");
  EXPECT_EQ(first.attribute_combo, "default");
  EXPECT_EQ(first.value, 456);
  EXPECT_EQ(first.provenance, (core::Provenance{"npr", "2019-12-09", "published", false}));
  EXPECT_EQ(batch->values[1].combo, "IBBE10");
  // No storedBy / lastUpdated: left empty for the store to fill from the import source.
  EXPECT_EQ(batch->values[1].provenance, (core::Provenance{"", "", "", true}));
  EXPECT_EQ(batch->values[2].period, "2018W05");  // canonical id
  EXPECT_EQ(batch->values[2].value, 1106295);
}

TEST_F(Dhis2JsonTest, TakesPeriodOrgUnitAndAttributeComboFromTheTopLevelWhereValuesLackThem) {
  // The defaults may follow dataValues: JSON objects have no order.
  auto batch = ParseJson(R"({"dataValues": [
      {"dataElement": "mt_patients", "value": "456"},
      {"dataElement": "mt_patients", "period": "2017", "orgUnit": "NO-HN", "value": "3"},
      {"dataElement": "mt_patients", "period": "", "orgUnit": null, "value": "5", "categoryOptionCombo": "IBBE20"}
    ], "period": "2018", "orgUnit": "NO-HV", "attributeOptionCombo": "IBBE10"})");
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  ASSERT_EQ(batch->values.size(), 3u);
  EXPECT_EQ(batch->values[0].period, "2018");
  EXPECT_EQ(batch->values[0].org_unit, "NO-HV");
  EXPECT_EQ(batch->values[0].attribute_combo, "IBBE10");
  EXPECT_EQ(batch->values[1].period, "2017");
  EXPECT_EQ(batch->values[1].org_unit, "NO-HN");
  EXPECT_EQ(batch->values[2].period, "2018");  // an empty or null field takes the default too
  EXPECT_EQ(batch->values[2].org_unit, "NO-HV");
  EXPECT_EQ(batch->values[2].combo, "IBBE20");
}

TEST_F(Dhis2JsonTest, ReadsValuesGivenAsNumbersOrStrings) {
  auto batch = ParseJson(Set(R"(
      {"dataElement": "mt_patients", "period": "2016", "orgUnit": "NO-HV", "value": 456},
      {"dataElement": "mt_positions", "period": "2016", "orgUnit": "NO-HV", "value": 0.2},
      {"dataElement": "mt_positions", "period": "2017", "orgUnit": "NO-HV", "value": "0,2"},
      {"dataElement": "mt_positions", "period": "2018", "orgUnit": "NO-HV", "value": 2.50},
      {"dataElement": "mt_positions", "period": "2019", "orgUnit": "NO-HV", "value": 1e3},
      {"dataElement": "mt_positions", "period": "2020", "orgUnit": "NO-HV", "value": -1.5},
      {"dataElement": "population", "period": "2016", "orgUnit": "NO-HV", "value": 18446744073709551615},
      {"dataElement": "mt_patients", "period": 2017, "orgUnit": "NO-HV", "value": "12", "followup": "yes"})"));
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  ASSERT_EQ(batch->values.size(), 8u);
  EXPECT_EQ(batch->values[0].value, 456);
  EXPECT_EQ(batch->values[1].value, 0.2);
  EXPECT_EQ(batch->values[2].value, 0.2);
  EXPECT_EQ(batch->values[3].value, 2.5);
  EXPECT_EQ(batch->values[4].value, 1000);
  EXPECT_EQ(batch->values[5].value, -1.5);
  EXPECT_EQ(batch->values[6].value, 18446744073709551615.0);
  EXPECT_EQ(batch->values[7].period, "2017");
  EXPECT_TRUE(batch->values[7].provenance.followup);
}

TEST_F(Dhis2JsonTest, ChecksNumbersAsTheElementTypeRequires) {
  EXPECT_EQ(JsonError(Set(R"({"dataElement": "mt_patients", "period": "2018", "orgUnit": "NO-HV", "value": 2.5},
                             {"dataElement": "mt_patients", "period": "2019", "orgUnit": "NO-HV", "value": true},
                             {"dataElement": "mt_patients", "period": "2020", "orgUnit": "NO-HV"})")),
            "f.json: dataValues[0].value: 2.5 must be a whole number of 0 or more\n"
            "f.json: dataValues[1].value: 'true' is not a number\n"
            "f.json: dataValues[2].value: empty, expected a number");
}

TEST_F(Dhis2JsonTest, NamesEachBadField) {
  EXPECT_EQ(
      JsonError(Set(R"(
          {"dataElement": "nope", "period": "2018", "orgUnit": "NO-HV", "value": "1"},
          {"dataElement": "mt_patients", "period": "2018Q5", "orgUnit": "NO-HV", "value": "1"},
          {"dataElement": "mt_patients", "period": "2018", "orgUnit": "Helse Vest", "value": "1"},
          {"dataElement": "mt_patients", "period": "2018", "orgUnit": "NO-HV", "categoryOptionCombo": "IBBE30", "value": 1},
          {"dataElement": "population", "period": "2018", "orgUnit": "NO-HV", "categoryOptionCombo": "IBBE10", "value": 1},
          {"dataElement": "mt_patients", "period": "2018", "orgUnit": "NO-HV", "attributeOptionCombo": "IBBE99", "value": 1},
          {"dataElement": "mt_patients", "period": "2018", "orgUnit": "NO-HV", "value": -3},
          {"dataElement": "mt_patients", "period": "2018", "orgUnit": "NO-HV", "value": "abc"},
          {"dataElement": "mt_patients", "period": "2018", "orgUnit": "NO-HV", "value": "1", "followup": "maybe"},
          {"period": "2018", "orgUnit": "NO-HV", "value": "1"})")),
      "f.json: dataValues[0].dataElement: unknown data element 'nope'\n"
      "f.json: dataValues[1].period: bad period '2018Q5': quarter must be Q1 to Q4\n"
      "f.json: dataValues[2].orgUnit: unknown org unit 'Helse Vest'\n"
      "f.json: dataValues[3].categoryOptionCombo: unknown category option combo 'IBBE30'\n"
      "f.json: dataValues[4].categoryOptionCombo: 'IBBE10' is not a combo of data element 'population' (allowed: "
      "default)\n"
      "f.json: dataValues[5].attributeOptionCombo: unknown category option combo 'IBBE99'\n"
      "f.json: dataValues[6].value: -3 must be a whole number of 0 or more\n"
      "f.json: dataValues[7].value: 'abc' is not a number\n"
      "f.json: dataValues[8].followup: 'maybe' is not a boolean (expected true/false, 1/0, t/f or yes/no)\n"
      "f.json: dataValues[9].dataElement: empty; a data element code is required");
}

TEST_F(Dhis2JsonTest, RejectsWrongJsonTypesUnknownAndRepeatedFields) {
  EXPECT_EQ(JsonError(R"({"dataSet": {}, "orgUnitIdScheme": "name", "colour": "red", "period": ["2018"], "dataValues": [
          {"dataElement": "mt_patients", "period": "2018", "orgUnit": "NO-HV", "value": {"n": 1}},
          "mt_patients;2018;NO-HV;1",
          {"dataElement": "mt_patients", "period": "2018", "orgUnit": "NO-HV", "value": "1", "value": "2"},
          {"dataElement": "mt_patients", "period": "2018", "orgUnit": "NO-HV", "value": "1", "categoryoptioncombo": "IBBE10"},
          {"dataElement": "mt_patients", "period": "2018", "orgUnit": "NO-HV", "value": "1", "deleted": true},
          {"dataElement": "mt_patients", "period": "2018", "orgUnit": ["NO-HV"], "value": "1", "comment": {}},
          [1, 2]
        ], "colour": "blue"})"),
            "f.json: dataSet: must be a string, found an object\n"
            "f.json: orgUnitIdScheme: 'name' is not supported (expected CODE or UID)\n"
            "f.json: colour: unknown field (expected dataSet, completeDate, period, orgUnit, attributeOptionCombo, "
            "dataValues or an id scheme such as idScheme)\n"
            "f.json: period: must be a string, found an array\n"
            "f.json: colour: given twice\n"
            "f.json: dataValues[0].value: must be a string or a number, found an object\n"
            "f.json: dataValues[1]: must be an object, found a string\n"
            "f.json: dataValues[2].value: given twice\n"
            "f.json: dataValues[3].categoryoptioncombo: unknown field (expected dataElement, period, orgUnit, "
            "categoryOptionCombo, attributeOptionCombo, value, storedBy, created, lastUpdated, comment, followup or "
            "deleted)\n"
            "f.json: dataValues[4].deleted: true: deleting values is not supported (leave the value out instead)\n"
            "... and 3 more problems");
  // The rest: the wrong types in dataValues[5] (each once, with no "empty" on top) and dataValues[6].
  EXPECT_THAT(JsonError(Set(R"({"dataElement": "mt_patients", "period": "2018", "orgUnit": ["NO-HV"], "value": "1",
                                "comment": {}}, [1, 2])")),
              ::testing::StrEq("f.json: dataValues[0].orgUnit: must be a string, found an array\n"
                               "f.json: dataValues[0].comment: must be a string, found an object\n"
                               "f.json: dataValues[1]: must be an object, found an array"));
}

TEST_F(Dhis2JsonTest, RequiresAnObjectWithDataValues) {
  EXPECT_EQ(JsonError(R"({"period": "2018"})"),
            "f.json: dataValues: missing; a data value set lists its values in dataValues");
  EXPECT_EQ(JsonError(R"({"dataValues": {"dataElement": "mt_patients"}})"),
            "f.json: dataValues: must be an array of data values, found an object");
  EXPECT_EQ(Error("[{\"dataElement\": \"mt_patients\"}]", ImportFormat::kDhis2Json),
            "f.csv: expected a JSON object (a DHIS2 data value set with dataValues), found an array");
  EXPECT_EQ(Error("\"dataValues\"", ImportFormat::kDhis2Json),
            "f.csv: expected a JSON object (a DHIS2 data value set with dataValues), found a string");
  auto empty = ParseJson(R"({"dataValues": []})");
  ASSERT_TRUE(empty.has_value()) << empty.error().message();
  EXPECT_EQ(empty->rows, 0);
  EXPECT_TRUE(empty->values.empty());
}

TEST_F(Dhis2JsonTest, ReportsABadTopLevelDefaultOnceAtTheTopLevel) {
  EXPECT_EQ(JsonError(R"({"period": "2018Q5", "orgUnit": "NO-XX", "dataValues": [
                {"dataElement": "mt_patients", "value": "1"},
                {"dataElement": "population", "value": "2"},
                {"dataElement": "population", "orgUnit": "NO-HV", "period": "2018", "value": "-2"}]})"),
            "f.json: period: bad period '2018Q5': quarter must be Q1 to Q4\n"
            "f.json: orgUnit: unknown org unit 'NO-XX'\n"
            "f.json: dataValues[2].value: -2 must be a whole number of 0 or more");
}

TEST_F(Dhis2JsonTest, KeepsOneOfIdenticalDuplicatesAndRejectsConflictingOnes) {
  auto batch = ParseJson(R"({"period": "2018", "orgUnit": "NO-HV", "dataValues": [
      {"dataElement": "mt_patients", "value": "456"},
      {"dataElement": "mt_patients", "categoryOptionCombo": "default", "value": 456}]})");
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->rows, 2);
  EXPECT_EQ(batch->values.size(), 1u);
  EXPECT_EQ(JsonError(R"({"period": "2018", "orgUnit": "NO-HV", "dataValues": [
      {"dataElement": "mt_patients", "value": "456"},
      {"dataElement": "mt_patients", "categoryOptionCombo": "IBBE10", "value": "5"},
      {"dataElement": "mt_patients", "period": "2018", "value": "455"}]})"),
            "f.json: dataValues[2].value: 455 conflicts with 456 in dataValues[0] for the same data element, period, "
            "org unit and combos");
}

TEST_F(Dhis2JsonTest, ShowsTenProblemsInDocumentOrderAndCountsTheRest) {
  std::string values;
  for (int i = 0; i < 12; ++i) {
    values += std::string(i == 0 ? "" : ",") + R"({"dataElement": "mt_patients", "period": ")" +
              std::to_string(2000 + i) + R"(", "orgUnit": "NO-HV", "value": -)" + std::to_string(i + 1) + "}";
  }
  // A top-level problem found last still comes first, as in the file.
  const std::string message = JsonError(R"({"dataValues": [)" + values + R"(], "colour": "red"})");
  EXPECT_THAT(message, ::testing::StartsWith("f.json: colour: unknown field"));
  EXPECT_THAT(message, HasSubstr("f.json: dataValues[0].value: -1 must be a whole number of 0 or more\n"));
  EXPECT_THAT(message, HasSubstr("f.json: dataValues[8].value: -9 must be a whole number of 0 or more\n"
                                 "... and 3 more problems"));
  EXPECT_EQ(std::count(message.begin(), message.end(), '\n'), 10);
}

TEST_F(Dhis2JsonTest, NamesLineAndColumnOfMalformedJson) {
  EXPECT_EQ(JsonError("{\"dataValues\": ["),
            "f.json:1:17: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal");
  // Columns count characters, not bytes: "ø" is two bytes, one column.
  EXPECT_EQ(JsonError("{\n  \"dataValues\": [\n    {\"comment\": \"Sør\", \"value\": tru}\n  ]\n}\n"),
            "f.json:3:36: syntax error while parsing value - invalid literal; last read: '\"value\": tru}'");
  EXPECT_EQ(JsonError("{\"dataValues\": [],}"),
            "f.json:1:19: syntax error while parsing object key - unexpected '}'; expected string literal");
  EXPECT_EQ(JsonError("{\"dataValues\": []} {}"),
            "f.json:1:20: syntax error while parsing value - unexpected '{'; expected end of input");
  // A syntax error is the only problem reported: what came before it may be cut short.
  EXPECT_EQ(JsonError("{\"colour\": 1, \"dataValues\": [}"),
            "f.json:1:30: syntax error while parsing value - unexpected '}'; expected '[', '{', or a literal");
}

TEST_F(Dhis2JsonTest, RejectsEmptyFilesAndBytesThatAreNotText) {
  EXPECT_EQ(Error("", ImportFormat::kDhis2Json), "f.csv: file is empty");
  EXPECT_EQ(Error("\xEF\xBB\xBF \r\n\t", ImportFormat::kDhis2Json), "f.csv: file is empty");
  EXPECT_EQ(JsonError("{\"dataValues\": [\n{\"comment\": \"\xFF\"}]}"),
            "f.json:2:14: not a text file (binary data or invalid UTF-8; save it as UTF-8)");
  EXPECT_EQ(JsonError(std::string("{\"dataValues\": [\0]}", 19)),
            "f.json:1:17: not a text file (binary data or invalid UTF-8; save it as UTF-8)");
}

TEST_F(Dhis2JsonTest, IsDetectedByItsOpeningBraceAfterBomAndWhitespace) {
  const std::string content = "\xEF\xBB\xBF \r\n {\"period\": \"2018\", \"orgUnit\": \"NO-HV\",\r\n"
                              "\"dataValues\": [{\"dataElement\": \"mt_patients\", \"value\": \"456\"}]}\r\n";
  EXPECT_EQ(*DetectImportFormat("f.json", content), ImportFormat::kDhis2Json);
  auto batch = ParseJson(content);
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->format, ImportFormat::kDhis2Json);
  ASSERT_EQ(batch->values.size(), 1u);
  EXPECT_EQ(batch->values[0].value, 456);
  EXPECT_EQ(ParseImportFormat("dhis2-json"), ImportFormat::kDhis2Json);
  EXPECT_STREQ(ImportFormatName(ImportFormat::kDhis2Json), "dhis2-json");
}

// A data value set that names everything by uid, as DHIS2 writes one by default.
std::string UidSet(const std::string& top) {
  return "{" + top + R"("dataValues": [
      {"dataElement": ")" +
         core::DeriveUid("mt_patients") + R"(", "period": "2018", "orgUnit": ")" + core::DeriveUid("NO-HV") +
         R"(", "categoryOptionCombo": ")" + core::DeriveUid("IBBE10") +
         R"(", "attributeOptionCombo": "HllvX50cXC0", "value": "300"},
      {"dataElement": ")" +
         core::DeriveUid("mt_patients") + R"(", "period": "2018", "orgUnit": ")" + core::DeriveUid("NO-HV") +
         R"(", "categoryOptionCombo": "HllvX50cXC0", "value": "456"}]})";
}

TEST_F(Dhis2JsonTest, ReadsUidsWhenTheSetSaysIdSchemeUidInAnyCase) {
  for (const char* scheme : {"UID", "uid", "Uid"}) {
    SCOPED_TRACE(scheme);
    auto batch = ParseJson(UidSet(R"("idScheme": ")" + std::string(scheme) + R"(", )"));
    ASSERT_TRUE(batch.has_value()) << batch.error().message();
    ASSERT_EQ(batch->values.size(), 2u);
    // Stored by code, whatever named them in the file.
    EXPECT_EQ(batch->values[0].element, "mt_patients");
    EXPECT_EQ(batch->values[0].org_unit, "NO-HV");
    EXPECT_EQ(batch->values[0].combo, "IBBE10");
    EXPECT_EQ(batch->values[0].attribute_combo, "default");  // DHIS2's uid of the default combo
    EXPECT_EQ(batch->values[1].combo, "default");
    EXPECT_EQ(batch->values[1].value, 456);
  }
  // Without a scheme the same file is read by code, and every miss says it looks like a uid.
  EXPECT_THAT(JsonError(UidSet("")),
              HasSubstr("f.json: dataValues[0].dataElement: unknown data element '" + core::DeriveUid("mt_patients") +
                        "' (it is the uid of 'mt_patients'; the id scheme here is CODE)\n"
                        "f.json: dataValues[0].orgUnit: unknown org unit '" +
                        core::DeriveUid("NO-HV") + "' (it is the uid of 'NO-HV'; the id scheme here is CODE)\n"));
}

TEST_F(Dhis2JsonTest, ASpecificSchemeOverridesTheGeneralOne) {
  const std::string set = R"({"idScheme": "CODE", "orgUnitIdScheme": "UID", "dataValues": [
      {"dataElement": "mt_patients", "period": "2018", "orgUnit": ")" +
                          core::DeriveUid("NO-HV") + R"(", "categoryOptionCombo": "IBBE20", "value": "5"}]})";
  auto batch = ParseJson(set);
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  ASSERT_EQ(batch->values.size(), 1u);
  EXPECT_EQ(batch->values[0].org_unit, "NO-HV");
  EXPECT_EQ(batch->values[0].combo, "IBBE20");
}

TEST_F(Dhis2JsonTest, TheSetsOwnSchemesOverrideTheImportOptions) {
  ImportOptions uid_options = testing::TestOptions();
  uid_options.id_schemes.general = IdScheme::kUid;
  // The options say UID; a set that says nothing is read by uid ...
  auto by_option = ParseImport("f.json", UidSet(""), index, uid_options);
  ASSERT_TRUE(by_option.has_value()) << by_option.error().message();
  EXPECT_EQ(by_option->values.size(), 2u);
  // ... and one that says CODE by code.
  auto by_set = ParseImport("f.json",
                            Set(R"({"dataElement": "mt_patients", "period": "2018", "orgUnit": "NO-HV",
                                             "value": "1"})")
                                .insert(1, R"("idScheme": "code", )"),
                            index, uid_options);
  ASSERT_TRUE(by_set.has_value()) << by_set.error().message();
  EXPECT_EQ(by_set->values[0].org_unit, "NO-HV");
  // A specific option outlives a general scheme in the set, as in DHIS2.
  uid_options.id_schemes = {};
  uid_options.id_schemes.org_unit = IdScheme::kUid;
  auto mixed = ParseImport("f.json", UidSet(R"("idScheme": "code", "dataElementIdScheme": "uid",
                                                "categoryOptionComboIdScheme": "uid",
                                                "attributeOptionComboIdScheme": "uid", )"),
                           index, uid_options);
  ASSERT_TRUE(mixed.has_value()) << mixed.error().message();
  EXPECT_EQ(mixed->values[0].org_unit, "NO-HV");
}

TEST_F(Dhis2JsonTest, RejectsSchemesOtherThanCodeAndUidWithoutReadingTheValues) {
  EXPECT_EQ(JsonError(UidSet(R"("idScheme": "NAME", "dataSetIdScheme": "ATTRIBUTE:abcdefghijk", )")),
            "f.json: idScheme: 'NAME' is not supported (expected CODE or UID)\n"
            "f.json: dataSetIdScheme: 'ATTRIBUTE:abcdefghijk' is not supported (expected CODE or UID)");
  EXPECT_EQ(JsonError(UidSet(R"("categoryOptionComboIdScheme": 1, "orgUnitIdScheme": "ID", )")),
            "f.json: categoryOptionComboIdScheme: must be CODE or UID, found a number\n"
            "f.json: orgUnitIdScheme: 'ID' is not supported (expected CODE or UID)");
  // null counts as absent, as for every field.
  EXPECT_TRUE(ParseJson(Set(R"({"dataElement": "mt_patients", "period": "2018", "orgUnit": "NO-HV", "value": "1"})")
                            .insert(1, R"("idScheme": null, )"))
                  .has_value());
}

TEST_F(Dhis2JsonTest, NamesAnUnknownUidAsAnUnknownCodeIsNamed) {
  EXPECT_EQ(JsonError(R"({"idScheme": "UID", "period": "2018", "dataValues": [
      {"dataElement": "Xaaaaaaaaaa", "orgUnit": ")" +
                      core::DeriveUid("NO-HV") + R"(", "value": "1"},
      {"dataElement": ")" +
                      core::DeriveUid("mt_patients") + R"(", "orgUnit": "NO-HV", "value": "1"},
      {"dataElement": ")" +
                      core::DeriveUid("mt_patients") + R"(", "orgUnit": ")" + core::DeriveUid("NO-HV") +
                      R"(", "categoryOptionCombo": "IBBE10", "attributeOptionCombo": "default", "value": "1"},
      {"dataElement": ")" +
                      core::DeriveUid("population") + R"(", "orgUnit": ")" + core::DeriveUid("NO-HV") +
                      R"(", "categoryOptionCombo": ")" + core::DeriveUid("IBBE10") + R"(", "value": "1"},
      {"dataElement": "", "orgUnit": ")" +
                      core::DeriveUid("NO-HV") + R"(", "value": "1"}]})"),
            "f.json: dataValues[0].dataElement: unknown data element uid 'Xaaaaaaaaaa'\n"
            "f.json: dataValues[1].orgUnit: unknown org unit uid 'NO-HV' (it is a code; the id scheme here is UID)\n"
            "f.json: dataValues[2].categoryOptionCombo: unknown category option combo uid 'IBBE10' (it is a code; "
            "the id scheme here is UID)\n"
            "f.json: dataValues[2].attributeOptionCombo: unknown category option combo uid 'default'\n"
            "f.json: dataValues[3].categoryOptionCombo: '" +
                core::DeriveUid("IBBE10") +
                "' (IBBE10) is not a combo of data element 'population' (allowed: default)\n"
                "f.json: dataValues[4].dataElement: empty; a data element uid is required");
}

// The JSON example of "Sending data values" in the DHIS2 documentation: period and org unit given
// once at the top level, dataSet and completeDate alongside.
TEST(Dhis2JsonRealFileTest, ParsesTheDhis2DocsExample) {
  core::Catalog catalog;
  catalog.org_units = {{"DiszpKrYNg8", "Ngelehun CHC", core::OrgUnitKind::kClinic, {}}};
  for (const char* code : {"f7n9E0hX8qk", "Ix2HsbDMLea", "eY5ehpbEsB7"}) {
    catalog.elements.push_back({code, code, core::ValueType::kInteger, core::AggregationType::kSum, {}, ""});
  }
  const core::CatalogIndex index(catalog);
  const std::string content = testing::ReadTestFile("dhis2docs_datavalueset_example.json");
  EXPECT_EQ(*DetectImportFormat("example.json", content), ImportFormat::kDhis2Json);
  auto batch = ParseImport("example.json", content, index, testing::TestOptions());
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->rows, 3);
  ASSERT_EQ(batch->values.size(), 3u);
  for (const core::DataValue& value : batch->values) {
    EXPECT_EQ(value.period, "201401");
    EXPECT_EQ(value.org_unit, "DiszpKrYNg8");
    EXPECT_EQ(value.combo, "default");
  }
  EXPECT_EQ(batch->values[0].element, "f7n9E0hX8qk");
  EXPECT_EQ(batch->values[2].value, 3);
}

// The same example, as a DHIS2 user sends it (by uid, DHIS2's default), into a catalog whose
// metadata file gave those uids to its own codes.
TEST(Dhis2JsonRealFileTest, ParsesTheDhis2DocsExampleByUidIntoCodes) {
  core::Catalog catalog;
  catalog.org_units = {{.code = "NGELEHUN",
                        .name = "Ngelehun CHC",
                        .kind = core::OrgUnitKind::kClinic,
                        .aliases = {},
                        .uid = "DiszpKrYNg8"}};
  for (const char* uid : {"f7n9E0hX8qk", "Ix2HsbDMLea", "eY5ehpbEsB7"}) {
    catalog.elements.push_back({.code = std::string("de_") + uid,
                                .name = uid,
                                .value_type = core::ValueType::kInteger,
                                .aggregation = core::AggregationType::kSum,
                                .combos = {},
                                .description = "",
                                .uid = uid});
  }
  const core::CatalogIndex index(catalog);
  ImportOptions options = testing::TestOptions();
  options.id_schemes.general = IdScheme::kUid;
  auto batch =
      ParseImport("example.json", testing::ReadTestFile("dhis2docs_datavalueset_example.json"), index, options);
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  ASSERT_EQ(batch->values.size(), 3u);
  EXPECT_EQ(batch->values[0].element, "de_f7n9E0hX8qk");
  EXPECT_EQ(batch->values[0].org_unit, "NGELEHUN");
}

}  // namespace
}  // namespace polyfon::io
