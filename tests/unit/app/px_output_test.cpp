// Query rows as PX-Axis (RenderPx), and the round trip through our own PX reader and importer: the
// file `polyfon query --format px` writes reads back with its numbers, and its hidden cells come
// back as data symbols, never as figures.

#include "app/px_output.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "app/import_files.hpp"
#include "app/load_demo.hpp"
#include "app/query_data.hpp"
#include "bundled_metadata.hpp"
#include "io/px_parser.hpp"
#include "store/memory/memory_store.hpp"

namespace polyfon::app {
namespace {

constexpr const char* kNow = "2026-01-02T03:04:05Z";

core::Catalog SmallCatalog() {
  core::Catalog catalog;
  catalog.org_units = {{"NO", "Noreg", core::OrgUnitKind::kNation, {}},
                       {"NO-HV", "Helse Vest", core::OrgUnitKind::kHealthRegion, {}}};
  catalog.elements = {
      {"mt_patients",
       "Patients \"NPR\"",
       core::ValueType::kNonNegativeInteger,
       core::AggregationType::kDistinct,
       {},
       ""},
      {"population", "Population", core::ValueType::kNonNegativeInteger, core::AggregationType::kLastValue, {}, ""}};
  catalog.indicators = {{"mt_patients_per_100k",
                         "Patients per 100 000",
                         {"mt_patients", ""},
                         core::DataRef{"population", ""},
                         100000,
                         true,
                         ""}};
  return catalog;
}

analytics::QuerySpec Spec(std::vector<std::string> items, std::vector<std::string> units,
                          const std::vector<std::string>& periods) {
  analytics::QuerySpec spec;
  spec.items = std::move(items);
  spec.org_units = std::move(units);
  for (const std::string& id : periods) spec.periods.push_back(*core::Period::Parse(id));
  return spec;
}

analytics::ResultRow Row(analytics::RowStatus status, std::optional<double> value = std::nullopt) {
  analytics::ResultRow row;
  row.status = status;
  row.value = value;
  return row;
}

// `count` rows with the value 1, a full grid for a spec of that many cells.
std::vector<analytics::ResultRow> Ones(size_t count) {
  return std::vector<analytics::ResultRow>(count, Row(analytics::RowStatus::kOk, 1));
}

TEST(PxOutputTest, WritesContentsRegionAndTimeWithDecimalsAndDataSymbols) {
  const core::Catalog catalog = SmallCatalog();
  const core::CatalogIndex index(catalog);
  using S = analytics::RowStatus;
  // Items × org units × periods, periods fastest.
  const std::vector<analytics::ResultRow> rows{
      Row(S::kOk, 12.3456), Row(S::kOk, 10.5),      // per 100k, NO
      Row(S::kSuppressed),  Row(S::kOk, INFINITY),  // per 100k, NO-HV: hidden; a ratio over zero
      Row(S::kOk, 456),     Row(S::kMissing),       // patients, NO
      Row(S::kSuppressed),  Row(S::kOk, 7),         // patients, NO-HV
  };
  const std::string px =
      RenderPx(rows, Spec({"mt_patients_per_100k", "mt_patients"}, {"NO", "NO-HV"}, {"2018Q1", "2018Q2"}), index, kNow);
  EXPECT_EQ(px,
            "CHARSET=\"ANSI\";\n"
            "AXIS-VERSION=\"2013\";\n"
            "CODEPAGE=\"utf-8\";\n"
            "LANGUAGE=\"en\";\n"
            "DECIMALS=2;\n"
            "SHOWDECIMALS=0;\n"
            "MATRIX=\"Polyfon\";\n"
            "SUBJECT-CODE=\"MT\";\n"
            "SUBJECT-AREA=\"Music therapy\";\n"
            "TITLE=\"Polyfon figures by contents, region and quarter\";\n"
            "CONTENTS=\"Polyfon figures\";\n"
            "STUB=\"contents\",\"region\";\n"
            "HEADING=\"quarter\";\n"
            "CONTVARIABLE=\"contents\";\n"
            "VALUES(\"contents\")=\"Patients per 100 000\",\"Patients 'NPR'\";\n"  // no '"' inside a text
            "VALUES(\"region\")=\"Noreg\",\"Helse Vest\";\n"
            "VALUES(\"quarter\")=\"2018Q1\",\"2018Q2\";\n"
            "TIMEVAL(\"quarter\")=TLIST(Q1),\"20181\",\"20182\";\n"
            "CODES(\"contents\")=\"mt_patients_per_100k\",\"mt_patients\";\n"
            "CODES(\"region\")=\"NO\",\"NO-HV\";\n"
            "PRECISION(\"contents\",\"Patients per 100 000\")=2;\n"
            "LAST-UPDATED(\"Patients per 100 000\")=\"20260102 03:04\";\n"
            "LAST-UPDATED(\"Patients 'NPR'\")=\"20260102 03:04\";\n"
            "UNITS(\"Patients per 100 000\")=\"per 100 000\";\n"
            "UNITS(\"Patients 'NPR'\")=\"number\";\n"
            "SOURCE=\"Polyfon\";\n"
            "DATASYMBOL3=\":\";\n"
            "DATA=\n"
            "12.35 10.50\n"
            "\"...\" \".\"\n"
            "456 \"..\"\n"
            "\"...\" 7;\n");

  // Without a hidden cell there is nothing to declare.
  const std::string shown = RenderPx({Row(S::kOk, 3)}, Spec({"mt_patients"}, {"NO"}, {"2018"}), index, kNow);
  EXPECT_EQ(shown.find("DATASYMBOL"), std::string::npos) << shown;
  EXPECT_NE(shown.find("DECIMALS=0;\nSHOWDECIMALS=0;\n"), std::string::npos) << shown;
  EXPECT_EQ(shown.find("PRECISION"), std::string::npos) << shown;
  EXPECT_NE(shown.find("TITLE=\"Patients 'NPR' by region and year\";\n"), std::string::npos) << shown;
}

TEST(PxOutputTest, TimeValuesCountInTheFormatsOwnCodes) {
  const core::Catalog catalog = SmallCatalog();
  const core::CatalogIndex index(catalog);
  struct Case {
    std::vector<std::string> periods;
    std::string timeval;  // empty: none
    std::string variable;
  };
  const std::vector<Case> cases{
      {{"2016", "2018"}, "TIMEVAL(\"year\")=TLIST(A1),\"2016\",\"2018\";\n", "year"},
      {{"201803", "201804"}, "TIMEVAL(\"month\")=TLIST(M1),\"201803\",\"201804\";\n", "month"},
      {{"2020W53", "2021W01"}, "TIMEVAL(\"week\")=TLIST(W1),\"202053\",\"202101\";\n", "week"},
      {{"2018", "2019Q1"}, "", "period"},  // no TLIST holds years and quarters together
  };
  for (const Case& c : cases) {
    const std::string px = RenderPx(Ones(2), Spec({"mt_patients"}, {"NO"}, c.periods), index, kNow);
    if (c.timeval.empty()) {
      EXPECT_EQ(px.find("TIMEVAL"), std::string::npos) << px;
    } else {
      EXPECT_NE(px.find(c.timeval), std::string::npos) << px;
    }
    auto cube = io::ParsePx("t.px", px);
    ASSERT_TRUE(cube.has_value()) << cube.error().message() << "\n" << px;
    ASSERT_EQ(cube->dimensions.size(), 3u);
    const io::StatDimension& time = cube->dimensions[2];
    EXPECT_EQ(time.id, c.variable);
    EXPECT_EQ(time.role, c.timeval.empty() ? io::DimensionRole::kOther : io::DimensionRole::kTime);
    EXPECT_EQ(time.categories[0].label, c.periods[0]);  // labels are Polyfon's period ids
  }
}

TEST(PxOutputTest, LongTextsKeepToLinesOf256BytesAndReadBack) {
  core::Catalog catalog = SmallCatalog();
  std::string long_name;
  while (long_name.size() < 600) long_name += "Pasientar med musikkterapi i spesialisthelsetenesta, ";
  catalog.elements[0].name = long_name;
  analytics::QuerySpec spec = Spec({"mt_patients"}, {}, {"2018"});
  for (int i = 0; i < 40; ++i) {
    const std::string code = "U" + std::to_string(i);
    catalog.org_units.push_back({code, "Helseføretak nummer " + std::to_string(i), core::OrgUnitKind::kOther, {}});
    spec.org_units.push_back(code);
  }
  const core::CatalogIndex index(catalog);
  const std::string px = RenderPx(Ones(40), spec, index, kNow);
  std::istringstream lines(px);
  size_t continued = 0;  // lines that go on with the list before them
  for (std::string line; std::getline(lines, line);) {
    EXPECT_LE(line.size(), 256u) << line;
    if (line.starts_with("\"Helseføretak nummer") || line.starts_with("\"U")) ++continued;
  }
  EXPECT_GE(continued, 3u);  // VALUES("region") and CODES("region") wrapped after a comma

  auto cube = io::ParsePx("t.px", px);
  ASSERT_TRUE(cube.has_value()) << cube.error().message();
  // A label over 200 bytes is cut, and the cut shown.
  const std::string& label = cube->dimensions[0].categories[0].label;
  EXPECT_EQ(label, long_name.substr(0, 197) + "…");
  EXPECT_EQ(cube->title, label + " by region and year");
  ASSERT_EQ(cube->dimensions[1].categories.size(), 40u);
  EXPECT_EQ(cube->dimensions[1].categories[39].code, "U39");
  EXPECT_EQ(cube->dimensions[1].categories[39].label, "Helseføretak nummer 39");
}

TEST(PxOutputTest, LabelsThatSeveralCategoriesShareGetTheirCodes) {
  core::Catalog catalog = SmallCatalog();
  catalog.org_units[1].name = "Noreg";
  const core::CatalogIndex index(catalog);
  const std::string px = RenderPx(Ones(2), Spec({"mt_patients"}, {"NO", "NO-HV"}, {"2018"}), index, kNow);
  EXPECT_NE(px.find("VALUES(\"region\")=\"Noreg (NO)\",\"Noreg (NO-HV)\";\n"), std::string::npos) << px;
}

// The public query of the bundled data, as `polyfon query --public --format px` writes it.
class PxRoundTripTest : public testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(LoadDemo(*store_, kNow).has_value()); }

