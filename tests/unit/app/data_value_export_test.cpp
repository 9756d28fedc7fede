// ExportValues and the DHIS2 data value set renderers, and the round trip through the importers.

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <string>
#include <tuple>
#include <vector>

#include "app/data_value_set_output.hpp"
#include "app/export_values.hpp"
#include "app/import_files.hpp"
#include "app/load_demo.hpp"
#include "core/uid.hpp"
#include "store/memory/memory_store.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "bundled_metadata.hpp"

namespace polyfon::app {
namespace {

constexpr const char* kNow = "2026-01-01T00:00:00Z";

std::vector<core::Period> Periods(const char* selection) { return *ParseExportPeriods(selection); }

ExportedValue Exported(core::DataValue value, core::ValueType type = core::ValueType::kNumber,
                       bool suppressed = false) {
  return ExportedValue{std::move(value), type, suppressed};
}

TEST(DataValueTextTest, WritesValuesAsDhis2Does) {
  EXPECT_EQ(DataValueText(456, core::ValueType::kNonNegativeInteger), "456");
  EXPECT_EQ(DataValueText(1106295, core::ValueType::kNonNegativeInteger), "1106295");
  EXPECT_EQ(DataValueText(0.2, core::ValueType::kNumber), "0.2");
  EXPECT_EQ(DataValueText(-1.5, core::ValueType::kNumber), "-1.5");
  EXPECT_EQ(DataValueText(0.1 + 0.2, core::ValueType::kNumber), "0.30000000000000004");  // reads back exactly
  EXPECT_EQ(DataValueText(-0.0, core::ValueType::kNumber), "0");
  EXPECT_EQ(DataValueText(1e21, core::ValueType::kNumber), "1000000000000000000000");  // never an exponent
  EXPECT_EQ(DataValueText(1, core::ValueType::kBoolean), "true");
  EXPECT_EQ(DataValueText(0, core::ValueType::kBoolean), "false");
}

TEST(DataValueSetOutputTest, RendersDhis2Json) {
  const std::vector<ExportedValue> values{
      Exported({"mt_positions", "2017", "HV-BETANIEN-DPS", "default", "default", 0.2,
                core::Provenance{"polyfon demo", "2026-01-01T00:00:00Z", "FTE: '20 %'", false}}),
      Exported({"mt_patients", "2016", "NO-HN", "IBBE10", "default", 3,
                core::Provenance{"npr", "2019-12-09", "three \"small\"", true}},
               core::ValueType::kNonNegativeInteger, true)};
  EXPECT_EQ(
      RenderDataValueSetJson(values),
      R"({"idScheme":"CODE","dataValues":[)"
      R"({"dataElement":"mt_positions","period":"2017","orgUnit":"HV-BETANIEN-DPS",)"
      R"("categoryOptionCombo":"default","attributeOptionCombo":"default","value":"0.2",)"
      R"("storedBy":"polyfon demo","lastUpdated":"2026-01-01T00:00:00Z","comment":"FTE: '20 %'","followup":false},)"
      R"({"dataElement":"mt_patients","period":"2016","orgUnit":"NO-HN","categoryOptionCombo":"IBBE10",)"
      R"("attributeOptionCombo":"default","value":null,"storedBy":"npr","lastUpdated":"2019-12-09",)"
      R"("comment":null,"followup":true,"suppressed":true}]})");
  EXPECT_EQ(RenderDataValueSetJson({}), R"({"idScheme":"CODE","dataValues":[]})");
}

// The set says how its values name things, so that it imports back (here and into DHIS2) as meant.
TEST(DataValueSetOutputTest, StatesItsIdSchemesAsDhis2Does) {
  io::IdSchemes schemes;
  schemes.general = io::IdScheme::kUid;
  EXPECT_EQ(RenderDataValueSetJson({}, schemes), R"({"idScheme":"UID","dataValues":[]})");
  schemes.combo = io::IdScheme::kCode;
  EXPECT_EQ(RenderDataValueSetJson({}, schemes),
            R"({"idScheme":"UID","categoryOptionComboIdScheme":"CODE","dataValues":[]})");
  io::IdSchemes org_units_only;
  org_units_only.org_unit = io::IdScheme::kUid;
  EXPECT_EQ(RenderDataValueSetJson({}, org_units_only),
            R"({"idScheme":"CODE","orgUnitIdScheme":"UID","dataValues":[]})");
}

TEST(DataValueSetOutputTest, RendersDhis2CsvWithQuotesWhereNeeded) {
  const std::vector<ExportedValue> values{
      Exported({"mt_positions", "2017", "HV-BETANIEN-DPS", "default", "default", 0.2,
                core::Provenance{"polyfon demo", "2026-01-01T00:00:00Z", "FTE, \"20 %\"\nin 2017", false}}),
      Exported({"mt_patients", "2016", "NO-HN", "IBBE10", "default", 3, core::Provenance{"npr", "2019-12-09", "x", true}},
               core::ValueType::kNonNegativeInteger, true)};
  EXPECT_EQ(RenderDataValueSetCsv(values),
            "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,"
            "followup\n"
            "mt_positions,2017,HV-BETANIEN-DPS,default,default,0.2,polyfon demo,2026-01-01T00:00:00Z,"
            "\"FTE, \"\"20 %\"\"\nin 2017\",false\n"
            "mt_patients,2016,NO-HN,IBBE10,default,,npr,2019-12-09,,true\n");
}

class ExportValuesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(LoadDemo(*store_, kNow).has_value()); }

