#include "store_contract_test.hpp"

#include <filesystem>

namespace polyfon::store::testing {

using core::Date;

void StoreContractTest::SetUp() {
  folder_ = MakeScratchFolder();
  store_ = Unwrap(GetParam().open(folder_));
}

void StoreContractTest::TearDown() {
  store_.reset();
  std::error_code ignored;
  std::filesystem::remove_all(folder_, ignored);
}

void StoreContractTest::Reopen() {
  if (!GetParam().persistent) return;
  store_.reset();
  store_ = Unwrap(GetParam().open(folder_));
}

std::unique_ptr<core::StoreWriter> StoreContractTest::Begin() { return Unwrap(store_->BeginWrite()); }
core::Catalog StoreContractTest::Catalog() { return Unwrap(store_->LoadCatalog()); }
std::vector<core::DataValue> StoreContractTest::Values(const core::ValueFilter& filter) {
  return Unwrap(store_->LoadValues(filter));
}
int64_t StoreContractTest::Version() { return Unwrap(store_->DataVersion()); }

void StoreContractTest::PutCatalog(const core::Catalog& catalog) {
  auto writer = Begin();
  for (const auto& unit : catalog.org_units) Unwrap(writer->PutOrgUnit(unit));
  for (const auto& unit : catalog.org_units) {
    std::vector<core::ParentLink> links;
    for (const auto& link : catalog.links) {
      if (link.child == unit.code) links.push_back(link);
    }
    if (!links.empty()) Unwrap(writer->ReplaceParentLinks(unit.code, links));
  }
  for (const auto& combo : catalog.combos) Unwrap(writer->PutCombo(combo));
  for (const auto& element : catalog.elements) Unwrap(writer->PutElement(element));
  for (const auto& indicator : catalog.indicators) Unwrap(writer->PutIndicator(indicator));
  for (const auto& participant : catalog.participants) Unwrap(writer->PutParticipant(participant));
  ASSERT_OK(writer->Commit());
}

core::WriteCounts StoreContractTest::PutValuesAndCommit(const std::vector<core::DataValue>& values,
                                                        const core::ImportSource& source) {
  auto writer = Begin();
  core::WriteCounts counts = Unwrap(writer->PutValues(values, source));
  EXPECT_TRUE(writer->Commit().ok());
  return counts;
}

core::CategoryOptionCombo DefaultCombo() { return {.code = "default", .name = "default", .category = ""}; }

core::Catalog SampleCatalog() {
  core::Catalog catalog;
  catalog.org_units = {
      {.code = "NO", .name = "Norway", .kind = core::OrgUnitKind::kNation, .aliases = {"Landet samla", "Hele landet"}},
      {.code = "NO-HV",
       .name = "Helse Vest",
       .kind = core::OrgUnitKind::kHealthRegion,
       .aliases = {},
       .uid = "ImspTQPwCqd"},  // a uid given in a metadata file; the others derive theirs
      {.code = "NO-HSO",
       .name = "Helse Sør-Øst",
       .kind = core::OrgUnitKind::kHealthRegion,
       .aliases = {"Helse Sør-Aust"}},
      {.code = "NO-HB", .name = "Helse Bergen", .kind = core::OrgUnitKind::kHealthTrust, .aliases = {}},
  };
  catalog.links = {
      {.child = "NO-HV", .parent = "NO", .valid_from = std::nullopt, .valid_to = std::nullopt},
      {.child = "NO-HSO", .parent = "NO", .valid_from = Date{2007, 6, 1}, .valid_to = std::nullopt},
      {.child = "NO-HB", .parent = "NO-HSO", .valid_from = std::nullopt, .valid_to = Date{2015, 12, 31}},
      {.child = "NO-HB", .parent = "NO-HV", .valid_from = Date{2016, 1, 1}, .valid_to = std::nullopt},
  };
  catalog.combos = {
      DefaultCombo(),
      {.code = "IBBE10", .name = "Individual music therapy", .category = "procedure_code"},
      {.code = "IBBE20", .name = "Group music therapy", .category = "procedure_code", .uid = "Prlt0C1RF0s"},
  };
  catalog.elements = {
      {.code = "mt_patients",
       .name = "Patients with a music-therapy code",
       .value_type = core::ValueType::kNonNegativeInteger,
       .aggregation = core::AggregationType::kDistinct,
       .combos = {"IBBE10", "IBBE20"},
       .description = "NPR"},
      {.code = "population",
       .name = "Population 1 January",
       .value_type = core::ValueType::kNonNegativeInteger,
       .aggregation = core::AggregationType::kLastValue,
       .combos = {},
       .description = "",
       .uid = "WUg3MYWQ7pt"},
      {.code = "mt_positions",
       .name = "Music-therapy positions (FTE)",
       .value_type = core::ValueType::kNumber,
       .aggregation = core::AggregationType::kLastValue,
       .combos = {},
       .description = "As reported by participants"},
  };
  catalog.indicators = {
      {.code = "mt_patients_per_100k",
       .name = "Patients per 100 000",
       .numerator = {.element = "mt_patients", .combo = ""},
       .denominator = core::DataRef{.element = "population", .combo = ""},
       .factor = 100000,
       .poisson_interval = true,
       .description = "Rate with exact Poisson interval"},
      {.code = "mt_patients_ibbe10",
       .name = "Individual music therapy patients",
       .numerator = {.element = "mt_patients", .combo = "IBBE10"},
       .denominator = std::nullopt,
       .factor = 1,
       .poisson_interval = false,
       .description = ""},
  };
  catalog.participants = {
      {.code = "helse_bergen",
       .name = "Helse Bergen",
       .type = "helseføretak (health trust)",
       .helix = core::HelixCategory::kServices,
       .health_region = "NO-HV",
       .org_unit = "NO-HB",
       .history = {{.status = core::MembershipStatus::kObserver, .from = Date{2015, 1, 1}},
                   {.status = core::MembershipStatus::kFullMember, .from = Date{2017, 3, 1}}},
       .contact = "",
       .note = "founding partner"},
      {.code = "uib",
       .name = "Universitetet i Bergen",
       .type = "university",
       .helix = core::HelixCategory::kAcademia,
       .health_region = "",
       .org_unit = "",
       .history = {},
       .contact = "",
       .note = ""},
  };
  return catalog;
}

core::DataValue Value(std::string element, std::string period, std::string org_unit, double value, std::string combo) {
  core::DataValue out;
  out.element = std::move(element);
  out.period = std::move(period);
  out.org_unit = std::move(org_unit);
  out.combo = std::move(combo);
  out.value = value;
  out.provenance = {.stored_by = "npr", .last_updated = "2019-05-01T12:00:00Z", .comment = "", .followup = false};
  return out;
}

core::ImportSource Source(std::string name) {
  return {.name = std::move(name), .sha256 = "ab12", .imported_at = "2024-01-01T00:00:00Z", .imported_by = "tester"};
}

void PrintTo(const StoreBackend& backend, std::ostream* out) { *out << backend.name; }

INSTANTIATE_TEST_SUITE_P(AllBackends, StoreContractTest, ::testing::ValuesIn(StoreBackends()),
                         [](const ::testing::TestParamInfo<StoreBackend>& info) { return info.param.name; });

}  // namespace polyfon::store::testing

namespace polyfon::core {

void PrintTo(const DataValue& v, std::ostream* out) {
  *out << "{" << v.element << ", " << v.period << ", " << v.org_unit << ", " << v.combo << ", " << v.attribute_combo
       << " = " << v.value << " by '" << v.provenance.stored_by << "' at '" << v.provenance.last_updated
       << "' comment '" << v.provenance.comment << "' followup " << v.provenance.followup << "}";
}

void PrintTo(const OrgUnit& unit, std::ostream* out) {
  *out << "{" << unit.code << ", '" << unit.name << "', " << OrgUnitKindName(unit.kind) << ", aliases";
  for (const auto& alias : unit.aliases) *out << " '" << alias << "'";
  *out << "}";
}

void PrintTo(const ParentLink& link, std::ostream* out) {
  *out << "{" << link.child << " -> " << link.parent << " from "
       << (link.valid_from ? link.valid_from->ToString() : "-") << " to "
       << (link.valid_to ? link.valid_to->ToString() : "-") << "}";
}

void PrintTo(const CategoryOptionCombo& combo, std::ostream* out) {
  *out << "{" << combo.code << ", '" << combo.name << "', " << combo.category << "}";
}

}  // namespace polyfon::core