  std::unique_ptr<core::Store> store_ = store::memory::NewMemoryStore();
};

TEST_F(PxRoundTripTest, OurReaderGivesTheNumbersBackAndHiddenCellsAsSymbols) {
  analytics::QuerySpec spec =
      Spec({"mt_patients"}, {"NO", "NO-HSO", "NO-HV", "NO-HMN", "NO-HN"}, {"2016", "2017", "2018"});
  spec.public_output = true;
  auto rows = QueryData(*store_, spec);
  ASSERT_TRUE(rows.has_value()) << rows.error().message();
  const core::Catalog catalog = *store_->LoadCatalog();
  const std::string px = RenderPx(*rows, spec, core::CatalogIndex(catalog), kNow);

  auto cube = io::ParsePx("polyfon.px", px);
  ASSERT_TRUE(cube.has_value()) << cube.error().message();
  ASSERT_EQ(cube->dimensions.size(), 3u);
  EXPECT_EQ(cube->dimensions[0].role, io::DimensionRole::kMetric);
  EXPECT_EQ(cube->dimensions[0].categories[0].code, "mt_patients");
  EXPECT_EQ(cube->dimensions[1].categories[4].code, "NO-HN");
  EXPECT_EQ(cube->dimensions[1].categories[4].label, "Helse Nord");
  EXPECT_EQ(cube->dimensions[2].role, io::DimensionRole::kTime);
  EXPECT_EQ(cube->dimensions[2].time_scale, "A1");
  ASSERT_EQ(cube->values.size(), rows->size());
  std::map<size_t, std::string> hidden;
  for (size_t i = 0; i < rows->size(); ++i) {
    const analytics::ResultRow& row = (*rows)[i];
    SCOPED_TRACE(row.ou + " " + row.pe);
    if (row.status == analytics::RowStatus::kSuppressed) {
      hidden[i] = "...";
      EXPECT_EQ(cube->values[i], std::nullopt);
    } else {
      ASSERT_EQ(row.status, analytics::RowStatus::kOk);
      EXPECT_EQ(cube->values[i], row.value);
    }
  }
  // Helse Midt-Norge and Helse Nord 2016 and 2017: Helse Nord's 3 patients, and what would give them away.
  EXPECT_EQ(hidden, (std::map<size_t, std::string>{{9, "..."}, {10, "..."}, {12, "..."}, {13, "..."}}));
  EXPECT_EQ(cube->symbols, hidden);
  EXPECT_NE(px.find("\nDATASYMBOL3=\":\";\n"), std::string::npos);  // shown as SSB's ':'

  // Imported into an empty catalog, the file gives the figures that were shown and nothing else.
  std::unique_ptr<core::Store> copy = store::memory::NewMemoryStore();
  ASSERT_TRUE(LoadBundledMetadata(*copy, kNow).ok());
  ImportRequest request;
  request.files = {{"polyfon.px", px}};
  request.options.now = kNow;
  request.options.mapping = io::MappingFile{"px.mapping", "dimension region = orgunit\n"};
  auto report = ImportFiles(*copy, request);
  ASSERT_TRUE(report.has_value()) << report.error().message();
  EXPECT_EQ(report->files[0].format, io::ImportFormat::kPx);
  EXPECT_EQ(report->files[0].skipped_symbols, (std::map<std::string, int64_t>{{"...", 4}}));
  EXPECT_EQ(report->files[0].values.inserted, 11);
  auto copied = QueryData(*copy, spec);
  ASSERT_TRUE(copied.has_value()) << copied.error().message();
  for (size_t i = 0; i < rows->size(); ++i) {
    EXPECT_EQ((*copied)[i].value.has_value(), (*rows)[i].value.has_value()) << i;
    if ((*rows)[i].value) {
      EXPECT_EQ((*copied)[i].value, (*rows)[i].value) << i;
    }
  }
}