  std::unique_ptr<core::Store> store_ = store::memory::NewMemoryStore();
};

TEST_F(ExportValuesTest, SelectsByElementOrgUnitAndExactPeriod) {
  ExportSpec spec;
  spec.elements = {"mt_patients"};
  spec.org_units = {"NO-HV"};
  spec.periods = Periods("2016:2018");
  auto values = ExportValues(*store_, spec);
  ASSERT_TRUE(values.has_value()) << values.error().message();
  ASSERT_EQ(values->size(), 3u);
  const core::DataValue& first = (*values)[0].value;
  EXPECT_EQ(first, (core::DataValue{"mt_patients", "2016", "NO-HV", "default", "default", 214,
                                    core::Provenance{"polyfon demo", kNow, "", false}}));
  EXPECT_EQ((*values)[2].value.value, 456);
  EXPECT_EQ((*values)[0].value_type, core::ValueType::kNonNegativeInteger);
  EXPECT_FALSE((*values)[0].suppressed);

  // Raw values of exactly the periods asked for: a year holds no quarter's value, 2015 has none.
  spec.periods = Periods("2018Q1,2015");
  EXPECT_TRUE(ExportValues(*store_, spec)->empty());
  // Comma, semicolon and range, as DHIS2 and /api/analytics write them.
  spec.periods = Periods("2016,2018");
  EXPECT_EQ(ExportValues(*store_, spec)->size(), 2u);
  EXPECT_FALSE(ParseExportPeriods("2016,,2018").has_value());
  EXPECT_TRUE(ParseExportPeriods("")->empty());
}

TEST_F(ExportValuesTest, NamesElementsOrgUnitsAndCombosByUidWhenAsked) {
  ExportSpec spec;
  spec.elements = {"mt_patients"};
  spec.org_units = {"NO-HV"};
  spec.periods = Periods("2018");
  const auto by_code = ExportValues(*store_, spec);
  spec.id_schemes.general = io::IdScheme::kUid;
  const auto by_uid = ExportValues(*store_, spec);
  ASSERT_TRUE(by_uid.has_value()) << by_uid.error().message();
  ASSERT_EQ(by_uid->size(), by_code->size());
  ASSERT_FALSE(by_uid->empty());
  const core::DataValue& first = (*by_uid)[0].value;
  EXPECT_EQ(first.element, core::DeriveUid("mt_patients"));
  EXPECT_EQ(first.org_unit, core::DeriveUid("NO-HV"));
  EXPECT_EQ(first.combo, "HllvX50cXC0");  // DHIS2's uid of the default combo
  EXPECT_EQ(first.attribute_combo, "HllvX50cXC0");
  EXPECT_EQ(first.value, (*by_code)[0].value.value);  // in the same order as by code

  // Only org units by uid.
  spec.id_schemes = {};
  spec.id_schemes.org_unit = io::IdScheme::kUid;
  const auto mixed = ExportValues(*store_, spec);
  ASSERT_TRUE(mixed.has_value());
  EXPECT_EQ((*mixed)[0].value.element, "mt_patients");
  EXPECT_EQ((*mixed)[0].value.org_unit, core::DeriveUid("NO-HV"));
  EXPECT_EQ((*mixed)[0].value.combo, "default");
}

// DHIS2 clients select by uid; codes keep working beside them.
TEST_F(ExportValuesTest, SelectsByUidAsWellAsByCode) {
  ExportSpec by_code;
  by_code.elements = {"mt_patients"};
  by_code.org_units = {"NO-HV", "NO-HN"};
  ExportSpec by_uid = by_code;
  by_uid.elements = {core::DeriveUid("mt_patients")};
  by_uid.org_units = {core::DeriveUid("NO-HV"), "NO-HN"};
  const auto expected = ExportValues(*store_, by_code);
  const auto actual = ExportValues(*store_, by_uid);
  ASSERT_TRUE(actual.has_value()) << actual.error().message();
  ASSERT_EQ(actual->size(), expected->size());
  for (size_t i = 0; i < actual->size(); ++i) EXPECT_EQ((*actual)[i].value, (*expected)[i].value);
  by_uid.org_units = {"Xaaaaaaaaaa"};
  EXPECT_EQ(ExportValues(*store_, by_uid).error().message(), "unknown org unit 'Xaaaaaaaaaa'");
}

