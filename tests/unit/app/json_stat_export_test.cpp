// Stored values as JSON-stat (RenderValuesJsonStat), and the round trip through the JSON-stat
// importer: what `polyfon export --format json-stat` writes, `polyfon import` reads back.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "app/export_values.hpp"
#include "app/import_files.hpp"
#include "app/json_stat_output.hpp"
#include "app/load_demo.hpp"
#include "store/memory/memory_store.hpp"
#include "bundled_metadata.hpp"

namespace polyfon::app {
namespace {

constexpr const char* kNow = "2026-01-01T00:00:00Z";

core::Catalog SmallCatalog() {
  core::Catalog catalog;
  catalog.org_units = {{"NO", "Noreg", core::OrgUnitKind::kNation, {}},
                       {"NO-HV", "Helse Vest", core::OrgUnitKind::kHealthRegion, {}}};
  catalog.elements = {
      {"mt_patients",
       "Patients",
       core::ValueType::kNonNegativeInteger,
       core::AggregationType::kDistinct,
       {"IBBE10"},
       ""},
      {"mt_positions", "Positions", core::ValueType::kNumber, core::AggregationType::kLastValue, {}, ""}};
  catalog.combos = {{"IBBE10", "Individual", "procedure_code"}};
  return catalog;
}

ExportedValue Exported(const char* element, const char* period, const char* unit, const char* combo, double value,
                       bool suppressed = false) {
  return ExportedValue{core::DataValue{element, period, unit, combo, "default", value, {}}, core::ValueType::kNumber,
                       suppressed};
}

TEST(JsonStatExportTest, WritesOneCellPerElementComboUnitAndPeriod) {
  const core::Catalog catalog = SmallCatalog();
  const core::CatalogIndex index(catalog);
  // Order as ExportValues gives it: by element, org unit, period, combo. The dataset orders
  // elements, combos and units as the catalog does and periods by time.
  const std::vector<ExportedValue> values{
      Exported("mt_patients", "2018", "NO-HV", "IBBE10", 300),
      Exported("mt_patients", "2018", "NO-HV", "default", 456),
      Exported("mt_patients", "2018Q1", "NO-HV", "default", 3, true),
      Exported("mt_positions", "2017", "NO", "default", 0.1 + 0.2),
  };
  EXPECT_EQ(RenderValuesJsonStat(values, index),
            R"({"version":"2.0","class":"dataset","label":"Polyfon data values","source":"Polyfon",)"
            R"("id":["dx","co","ou","pe"],"size":[2,2,2,3],"role":{"time":["pe"],"geo":["ou"],"metric":["dx"]},)"
            R"("dimension":{)"
            R"("dx":{"label":"Data element","category":{"index":{"mt_patients":0,"mt_positions":1},)"
            R"("label":{"mt_patients":"Patients","mt_positions":"Positions"}}},)"
            R"("co":{"label":"Disaggregation","category":{"index":{"default":0,"IBBE10":1},)"
            R"("label":{"default":"Total","IBBE10":"Individual"}}},)"
            R"("ou":{"label":"Organisation unit","category":{"index":{"NO":0,"NO-HV":1},)"
            R"("label":{"NO":"Noreg","NO-HV":"Helse Vest"}}},)"
            R"("pe":{"label":"Period","category":{"index":{"2017":0,"2018":1,"2018Q1":2},)"
            R"("label":{"2017":"2017","2018":"2018","2018Q1":"2018Q1"}}}},)"
            // dx=mt_patients: co=default (ou NO, then NO-HV), then co=IBBE10; then dx=mt_positions.
            R"("value":[null,null,null,null,456,null,null,null,null,null,300,null,)"
            R"(0.30000000000000004,null,null,null,null,null,null,null,null,null,null,null],)"
            R"("status":{"5":":"}})");
  // Attribute combos get their own dimension, only when a value has one.
  std::vector<ExportedValue> with_attribute{Exported("mt_patients", "2018", "NO-HV", "default", 456)};
  with_attribute[0].value.attribute_combo = "IBBE10";
  const std::string text = RenderValuesJsonStat(with_attribute, index);
  EXPECT_NE(text.find(R"("id":["dx","co","ao","ou","pe"],"size":[1,1,1,1,1])"), std::string::npos) << text;
  EXPECT_NE(text.find(R"("label":"Patients","source")"), std::string::npos) << text;  // one element: its name
}

// The key and number of each value: JSON-stat carries no provenance.
std::vector<std::tuple<std::string, std::string, std::string, std::string, std::string, double>> Figures(
    const std::vector<core::DataValue>& values) {
  std::vector<std::tuple<std::string, std::string, std::string, std::string, std::string, double>> out;
  for (const core::DataValue& v : values) {
    out.emplace_back(v.element, v.period, v.org_unit, v.combo, v.attribute_combo, v.value);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(JsonStatExportTest, ImportingTheExportGivesTheSameValues) {
  std::unique_ptr<core::Store> store = store::memory::NewMemoryStore();
  ASSERT_TRUE(LoadDemo(*store, kNow).has_value());
  ImportRequest varied;
  varied.files = {{"varied.csv",
                   "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value\n"
                   "mt_patients,2019,NO-HV,IBBE10,default,300\n"
                   "mt_patients,2019,NO-HV,IBBE20,IBBE10,210\n"
                   "mt_positions,2021Q3,HV-FORDE,,,0.6\n"
                   "mt_positions,202203,HV-FONNA,,,1.25\n"
                   "mt_positions,2022W05,HV-FONNA,,,0.1\n"}};
  varied.options.now = kNow;
  ASSERT_TRUE(ImportFiles(*store, varied).has_value());
  auto exported = ExportValues(*store, {});
  ASSERT_TRUE(exported.has_value());
  auto catalog = store->LoadCatalog();
  ASSERT_TRUE(catalog.has_value());
  const std::string text = RenderValuesJsonStat(*exported, core::CatalogIndex(*catalog));

  std::unique_ptr<core::Store> copy = store::memory::NewMemoryStore();
  ASSERT_TRUE(LoadBundledMetadata(*copy, kNow).ok());
  ImportRequest request;
  request.files = {{"export.json", text}};
  request.options.now = kNow;
  auto report = ImportFiles(*copy, request);
  ASSERT_TRUE(report.has_value()) << report.error().message();
  EXPECT_EQ(report->files[0].format, io::ImportFormat::kJsonStat);  // detected, with no mapping file
  EXPECT_EQ(report->files[0].values.inserted, static_cast<int64_t>(exported->size()));
  EXPECT_EQ(Figures(*copy->LoadValues({})), Figures(*store->LoadValues({})));
  // And the copy exports the same text.
  auto again = ExportValues(*copy, {});
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(RenderValuesJsonStat(*again, core::CatalogIndex(*copy->LoadCatalog())), text);
}

}  // namespace
}  // namespace polyfon::app
