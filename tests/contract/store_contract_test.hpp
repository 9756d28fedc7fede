#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/store.hpp"
#include "store_backends.hpp"

namespace polyfon::store::testing {

// Fails the test with the Status' message unless it is ok.
#define ASSERT_OK(expr)                                                  \
  do {                                                                   \
    const ::polyfon::core::Status assert_ok_status_ = (expr);            \
    ASSERT_TRUE(assert_ok_status_.ok()) << assert_ok_status_.ToString(); \
  } while (0)

// Unwraps a Result or fails the test with its message.
template <typename T>
T Unwrap(core::Result<T> result) {
  EXPECT_TRUE(result.has_value()) << result.status().ToString();
  if (!result.has_value()) throw std::runtime_error(result.status().ToString());
  return std::move(result).value();
}

// The contract every core::Store keeps, written once and run against each back end in
// StoreBackends(), like leveldb's ChangeOptions loop.
class StoreContractTest : public ::testing::TestWithParam<StoreBackend> {
 protected:
  void SetUp() override;
  void TearDown() override;

  core::Store& store() { return *store_; }
  // Closes and reopens a persistent store on the same files; a no-op for the memory store.
  void Reopen();
  std::unique_ptr<core::StoreWriter> Begin();
  core::Catalog Catalog();
  std::vector<core::DataValue> Values(const core::ValueFilter& filter = {});
  int64_t Version();
  // Puts `catalog` (org units, links, combos, elements, indicators, participants) and commits.
  void PutCatalog(const core::Catalog& catalog);
  // Puts `values` from `source` in one transaction, commits, and returns the counts.
  core::WriteCounts PutValuesAndCommit(const std::vector<core::DataValue>& values,
                                       const core::ImportSource& source = {});

  std::string folder_;

 private:
  std::unique_ptr<core::Store> store_;
};

// Real-shaped metadata: Norway, two regions (one moved between parents over time), the music
// therapy elements with their procedure-code combos, an indicator and a participant.
core::Catalog SampleCatalog();
// The catalog an empty store holds: only the "default" category option combo.
core::CategoryOptionCombo DefaultCombo();
core::DataValue Value(std::string element, std::string period, std::string org_unit, double value,
                      std::string combo = "default");
core::ImportSource Source(std::string name);

// Readable failure output instead of gtest's byte dumps.
void PrintTo(const StoreBackend& backend, std::ostream* out);

}  // namespace polyfon::store::testing

namespace polyfon::core {
void PrintTo(const DataValue& value, std::ostream* out);
void PrintTo(const OrgUnit& unit, std::ostream* out);
void PrintTo(const ParentLink& link, std::ostream* out);
void PrintTo(const CategoryOptionCombo& combo, std::ostream* out);
}  // namespace polyfon::core