TEST_F(PxRoundTripTest, RatesReadBackToTwoDecimals) {
  const analytics::QuerySpec spec = Spec({"mt_patients_per_100k"}, {"NO", "NO-HV"}, {"2016", "2017", "2018"});
  auto rows = QueryData(*store_, spec);
  ASSERT_TRUE(rows.has_value()) << rows.error().message();
  const core::Catalog catalog = *store_->LoadCatalog();
  const std::string px = RenderPx(*rows, spec, core::CatalogIndex(catalog), kNow);
  EXPECT_NE(px.find("DECIMALS=2;\nSHOWDECIMALS=2;\n"), std::string::npos) << px;
  EXPECT_NE(px.find("UNITS(\"Patients with a music-therapy code per 100 000 inhabitants\")=\"per 100 000\";\n"),
            std::string::npos)
      << px;

  auto cube = io::ParsePx("polyfon.px", px);
  ASSERT_TRUE(cube.has_value()) << cube.error().message();
  ASSERT_EQ(cube->values.size(), rows->size());
  for (size_t i = 0; i < rows->size(); ++i) {
    ASSERT_TRUE((*rows)[i].value.has_value());
    ASSERT_TRUE(cube->values[i].has_value()) << i;
    EXPECT_DOUBLE_EQ(*cube->values[i], std::round(*(*rows)[i].value * 100) / 100) << i;
  }
  EXPECT_DOUBLE_EQ(*cube->values[5], 41.22);  // Helse Vest 2018, as /api/analytics gives it
}

}  // namespace
}  // namespace polyfon::app
