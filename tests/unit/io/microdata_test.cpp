// ParseImport on pseudonymised microdata (docs/formats/microdata.md): contacts counted into
// distinct patients at the treating unit and every ancestor, per year and procedure code.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "io/distinct_person_counter.hpp"
#include "io/importer.hpp"
#include "test_catalog.hpp"

namespace polyfon::io {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

using Strings = std::vector<std::string>;

constexpr const char* kHeader = "person_id,date,orgunit,procedure_code,field_of_care\n";

// The shared test catalog plus two health trusts of Helse Vest (Helse Bergen with two clinics),
// one of Helse Sør-Øst, and a clinic that moved from Oslo universitetssykehus to Helse Fonna on
// 2019-07-01, so its 2019 contacts follow the map of 1 January 2019 and its 2020 ones the new map.
core::Catalog MakeMicrodataCatalog() {
  using core::OrgUnitKind;
  core::Catalog c = testing::MakeTestCatalog();
  c.org_units.push_back({"HV-BERGEN", "Helse Bergen HF", OrgUnitKind::kHealthTrust, {}});
  c.org_units.push_back({"HV-BERGEN-PHV", "Helse Bergen – Divisjon psykisk helsevern", OrgUnitKind::kClinic, {}});
  c.org_units.push_back({"HV-BERGEN-AFR", "Helse Bergen – Avdeling for rusmedisin", OrgUnitKind::kClinic, {}});
  c.org_units.push_back({"HV-FONNA", "Helse Fonna HF", OrgUnitKind::kHealthTrust, {}});
  c.org_units.push_back({"HSO-OUS", "Oslo universitetssykehus HF", OrgUnitKind::kHealthTrust, {}});
  c.org_units.push_back({"X-DPS", "A DPS that changed trust", OrgUnitKind::kClinic, {}});
  c.links.push_back({"HV-BERGEN", "NO-HV", {}, {}});
  c.links.push_back({"HV-BERGEN-PHV", "HV-BERGEN", {}, {}});
  c.links.push_back({"HV-BERGEN-AFR", "HV-BERGEN", {}, {}});
  c.links.push_back({"HV-FONNA", "NO-HV", {}, {}});
  c.links.push_back({"HSO-OUS", "NO-HSO", {}, {}});
  c.links.push_back({"X-DPS", "HSO-OUS", {}, core::Date{2019, 6, 30}});
  c.links.push_back({"X-DPS", "HV-FONNA", core::Date{2019, 7, 1}, {}});
  return c;
}

class MicrodataTest : public ::testing::Test {
 protected:
  core::Result<ImportBatch> Parse(const std::string& content, ImportFormat format = ImportFormat::kAuto) const {
    return ParseImport("contacts.csv", content, index, testing::TestOptions(format));
  }
  std::string Error(const std::string& content, ImportFormat format = ImportFormat::kAuto) const {
    auto result = Parse(content, format);
    return result ? "(parsed)" : result.error().message();
  }
  // Every value of a successful parse as "PERIOD ORGUNIT COMBO VALUE", in the batch's order.
  std::vector<std::string> Values(const std::string& content) const {
    auto batch = Parse(content);
    EXPECT_TRUE(batch.has_value()) << batch.error().message();
    std::vector<std::string> out;
    if (!batch) return out;
    for (const core::DataValue& v : batch->values) {
      out.push_back(v.period + " " + v.org_unit + " " + v.combo + " " + std::to_string(static_cast<int>(v.value)));
    }
    return out;
  }

