// Random batches against a plain map as the model of the contract. It drives every path of a
// back end's bulk writer: fresh key ranges, re-puts, sparse updates between stored keys, and keys
// repeated within a batch.
#include <gmock/gmock.h>

#include <algorithm>
#include <array>
#include <map>
#include <random>

#include "store_contract_test.hpp"

namespace polyfon::store::testing {
namespace {

using Key = std::array<std::string, 5>;  // element, period, org unit, combo, attribute combo

class Model {
 public:
  core::WriteCounts Put(const std::vector<core::DataValue>& batch) {
    core::WriteCounts counts;
    for (const core::DataValue& value : batch) {
      auto [it, inserted] = values_.try_emplace(KeyOf(value), value);
      if (inserted) {
        ++counts.inserted;
      } else if (it->second.value == value.value) {
        ++counts.unchanged;
      } else {
        it->second = value;
        ++counts.updated;
      }
    }
    return counts;
  }
  std::vector<core::DataValue> Values() const {
    std::vector<core::DataValue> out;
    for (const auto& [key, value] : values_) out.push_back(value);
    return out;
  }

 private:
  static Key KeyOf(const core::DataValue& v) { return {v.element, v.period, v.org_unit, v.combo, v.attribute_combo}; }
  std::map<Key, core::DataValue> values_;  // ordered like LoadValues: by the codes of the key
};

struct Space {
  std::vector<std::string> elements{"e0", "e1", "e2"};
  std::vector<std::string> periods;
  std::vector<std::string> org_units;
  std::vector<std::string> combos{"default", "c1"};
};

Space MakeSpace() {
  Space space;
  for (int month = 1; month <= 12; ++month)
    space.periods.push_back("2018" + std::string(month < 10 ? "0" : "") + std::to_string(month));
  for (int year = 2013; year <= 2018; ++year) space.periods.push_back(std::to_string(year));
  for (int unit = 0; unit < 30; ++unit) space.org_units.push_back("OU" + std::to_string(100 + unit));
  return space;
}

core::Catalog SpaceCatalog(const Space& space) {
  core::Catalog catalog;
  for (const auto& code : space.org_units)
    catalog.org_units.push_back({.code = code, .name = code, .kind = core::OrgUnitKind::kOther, .aliases = {}});
  for (const auto& code : space.elements) {
    catalog.elements.push_back({.code = code,
                                .name = code,
                                .value_type = core::ValueType::kNumber,
                                .aggregation = core::AggregationType::kSum,
                                .combos = {"c1"},
                                .description = ""});
  }
  catalog.combos = {{.code = "c1", .name = "c1", .category = "x"}};
  return catalog;
}

TEST_P(StoreContractTest, RandomBatchesMatchAPlainModel) {
  const Space space = MakeSpace();
  PutCatalog(SpaceCatalog(space));
  std::mt19937 rng(20240601);
  const auto pick = [&](const std::vector<std::string>& from) { return from[rng() % from.size()]; };
  const auto make = [&](std::string element, std::string period, std::string unit, std::string combo,
                        std::string attribute) {
    core::DataValue value = Value(std::move(element), std::move(period), std::move(unit), rng() % 4, std::move(combo));
    value.attribute_combo = std::move(attribute);
    value.provenance.stored_by = "user" + std::to_string(rng() % 3);
    value.provenance.followup = rng() % 2 == 0;
    return value;
  };

  std::vector<std::vector<core::DataValue>> batches;
  // A dense fresh range in random order, then about half of all keys: the bulk paths.
  batches.emplace_back();
  for (const auto& period : space.periods) {
    for (const auto& unit : space.org_units) batches.back().push_back(make("e0", period, unit, "default", "default"));
  }
  batches.emplace_back();
  for (const auto& element : space.elements) {
    for (const auto& period : space.periods) {
      for (const auto& unit : space.org_units) {
        for (const auto& combo : space.combos) {
          for (const auto& attribute : space.combos) {
            if (rng() % 2 == 0) batches.back().push_back(make(element, period, unit, combo, attribute));
          }
        }
      }
    }
  }
  // Sparse batches between stored keys, with repeats, of every size from one value up.
  for (size_t size : {1u, 5u, 31u, 32u, 33u, 100u, 700u, 1500u, 4000u}) {
    batches.emplace_back();
    for (size_t i = 0; i < size; ++i) {
      if (i > 0 && rng() % 8 == 0) {
        core::DataValue repeat = batches.back()[rng() % i];
        repeat.value = rng() % 4;
        batches.back().push_back(repeat);
      } else {
        batches.back().push_back(make(pick(space.elements), pick(space.periods), pick(space.org_units),
                                      pick(space.combos), pick(space.combos)));
      }
    }
  }
  batches.push_back(batches[1]);  // a re-import: all unchanged

  Model model;
  for (size_t b = 0; b < batches.size(); ++b) {
    std::shuffle(batches[b].begin(), batches[b].end(), rng);
    const core::WriteCounts expected = model.Put(batches[b]);
    const core::WriteCounts counts = PutValuesAndCommit(batches[b], Source("batch " + std::to_string(b)));
    EXPECT_EQ(counts.inserted, expected.inserted) << "batch " << b;
    EXPECT_EQ(counts.updated, expected.updated) << "batch " << b;
    EXPECT_EQ(counts.unchanged, expected.unchanged) << "batch " << b;
  }
  EXPECT_EQ(batches.back().size(), static_cast<size_t>(model.Put(batches.back()).unchanged));
  Reopen();
  const std::vector<core::DataValue> loaded = Values();
  const std::vector<core::DataValue> expected = model.Values();
  ASSERT_EQ(loaded.size(), expected.size());
  EXPECT_TRUE(loaded == expected);  // element-wise, in order; a mismatch dump would be huge
  for (size_t i = 0; i < loaded.size() && i < expected.size(); ++i) {
    if (!(loaded[i] == expected[i])) {
      ADD_FAILURE() << "first difference at " << i << ": " << ::testing::PrintToString(loaded[i]) << " vs "
                    << ::testing::PrintToString(expected[i]);
      break;
    }
  }
}

}  // namespace
}  // namespace polyfon::store::testing
