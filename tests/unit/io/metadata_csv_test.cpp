// ParseImport on the elements, combos and indicators CSVs (docs/formats/metadata_csv.md).

#include <gtest/gtest.h>

#include <string>

#include "core/uid.hpp"
#include "io/importer.hpp"
#include "test_catalog.hpp"

namespace polyfon::io {
namespace {

using testing::CatalogHolder;

class MetadataCsvTest : public ::testing::Test, public CatalogHolder {};

TEST_F(MetadataCsvTest, ParsesElements) {
  auto batch = Parse(
      "code;name;value_type;aggregation;combos;description\n"
      "mt_patients;Patients;non_negative_integer;distinct;IBBE10|IBBE20|default;NPR, distinct patients\n"
      "mt_positions;Positions (FTE);Number;last_value;;\n");
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  ASSERT_EQ(batch->elements.size(), 2u);
  EXPECT_EQ(batch->elements[0], (core::DataElement{"mt_patients",
                                                   "Patients",
                                                   core::ValueType::kNonNegativeInteger,
                                                   core::AggregationType::kDistinct,
                                                   {"IBBE10", "IBBE20"},
                                                   "NPR, distinct patients"}));
  EXPECT_EQ(batch->elements[1].value_type, core::ValueType::kNumber);
  EXPECT_TRUE(batch->elements[1].combos.empty());
}

TEST_F(MetadataCsvTest, RejectsBadElements) {
  EXPECT_EQ(Error("code,name,value_type,aggregation,combos\n"
                  "a,A,count,sum,\n"
                  "b,B,number,average,IBBE10|IBBE00\n"
                  "a,A,number,sum,\n"),
            "f.csv:2: column 3 (value_type): unknown value type 'count' (expected integer, non_negative_integer, "
            "number, percentage or boolean)\n"
            "f.csv:3: column 4 (aggregation): unknown aggregation 'average' (expected sum, last_value or distinct)\n"
            "f.csv:3: column 5 (combos): unknown category option combo 'IBBE00' (load it with a combos file first)\n"
            "f.csv:4: column 1 (code): 'a' is already on line 2");
}

TEST_F(MetadataCsvTest, ParsesAndRejectsCombos) {
  auto batch = Parse("code,name,category\nmental_health,Mental health,field\nIBBE00,Old code,procedure_code\n");
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  ASSERT_EQ(batch->combos.size(), 2u);
  EXPECT_EQ(batch->combos[0], (core::CategoryOptionCombo{"mental_health", "Mental health", "field"}));
  EXPECT_EQ(Error("code,name,category\nx,,field\n"), "f.csv:2: column 2 (name): empty; a value is required");
  EXPECT_EQ(Error("code,name,category,colour\n"),
            "f.csv:1: column 4 (colour): unknown column (expected code, name, category, uid)");
}

TEST_F(MetadataCsvTest, ElementsAndCombosMayGiveTheirDhis2Uids) {
  auto elements = Parse(
      "code,name,value_type,aggregation,combos,uid\n"
      "mt_patients,Patients,non_negative_integer,distinct,IBBE10,fbfJHSPpUQD\n"
      "population,Population,non_negative_integer,last_value,,\n");
  ASSERT_TRUE(elements.has_value()) << elements.error().message();
  EXPECT_EQ(elements->elements[0].uid, "fbfJHSPpUQD");
  EXPECT_EQ(elements->elements[1].uid, "");
  auto combos = Parse("code,name,category,uid\nmental_health,Mental health,field,Prlt0C1RF0s\n");
  ASSERT_TRUE(combos.has_value()) << combos.error().message();
  EXPECT_EQ(combos->combos[0], (core::CategoryOptionCombo{"mental_health", "Mental health", "field", "Prlt0C1RF0s"}));

  EXPECT_EQ(Error("code,name,value_type,aggregation,combos,uid\n"
                  "a,A,number,sum,,fbfJHSPpUQ!\n"
                  "b,B,number,sum,,fbfJHSPpUQD\n"
                  "c,C,number,sum,,fbfJHSPpUQD\n"),
            "f.csv:2: column 6 (uid): 'fbfJHSPpUQ!' is not a DHIS2 uid: may hold only letters a-z, A-Z and digits "
            "0-9, found '!' at position 11\n"
            "f.csv:4: column 6 (uid): uid 'fbfJHSPpUQD' is already the uid of 'b' on line 3 (uids must be unique)");
  EXPECT_EQ(Error("code,name,category,uid\nx,X,field,abc\n"),
            "f.csv:2: column 4 (uid): 'abc' is not a DHIS2 uid: must be 11 characters, found 3");
}

TEST_F(MetadataCsvTest, ParsesIndicators) {
  auto batch = Parse(
      "code,name,numerator,denominator,factor,poisson_interval,description\n"
      "mt_patients_per_100k,Patients per 100 000,mt_patients,population,100 000,true,\n"
      "ibbe10_share,Individual,mt_patients.IBBE10,mt_patients,,,\n"
      "positions,Positions,mt_positions,,,false,FTE\n");
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  ASSERT_EQ(batch->indicators.size(), 3u);
  const core::Indicator& rate = batch->indicators[0];
  EXPECT_EQ(rate.numerator, (core::DataRef{"mt_patients", ""}));
  EXPECT_EQ(rate.denominator, (core::DataRef{"population", ""}));
  EXPECT_EQ(rate.factor, 100000);
  EXPECT_TRUE(rate.poisson_interval);
  EXPECT_EQ(batch->indicators[1].numerator, (core::DataRef{"mt_patients", "IBBE10"}));
  EXPECT_EQ(batch->indicators[1].factor, 1);
  EXPECT_FALSE(batch->indicators[1].poisson_interval);
  EXPECT_EQ(batch->indicators[2].denominator, std::nullopt);
  EXPECT_EQ(batch->indicators[2].description, "FTE");
}

TEST_F(MetadataCsvTest, RejectsBadIndicators) {
  EXPECT_EQ(Error("code,name,numerator,denominator,factor,poisson_interval\n"
                  "a,A,mt_patients,people,1e5,maybe\n"
                  "b,B,population.IBBE10,mt_patients.IBBE99,,\n"
                  "c,C,mt patients,,,\n"),
            "f.csv:2: column 4 (denominator): unknown data element 'people'\n"
            "f.csv:2: column 5 (factor): '1e5' is not a number\n"
            "f.csv:2: column 6 (poisson_interval): 'maybe' is not a boolean (expected true/false, 1/0, t/f or yes/no)\n"
            "f.csv:3: column 3 (numerator): 'IBBE10' is not a combo of data element 'population'\n"
            "f.csv:3: column 4 (denominator): unknown category option combo 'IBBE99'\n"
            "f.csv:4: column 3 (numerator): bad data reference 'mt patients': expected ELEMENT or ELEMENT.COMBO "
            "(letters, digits, _ and -)");
}

}  // namespace
}  // namespace polyfon::io