  core::Catalog catalog = MakeMicrodataCatalog();
  core::CatalogIndex index{catalog};
};

TEST_F(MicrodataTest, CountsAPersonTreatedInTwoClinicsOfOneTrustOnceAtTheTrustAndAbove) {
  // p0001 has a series of sessions in both clinics of Helse Bergen; p0002 one clinic only.
  const std::string content = std::string(kHeader) +
                              "p0001,2019-01-15,HV-BERGEN-PHV,IBBE10,psykisk helsevern\n"
                              "p0001,2019-01-22,HV-BERGEN-PHV,IBBE10,psykisk helsevern\n"
                              "p0001,2019-01-29,HV-BERGEN-PHV,IBBE10,psykisk helsevern\n"
                              "p0001,2019-05-02,HV-BERGEN-AFR,IBBE10,TSB\n"
                              "p0002,2019-03-04,HV-BERGEN-PHV,IBBE10,psykisk helsevern\n";
  // Summing the clinics would give 3 at the trust; the person counts once.
  EXPECT_EQ(Values(content),
            (Strings{"2019 HV-BERGEN default 2", "2019 HV-BERGEN IBBE10 2", "2019 HV-BERGEN-AFR default 1",
                     "2019 HV-BERGEN-AFR IBBE10 1", "2019 HV-BERGEN-PHV default 2", "2019 HV-BERGEN-PHV IBBE10 2",
                     "2019 NO default 2", "2019 NO IBBE10 2", "2019 NO-HV default 2", "2019 NO-HV IBBE10 2"}));
}

TEST_F(MicrodataTest, CountsAPersonWithBothCodesOnceInTheTotal) {
  const std::string content = std::string(kHeader) +
                              "p0001,2019-02-01,HV-FONNA,IBBE10,somatikk\n"
                              "p0001,2019-02-08,HV-FONNA,IBBE20,somatikk\n"
                              "p0002,2019-02-08,HV-FONNA,IBBE20,somatikk\n";
  // The codes add up to 3; the total is 2. No cell gets a code nobody had.
  EXPECT_EQ(Values(content), (Strings{"2019 HV-FONNA default 2", "2019 HV-FONNA IBBE10 1", "2019 HV-FONNA IBBE20 2",
                                      "2019 NO default 2", "2019 NO IBBE10 1", "2019 NO IBBE20 2",
                                      "2019 NO-HV default 2", "2019 NO-HV IBBE10 1", "2019 NO-HV IBBE20 2"}));
}

TEST_F(MicrodataTest, CountsAPersonInEveryYearOfContact) {
  const std::string content = std::string(kHeader) +
                              "p0001,2018-11-20,HSO-OUS,IBBE20,habilitering\n"
                              "p0001,2019-01-08,HSO-OUS,IBBE20,habilitering\n"
                              "p0002,2019-06-30,HSO-OUS,IBBE20,habilitering\n"
                              "p0003,2019-12-31,HV-FONNA,IBBE10,somatikk\n";
  // The nation's total for 2019 counts persons from two regions: 3, and 1 in 2018.
  EXPECT_EQ(Values(content),
            (Strings{"2018 HSO-OUS default 1", "2018 HSO-OUS IBBE20 1", "2018 NO default 1", "2018 NO IBBE20 1",
                     "2018 NO-HSO default 1", "2018 NO-HSO IBBE20 1", "2019 HSO-OUS default 2", "2019 HSO-OUS IBBE20 2",
                     "2019 HV-FONNA default 1", "2019 HV-FONNA IBBE10 1", "2019 NO default 3", "2019 NO IBBE10 1",
                     "2019 NO IBBE20 2", "2019 NO-HSO default 2", "2019 NO-HSO IBBE20 2", "2019 NO-HV default 1",
                     "2019 NO-HV IBBE10 1"}));
}

TEST_F(MicrodataTest, FollowsTheHierarchyValidOnTheFirstDayOfEachYear) {
  // X-DPS moved to Helse Fonna on 2019-07-01: a September 2019 contact still counts under Oslo
  // universitetssykehus (the map of 1 January 2019), a 2020 one under Helse Fonna.
  const std::string content = std::string(kHeader) +
                              "p0001,2019-09-10,X-DPS,IBBE10,psykisk helsevern\n"
                              "p0001,2020-02-11,X-DPS,IBBE10,psykisk helsevern\n";
  EXPECT_EQ(Values(content),
            (Strings{"2019 HSO-OUS default 1", "2019 HSO-OUS IBBE10 1", "2019 NO default 1", "2019 NO IBBE10 1",
                     "2019 NO-HSO default 1", "2019 NO-HSO IBBE10 1", "2019 X-DPS default 1", "2019 X-DPS IBBE10 1",
                     "2020 HV-FONNA default 1", "2020 HV-FONNA IBBE10 1", "2020 NO default 1", "2020 NO IBBE10 1",
                     "2020 NO-HV default 1", "2020 NO-HV IBBE10 1", "2020 X-DPS default 1", "2020 X-DPS IBBE10 1"}));
}

TEST_F(MicrodataTest, KeepsNoTraceOfThePersonsInTheBatch) {
  const std::string content =
      "\xEF\xBB\xBFPerson ID;Date;OrgUnit;Procedure code;Field of care\r\n"
      "p0001;2019-01-15;HV-BERGEN-PHV;IBBE10;psykisk helsevern\r\n"
      "\"p0002\";2019-01-16;HV-BERGEN-PHV;IBBE20;psykisk helsevern\r\n"
      ";;;;\r\n";
  auto batch = Parse(content);
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->format, ImportFormat::kMicrodata);
  EXPECT_EQ(batch->rows, 2);
  EXPECT_THAT(batch->org_units, IsEmpty());
  EXPECT_THAT(batch->links, IsEmpty());
  EXPECT_THAT(batch->elements, IsEmpty());
  EXPECT_THAT(batch->combos, IsEmpty());
  EXPECT_THAT(batch->participants, IsEmpty());
  ASSERT_EQ(batch->values.size(), 12u);  // 4 units × (IBBE10, IBBE20, total)
  for (const core::DataValue& v : batch->values) {
    EXPECT_EQ(v.element, "mt_patients");
    EXPECT_EQ(v.attribute_combo, "default");
    EXPECT_EQ(v.provenance, core::Provenance{});  // the store records the import's user and time
    for (const std::string* text : {&v.element, &v.period, &v.org_unit, &v.combo, &v.attribute_combo}) {
      EXPECT_THAT(*text, Not(HasSubstr("p000")));
    }
  }
}