TEST_F(ExportValuesTest, EmptyListsSelectEverythingInAStableOrder) {
  auto all = ExportValues(*store_, {});
  ASSERT_TRUE(all.has_value());
  EXPECT_EQ(all->size(), store_->LoadValues({})->size());
  EXPECT_TRUE(std::is_sorted(all->begin(), all->end(), [](const ExportedValue& a, const ExportedValue& b) {
    return std::tie(a.value.element, a.value.org_unit, a.value.period) <
           std::tie(b.value.element, b.value.org_unit, b.value.period);
  }));
}

TEST_F(ExportValuesTest, RejectsUnknownCodes) {
  ExportSpec spec;
  spec.elements = {"mt_pasients"};
  EXPECT_EQ(ExportValues(*store_, spec).error().code(), core::ErrorCode::kNotFound);
  EXPECT_EQ(ExportValues(*store_, spec).error().message(), "unknown data element 'mt_pasients'");
  spec.elements = {};
  spec.org_units = {"NO-XX"};
  EXPECT_EQ(ExportValues(*store_, spec).error().message(), "unknown org unit 'NO-XX'");
}

TEST_F(ExportValuesTest, PublicOutputHidesSmallCountsButNotStocks) {
  ExportSpec spec;
  spec.org_units = {"NO-HN"};
  spec.periods = Periods("2016");
  spec.public_output = true;
  auto values = ExportValues(*store_, spec);
  ASSERT_TRUE(values.has_value());
  bool saw_patients = false;
  for (const ExportedValue& v : *values) {
    if (v.value.element == "mt_patients") {
      saw_patients = true;
      EXPECT_EQ(v.value.value, 3);  // Helse Nord had 3 patients in 2016
      EXPECT_TRUE(v.suppressed);
    } else {
      EXPECT_FALSE(v.suppressed) << v.value.element;  // population is a stock, not a count of persons
    }
  }
  EXPECT_TRUE(saw_patients);
  spec.public_output = false;
  auto unhidden = ExportValues(*store_, spec);
  ASSERT_TRUE(unhidden.has_value());
  for (const ExportedValue& v : *unhidden) EXPECT_FALSE(v.suppressed);
}

// Values with everything an export must carry: combos, decimals, booleans of followup, comments
// with commas, quotes and line breaks, explicit provenance and provenance left to the import.
constexpr const char* kVariedValues =
    "dataelement,period,orgunit,categoryoptioncombo,value,storedby,lastupdated,comment,followup\n"
    "mt_patients,2019,NO-HV,IBBE10,300,npr,2020-05-27,\"from \"\"NPR\"\", table 3\",true\n"
    "mt_patients,2019,NO-HV,IBBE20,210,,,,\n"
    "mt_positions,2021Q3,HV-FORDE,,0.6,helse-forde,2021-10-01T08:00:00Z,\"line one\nline two\",false\n"
    "mt_positions,202203,HV-FONNA,,1.25,,,,\n"
    "mt_positions,2022W05,HV-FONNA,,0.1,,,,yes\n";

std::vector<core::DataValue> Sorted(std::vector<core::DataValue> values) {
  std::sort(values.begin(), values.end(), [](const core::DataValue& a, const core::DataValue& b) {
    return std::tie(a.element, a.period, a.org_unit, a.combo, a.attribute_combo) <
           std::tie(b.element, b.period, b.org_unit, b.combo, b.attribute_combo);
  });
  return values;
}

