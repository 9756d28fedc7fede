// ParseImport on the NPR table (docs/formats/npr_table.md).

#include <gtest/gtest.h>

#include <string>

#include "io/importer.hpp"
#include "test_catalog.hpp"

namespace polyfon::io {
namespace {

using testing::CatalogHolder;

class NprTableTest : public ::testing::Test, public CatalogHolder {
 protected:
  // The value for (element, period, org unit) in `batch`, or -1.
  static double Find(const ImportBatch& batch, const std::string& period, const std::string& org_unit) {
    for (const core::DataValue& v : batch.values) {
      if (v.period == period && v.org_unit == org_unit) return v.value;
    }
    return -1;
  }
};

// The table as POLYFON published it (tests/data/io/SOURCES.md), with Nynorsk region names.
TEST_F(NprTableTest, ParsesThePublishedTable) {
  const std::string content = testing::ReadTestFile("npr_table_as_published.csv");
  EXPECT_EQ(*DetectImportFormat("npr.csv", content), ImportFormat::kNprTable);
  auto batch = Parse(content);
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->rows, 3);
  // 3 years × 5 columns; the file has no more rows than 2016-2018.
  ASSERT_EQ(batch->values.size(), 15u);
  EXPECT_EQ(Find(*batch, "2018", "NO-HV"), 456);
  EXPECT_EQ(Find(*batch, "2016", "NO-HN"), 3);
  EXPECT_EQ(Find(*batch, "2016", "NO"), 498);      // "Landet samla"
  EXPECT_EQ(Find(*batch, "2017", "NO-HSO"), 230);  // "Helse Sør-Aust"
  EXPECT_EQ(Find(*batch, "2018", "NO-HMN"), 12);   // "Helse Midt-Noreg"
  for (const core::DataValue& v : batch->values) {
    EXPECT_EQ(v.element, "mt_patients");
    EXPECT_EQ(v.combo, "default");
    EXPECT_EQ(v.attribute_combo, "default");
    EXPECT_EQ(v.provenance, (core::Provenance{"", "", "", false}));  // the store fills in the import's
  }
}

TEST_F(NprTableTest, SkipsEmptyCellsAndMissingSymbolsAndReadsThousands) {
  ImportOptions options = testing::TestOptions();
  options.element = "population";
  auto batch = ParseImport("pop.csv",
                           "Year,NO,Helse Vest,helse nord,NO-HSO\n"
                           "2018,\"5 295 619\",\"1 106 295\",.,..\n"
                           "2019,:,-,,\"1 234\"\n",
                           index, options);
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->rows, 2);
  ASSERT_EQ(batch->values.size(), 3u);
  EXPECT_EQ(Find(*batch, "2018", "NO"), 5295619);
  EXPECT_EQ(Find(*batch, "2018", "NO-HV"), 1106295);
  EXPECT_EQ(Find(*batch, "2019", "NO-HSO"), 1234);
  EXPECT_EQ(batch->values[0].element, "population");
}

TEST_F(NprTableTest, RejectsBadCells) {
  EXPECT_EQ(Error("År;Landet samla;Helse Vest\n"
                  "16;1;2\n"
                  "2017;-3;2,5\n"
                  "2018;1\n"),
            "f.csv:2: column 1 (År): '16' is not a year such as 2016\n"
            "f.csv:3: column 2 (Landet samla): -3 must be a whole number of 0 or more\n"
            "f.csv:3: column 3 (Helse Vest): 2,5 must be a whole number of 0 or more\n"
            "f.csv:4: expected 3 columns as in the header, found 2");
  EXPECT_EQ(Error("År;Helse Vest\n2017Q1;1\n"), "f.csv:2: column 1 (År): '2017Q1' is not a year such as 2016");
}

TEST_F(NprTableTest, RejectsUnknownAndRepeatedOrgUnitColumns) {
  EXPECT_EQ(Error("År;Helse Øst;Norway;NO;\n"),
            "f.csv:1: column 2 (Helse Øst): unknown org unit (not a code, name or alias in the catalog)\n"
            "f.csv:1: column 4 (NO): same org unit (NO) as column 3\n"
            "f.csv:1: column 5 has no name");
}

TEST_F(NprTableTest, RejectsConflictingYearsAndKeepsIdenticalOnes) {
  auto batch = Parse("År;NO\n2016;498\n2016;498\n");
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->values.size(), 1u);
  EXPECT_EQ(Error("År;NO\n2016;498\n2016;499\n"),
            "f.csv:3: column 2 (NO): 499 conflicts with 498 on line 2 for the same data element, period, org unit "
            "and combos");
}

TEST_F(NprTableTest, RejectsUnknownElementAndWrongFirstColumn) {
  ImportOptions options = testing::TestOptions();
  options.element = "nope";
  EXPECT_EQ(ParseImport("f.csv", "År;NO\n2016;1\n", index, options).error().message(),
            "f.csv: data element 'nope' (the element the table counts) is not in the catalog");
  EXPECT_EQ(Error("Region;NO\n2016;1\n", ImportFormat::kNprTable),
            "f.csv:1: column 1 (Region): the first column must be the year (year or år)");
}

}  // namespace
}  // namespace polyfon::io