TEST_F(MicrodataTest, RejectsEachKindOfBadRowWithoutQuotingThePersonId) {
  const std::string content = std::string(kHeader) +
                              "p0001,2019-01-15,NO-XX,IBBE10,psykisk helsevern\n"
                              "p0002,2019-02-30,HV-FONNA,IBBE10,somatikk\n"
                              "p0003,2019,HV-FONNA,IBBE10,somatikk\n"
                              "p0004,15.01.2019,HV-FONNA,IBBE10,somatikk\n"
                              "p0005,1700-01-01,HV-FONNA,IBBE10,somatikk\n"
                              "p0006,2019-01-15,HV-FONNA,IBBE30,somatikk\n"
                              "p0007,2019-01-15,HV-FONNA,default,somatikk\n"
                              ",2019-01-15,HV-FONNA,IBBE10,somatikk\n"
                              "p0009,2019-01-15,HV-FONNA,IBBE10,  \n"
                              "p0010,,,,TSB\n"
                              "p0011,2019-01-15,HV-FONNA,IBBE10\n";
  const std::string message = Error(content);
  EXPECT_EQ(message,
            "contacts.csv:2: column 3 (orgunit): unknown org unit 'NO-XX'\n"
            "contacts.csv:3: column 2 (date): '2019-02-30' is not a date such as 2019-03-14 (yyyy-mm-dd)\n"
            "contacts.csv:4: column 2 (date): '2019' is not a date such as 2019-03-14 (yyyy-mm-dd)\n"
            "contacts.csv:5: column 2 (date): '15.01.2019' is not a date such as 2019-03-14 (yyyy-mm-dd)\n"
            "contacts.csv:6: column 2 (date): '1700-01-01': bad period '1700': year out of range 1800-2200\n"
            "contacts.csv:7: column 4 (procedure_code): 'IBBE30' is not a procedure code of data element "
            "'mt_patients' (allowed: IBBE10, IBBE20)\n"
            "contacts.csv:8: column 4 (procedure_code): 'default' is not a procedure code of data element "
            "'mt_patients' (allowed: IBBE10, IBBE20)\n"
            "contacts.csv:9: column 1 (person_id): empty; a pseudonymous person id is required\n"
            "contacts.csv:10: column 5 (field_of_care): empty; the field of care is required (such as psykisk "
            "helsevern, somatikk, TSB)\n"
            "contacts.csv:11: column 2 (date): empty; the date of the contact is required\n"
            "... and 3 more problems");
  EXPECT_THAT(message, Not(HasSubstr("p00")));
  // The rest, beyond the ten shown.
  EXPECT_EQ(Error(std::string(kHeader) + "p0010,,,,TSB\np0011,2019-01-15,HV-FONNA,IBBE10\n"),
            "contacts.csv:2: column 2 (date): empty; the date of the contact is required\n"
            "contacts.csv:2: column 3 (orgunit): empty; the code of the treating org unit is required\n"
            "contacts.csv:2: column 4 (procedure_code): empty; a procedure code is required (allowed: IBBE10, "
            "IBBE20)\n"
            "contacts.csv:3: expected 5 columns as in the header, found 4");
}