// What export writes, import reads back into an identical store: values and provenance, in both
// formats, into both store implementations.
TEST_F(ExportValuesTest, RoundTripsThroughJsonAndCsvIntoAnIdenticalStore) {
  ImportRequest varied;
  varied.files = {{"varied.csv", kVariedValues}};
  varied.options.stored_by = "tester";
  varied.options.now = "2026-02-02T00:00:00Z";
  ASSERT_TRUE(ImportFiles(*store_, varied).has_value());
  const std::vector<core::DataValue> original = Sorted(*store_->LoadValues({}));
  auto exported = ExportValues(*store_, {});
  ASSERT_TRUE(exported.has_value());

  for (const bool json : {true, false}) {
    const std::string text = json ? RenderDataValueSetJson(*exported) : RenderDataValueSetCsv(*exported);
    for (const bool sqlite : {false, true}) {
      SCOPED_TRACE(std::string(json ? "JSON" : "CSV") + " into " + (sqlite ? "SQLite" : "memory"));
      std::unique_ptr<core::Store> copy = store::memory::NewMemoryStore();
      if (sqlite) {
        auto opened = store::sqlite::OpenSqliteStore(":memory:", store::sqlite::OpenMode::kCreateIfMissing);
        ASSERT_TRUE(opened.has_value()) << opened.error().message();
        copy = std::move(opened).value();
      }
      ASSERT_TRUE(LoadBundledMetadata(*copy, kNow).ok());
      ImportRequest request;
      request.files = {{json ? "export.json" : "export.csv", text}};
      request.options.stored_by = "someone else";  // every exported value names its own
      request.options.now = "2030-01-01T00:00:00Z";
      auto report = ImportFiles(*copy, request);
      ASSERT_TRUE(report.has_value()) << report.error().message();
      EXPECT_EQ(report->files[0].format, json ? io::ImportFormat::kDhis2Json : io::ImportFormat::kDhis2Csv);
      EXPECT_EQ(Sorted(*copy->LoadValues({})), original);
      // And the copy exports the same text.
      auto again = ExportValues(*copy, {});
      ASSERT_TRUE(again.has_value());
      EXPECT_EQ(json ? RenderDataValueSetJson(*again) : RenderDataValueSetCsv(*again), text);
    }
  }
}

// An org unit whose metadata file gives it the uid it has in a DHIS2 instance; the others keep
// their derived uids.
constexpr const char* kGivenUid =
    "code,name,kind,aliases,uid\nNO-HV,Helse Vest,health_region,Helse Vest RHF,ImspTQPwCqd\n";

// With uids instead of codes, the round trip holds just the same: JSON states its scheme, so it
// imports back without being told; CSV cannot, so the import is told.
TEST_F(ExportValuesTest, RoundTripsThroughJsonAndCsvWithUids) {
  ImportRequest setup;
  setup.files = {{"given_uid.csv", kGivenUid}, {"varied.csv", kVariedValues}};
  setup.options.now = "2026-02-02T00:00:00Z";
  auto imported = ImportFiles(*store_, setup);
  ASSERT_TRUE(imported.has_value()) << imported.error().message();
  const std::vector<core::DataValue> original = Sorted(*store_->LoadValues({}));
  ExportSpec spec;
  spec.id_schemes.general = io::IdScheme::kUid;
  auto exported = ExportValues(*store_, spec);
  ASSERT_TRUE(exported.has_value());

  for (const bool json : {true, false}) {
    const std::string text =
        json ? RenderDataValueSetJson(*exported, spec.id_schemes) : RenderDataValueSetCsv(*exported);
    EXPECT_NE(text.find("ImspTQPwCqd"), std::string::npos);  // the given uid, not NO-HV's derived one
    EXPECT_EQ(text.find(",NO-HV,"), std::string::npos);
    EXPECT_EQ(text.find("\"NO-HV\""), std::string::npos);
    for (const bool sqlite : {false, true}) {
      SCOPED_TRACE(std::string(json ? "JSON" : "CSV") + " into " + (sqlite ? "SQLite" : "memory"));
      std::unique_ptr<core::Store> copy = store::memory::NewMemoryStore();
      if (sqlite) {
        auto opened = store::sqlite::OpenSqliteStore(":memory:", store::sqlite::OpenMode::kCreateIfMissing);
        ASSERT_TRUE(opened.has_value()) << opened.error().message();
        copy = std::move(opened).value();
      }
      ASSERT_TRUE(LoadBundledMetadata(*copy, kNow).ok());
      ImportRequest metadata;
      metadata.files = {{"given_uid.csv", kGivenUid}};
      ASSERT_TRUE(ImportFiles(*copy, metadata).has_value());
      ImportRequest request;
      request.files = {{json ? "export.json" : "export.csv", text}};
      if (!json) request.options.id_schemes.general = io::IdScheme::kUid;
      request.options.now = "2030-01-01T00:00:00Z";
      auto report = ImportFiles(*copy, request);
      ASSERT_TRUE(report.has_value()) << report.error().message();
      EXPECT_EQ(Sorted(*copy->LoadValues({})), original);
      auto again = ExportValues(*copy, spec);
      ASSERT_TRUE(again.has_value());
      EXPECT_EQ(json ? RenderDataValueSetJson(*again, spec.id_schemes) : RenderDataValueSetCsv(*again), text);
    }
  }
  // Read by code, a uid export fails as a whole, naming the first values.
  ImportRequest by_code;
  by_code.files = {{"export.csv", RenderDataValueSetCsv(*exported)}};
  auto rejected = ImportFiles(*store_, by_code);
  ASSERT_FALSE(rejected.has_value());
  EXPECT_NE(rejected.error().message().find("(it is the uid of 'mt_patients'; the id scheme here is CODE)"),
            std::string::npos)
      << rejected.error().message();
}

}  // namespace
}  // namespace polyfon::app