TEST_F(MicrodataTest, OneBadRowRejectsTheWholeFile) {
  auto batch = Parse(std::string(kHeader) +
                     "p0001,2019-01-15,HV-FONNA,IBBE10,somatikk\n"
                     "p0002,2019-01-15,HV-FONNA,IBBE10,\n");
  ASSERT_FALSE(batch.has_value());
  EXPECT_EQ(batch.error().code(), core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(batch.error().message(),
            "contacts.csv:3: column 5 (field_of_care): empty; the field of care is required (such as psykisk "
            "helsevern, somatikk, TSB)");
}

TEST_F(MicrodataTest, RejectsAnotherHeaderWithoutQuotingIt) {
  const std::string expected =
      "contacts.csv:1: the header must name the columns person_id, date, orgunit, procedure_code and field_of_care, "
      "each once, in any order, and no others";
  EXPECT_EQ(Error("person_id,date,orgunit,procedure_code\n"), expected);
  EXPECT_EQ(Error("person_id,date,orgunit,procedure_code,field_of_care,age\n"), expected);
  EXPECT_EQ(Error("person_id,person_id,date,orgunit,procedure_code,field_of_care\n"), expected);
  // A file without a header, read as microdata, would otherwise show its first person id.
  const std::string headerless = Error("p0001,2019-01-15,HV-FONNA,IBBE10,somatikk\n", ImportFormat::kMicrodata);
  EXPECT_EQ(headerless, expected);
  EXPECT_THAT(headerless, Not(HasSubstr("p0001")));
}

TEST_F(MicrodataTest, CountsOnlyIntoADistinctCountElement) {
  ImportOptions options = testing::TestOptions();
  const std::string content = std::string(kHeader) + "p0001,2019-01-15,HV-FONNA,IBBE10,somatikk\n";
  options.element = "population";
  EXPECT_EQ(ParseImport("contacts.csv", content, index, options).error().message(),
            "contacts.csv: data element 'population' is not a distinct count; microdata are counted into one such "
            "as mt_patients");
  options.element = "mt_pasients";
  EXPECT_EQ(ParseImport("contacts.csv", content, index, options).error().message(),
            "contacts.csv: data element 'mt_pasients' (the element the contacts are counted into) is not in the "
            "catalog");
}

TEST_F(MicrodataTest, ReadsAnEmptyFileOfContactsAsNoValues) {
  auto batch = Parse(kHeader);
  ASSERT_TRUE(batch.has_value()) << batch.error().message();
  EXPECT_EQ(batch->rows, 0);
  EXPECT_THAT(batch->values, IsEmpty());
}

TEST(DistinctPersonCounterTest, ForgetsThePersonsOnceCounted) {
  const core::Catalog catalog = MakeMicrodataCatalog();
  const core::CatalogIndex index(catalog);
  const core::DataElement& element = *index.FindElement("mt_patients");
  DistinctPersonCounter counter(index, element);
  counter.Add("p0001", 2019, "NO-HV", 0);
  counter.Add("p0002", 2019, "NO-HV", 1);
  counter.Add("p0001", 2019, "NO-HV", 1);
  std::vector<core::DataValue> first = counter.TakeValues();
  ASSERT_EQ(first.size(), 6u);  // NO-HV and NO × (total, IBBE10, IBBE20)
  EXPECT_EQ(first[0].org_unit, "NO");
  EXPECT_EQ(first[0].combo, "default");
  EXPECT_EQ(first[0].value, 2);
  EXPECT_EQ(first[5].org_unit, "NO-HV");
  EXPECT_EQ(first[5].combo, "IBBE20");
  EXPECT_EQ(first[5].value, 2);
  // Counting starts afresh: the same person again is one, not a repeat of an earlier batch.
  counter.Add("p0001", 2019, "NO-HV", 0);
  std::vector<core::DataValue> second = counter.TakeValues();
  ASSERT_EQ(second.size(), 4u);
  EXPECT_TRUE(std::all_of(second.begin(), second.end(), [](const core::DataValue& v) { return v.value == 1; }));
  EXPECT_THAT(counter.TakeValues(), IsEmpty());
}

}  // namespace
}  // namespace polyfon::io
