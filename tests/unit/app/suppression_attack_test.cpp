// Plays the attacker against public output: from every public figure of the bundled data and of a
// generated dataset with many small cells, it tries to work out each hidden count, first by
// subtraction (a total minus its shown parts, across the hierarchy, the disaggregations and the
// quarters of a year), then by solving all those equations together. It must fail every time.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <optional>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "app/import_files.hpp"
#include "app/load_demo.hpp"
#include "app/query_data.hpp"
#include "core/catalog.hpp"
#include "store/memory/memory_store.hpp"

namespace polyfon::app {
namespace {

using CellKey = std::tuple<std::string, std::string, std::string>;  // item, org unit, period

struct Published {
  std::map<CellKey, std::optional<double>> shown;  // nullopt = hidden; absent = no data (0 to a reader)
  std::map<CellKey, double> truth;                 // every cell with data, from internal output
};

// `known`: the org units whose counts the reader knows already (a reporter's own).
Published Publish(core::Store& store, const std::vector<std::string>& items, const std::vector<std::string>& units,
                  const std::vector<std::string>& periods, const std::set<std::string>& known = {}) {
  Published out;
  for (const bool public_output : {true, false}) {
    analytics::QuerySpec spec;
    spec.items = items;
    spec.org_units = units;
    for (const std::string& id : periods) spec.periods.push_back(*core::Period::Parse(id));
    spec.public_output = public_output;
    spec.known_units = known;
    auto rows = QueryData(store, spec);
    EXPECT_TRUE(rows.has_value()) << rows.error().message();
    if (!rows) return out;
    for (const auto& row : *rows) {
      const CellKey key{row.dx, row.ou, row.pe};
      if (!public_output) {
        if (row.value) out.truth[key] = *row.value;
      } else if (row.status == analytics::RowStatus::kSuppressed) {
        out.shown[key] = std::nullopt;
      } else if (row.value) {
        out.shown[key] = row.value;
      }
    }
  }
  return out;
}

// total = sum of parts, as a reader assumes of any published table.
struct Equation {
  CellKey total;
  std::vector<CellKey> parts;
};

std::vector<Equation> Equations(const core::CatalogIndex& catalog, const std::string& element,
                                const std::vector<std::string>& combos, const std::vector<std::string>& units,
                                const std::vector<std::string>& periods) {
  std::vector<Equation> out;
  std::vector<std::string> items{element};
  for (const std::string& combo : combos) items.push_back(element + "." + combo);
  for (const std::string& pe : periods) {
    const core::Period period = *core::Period::Parse(pe);
    for (const std::string& unit : units) {
      for (const std::string& item : items) {
        Equation hierarchy{{item, unit, pe}, {}};
        for (const std::string& child : catalog.ChildrenOn(unit, period.Start())) hierarchy.parts.push_back({item, child, pe});
        if (!hierarchy.parts.empty()) out.push_back(std::move(hierarchy));
        if (period.type() != core::PeriodType::kYearly) continue;
        Equation quarters{{item, unit, pe}, {}};
        for (int q = 1; q <= 4; ++q) {
          const std::string quarter = pe + "Q" + std::to_string(q);
          if (std::find(periods.begin(), periods.end(), quarter) != periods.end()) quarters.parts.push_back({item, unit, quarter});
        }
        if (!quarters.parts.empty()) out.push_back(std::move(quarters));
      }
      Equation breakdown{{element, unit, pe}, {}};
      for (const std::string& combo : combos) breakdown.parts.push_back({element + "." + combo, unit, pe});
      if (!breakdown.parts.empty()) out.push_back(std::move(breakdown));
    }
  }
  return out;
}

// The hidden cells the attacker can pin down: those alone in an equation (subtraction) and those
// whose unit vector is a row of the reduced row echelon form of all equations over the hidden cells.
std::vector<CellKey> Recovered(const Published& published, const std::vector<Equation>& equations) {
  std::map<CellKey, int> unknown;
  for (const auto& [key, value] : published.shown) {
    if (!value) unknown.emplace(key, static_cast<int>(unknown.size()));
  }
  std::vector<CellKey> names(unknown.size());
  for (const auto& [key, index] : unknown) names[static_cast<size_t>(index)] = key;
  std::vector<CellKey> out;
  std::vector<std::vector<double>> rows;
  for (const Equation& equation : equations) {
    // Parts without data add nothing; with no part published at all, there is no table to use.
    if (std::none_of(equation.parts.begin(), equation.parts.end(),
                     [&](const CellKey& part) { return published.shown.contains(part); })) {
      continue;
    }
    std::vector<double> row(unknown.size(), 0.0);
    int hidden = 0;
    CellKey last;
    auto add = [&](const CellKey& key, double sign) {
      auto it = unknown.find(key);
      if (it == unknown.end()) return;
      row[static_cast<size_t>(it->second)] += sign;
      ++hidden;
      last = key;
    };
    add(equation.total, 1);
    for (const CellKey& part : equation.parts) add(part, -1);
    if (hidden == 1) out.push_back(last);
    if (hidden > 0) rows.push_back(std::move(row));
  }
  // Gauss-Jordan elimination; coefficients stay small integers, so a tolerance is safe.
  const size_t columns = unknown.size();
  size_t rank = 0;
  for (size_t col = 0; col < columns && rank < rows.size(); ++col) {
    size_t pivot = rank;
    for (size_t r = rank; r < rows.size(); ++r) {
      if (std::abs(rows[r][col]) > std::abs(rows[pivot][col])) pivot = r;
    }
    if (std::abs(rows[pivot][col]) < 1e-9) continue;
    std::swap(rows[pivot], rows[rank]);
    const double scale = rows[rank][col];
    for (double& x : rows[rank]) x /= scale;
    for (size_t r = 0; r < rows.size(); ++r) {
      if (r == rank || std::abs(rows[r][col]) < 1e-12) continue;
      const double factor = rows[r][col];
      for (size_t c = 0; c < columns; ++c) rows[r][c] -= factor * rows[rank][c];
    }
    ++rank;
  }
  for (size_t r = 0; r < rank; ++r) {
    int nonzero = 0;
    size_t at = 0;
    for (size_t c = 0; c < columns; ++c) {
      if (std::abs(rows[r][c]) > 1e-9) {
        ++nonzero;
        at = c;
      }
    }
    if (nonzero == 1) out.push_back(names[at]);
  }
  return out;
}

std::string Name(const CellKey& key) { return std::get<0>(key) + " " + std::get<1>(key) + " " + std::get<2>(key); }

void ExpectEverySmallCountHiddenAndSafe(const Published& published, const std::vector<Equation>& equations,
                                        const std::set<std::string>& known = {}) {
  size_t hidden = 0;
  for (const auto& [key, value] : published.shown) {
    if (!value) ++hidden;
    const double truth = published.truth.at(key);
    if (known.contains(std::get<1>(key))) {
      EXPECT_EQ(value, truth) << Name(key) << ": the reader's own count is shown";
    } else if (truth >= 1 && truth < 5) {
      EXPECT_FALSE(value.has_value()) << Name(key) << " = " << truth << " is shown";
    }
  }
  EXPECT_GT(hidden, 0u);
  EXPECT_LT(hidden * 2, published.shown.size()) << "the suppression hides most of the table";
  for (const CellKey& key : Recovered(published, equations)) {
    ADD_FAILURE() << "recovered " << Name(key) << " = " << published.truth.at(key);
  }
}

std::vector<std::string> AllUnits(core::Store& store) {
  std::vector<std::string> units;
  const core::Catalog catalog = *store.LoadCatalog();
  for (const core::OrgUnit& unit : catalog.org_units) units.push_back(unit.code);
  return units;
}

TEST(SuppressionAttackTest, TheBundledDataKeepHelseNordsThreePatientsHidden) {
  auto store = store::memory::NewMemoryStore();
  ASSERT_TRUE(LoadDemo(*store, "2026-01-01T00:00:00Z").has_value());
  const std::vector<std::string> units = AllUnits(*store);
  const std::vector<std::string> periods{"2016", "2017", "2018"};
  const std::vector<std::string> combos{"IBBE10", "IBBE20"};
  const Published published =
      Publish(*store, {"mt_patients", "mt_patients.IBBE10", "mt_patients.IBBE20"}, units, periods);
  const core::Catalog catalog = *store->LoadCatalog();
  const core::CatalogIndex index(catalog);
  EXPECT_FALSE(published.shown.at({"mt_patients", "NO-HN", "2016"}).has_value());
  EXPECT_FALSE(published.shown.at({"mt_patients", "NO-HN", "2017"}).has_value());
  EXPECT_TRUE(published.shown.at({"mt_patients", "NO", "2016"}).has_value());  // the national figure stays
  ExpectEverySmallCountHiddenAndSafe(published, Equations(index, "mt_patients", combos, units, periods));
}

// NO -> 4 regions -> 3 trusts each -> 3 clinics each; counts by two kinds, per year 2016-2019 and
// per quarter in 2020, recorded at the clinics only; a third of them below 5. `periods` gets the
// recorded periods and the year 2020.
std::unique_ptr<core::Store> GeneratedTable(std::vector<std::string>& periods) {
  std::string units = "code,name,kind,parent\nNO,Nation,nation,\n";
  std::vector<std::string> clinics;
  for (int r = 1; r <= 4; ++r) {
    const std::string region = "R" + std::to_string(r);
    units += region + ",Region " + region + ",health_region,NO\n";
    for (int t = 1; t <= 3; ++t) {
      const std::string trust = region + "T" + std::to_string(t);
      units += trust + ",Trust " + trust + ",health_trust," + region + "\n";
      for (int c = 1; c <= 3; ++c) {
        const std::string clinic = trust + "C" + std::to_string(c);
        units += clinic + ",Clinic " + clinic + ",clinic," + trust + "\n";
        clinics.push_back(clinic);
      }
    }
  }
  periods = {"2016", "2017", "2018", "2019", "2020Q1", "2020Q2", "2020Q3", "2020Q4"};
  std::mt19937 random(20261201);
  std::uniform_int_distribution<int> small(0, 4);
  std::uniform_int_distribution<int> large(5, 40);
  std::uniform_int_distribution<int> coin(0, 2);
  std::string values = "dataelement,period,orgunit,categoryoptioncombo,value\n";
  for (const std::string& period : periods) {
    for (const std::string& clinic : clinics) {
      for (const char* kind : {"K1", "K2"}) {
        const int value = coin(random) == 0 ? small(random) : large(random);
        values += std::string("cnt,") + period + "," + clinic + "," + kind + "," + std::to_string(value) + "\n";
      }
    }
  }
  auto store = store::memory::NewMemoryStore();
  ImportRequest request;
  request.files = {{"combos.csv", "code,name,category\nK1,Kind one,kind\nK2,Kind two,kind\n"},
                   {"elements.csv", "code,name,value_type,aggregation,combos\ncnt,Count,non_negative_integer,sum,K1|K2\n"},
                   {"units.csv", units},
                   {"values.csv", values}};
  request.options.now = "2026-01-01T00:00:00Z";
  auto report = ImportFiles(*store, request);
  EXPECT_TRUE(report.has_value()) << report.error().message();
  periods.push_back("2020");  // the year of the quarters: shown only if no quarter in it is hidden
  return store;
}

TEST(SuppressionAttackTest, AGeneratedTableWithManySmallCellsGivesNothingAway) {
  std::vector<std::string> periods;
  auto store = GeneratedTable(periods);
  const std::vector<std::string> all_units = AllUnits(*store);
  const Published published = Publish(*store, {"cnt", "cnt.K1", "cnt.K2"}, all_units, periods);
  const core::Catalog catalog = *store->LoadCatalog();
  const core::CatalogIndex index(catalog);
  ExpectEverySmallCountHiddenAndSafe(published, Equations(index, "cnt", {"K1", "K2"}, all_units, periods));
}

// A reporter knows its own counts. Suppression that ignores this gives a neighbour's count away
// (its own hidden count, plus the published total); suppression that treats them as known does not.
TEST(SuppressionAttackTest, AReporterLearnsNothingBeyondItsOwnCounts) {
  std::vector<std::string> periods;
  auto store = GeneratedTable(periods);
  const std::vector<std::string> all_units = AllUnits(*store);
  const core::Catalog catalog = *store->LoadCatalog();
  const core::CatalogIndex index(catalog);
  const auto equations = Equations(index, "cnt", {"K1", "K2"}, all_units, periods);
  // A clinic's reporter, for the first clinic whose own counts give a neighbour's away when the
  // suppression ignores what the reporter knows.
  const Published naive = Publish(*store, {"cnt", "cnt.K1", "cnt.K2"}, all_units, periods);
  std::set<std::string> own;
  for (const std::string& unit : all_units) {
    if (std::count(unit.begin(), unit.end(), 'C') == 0) continue;  // clinics only
    Published knowing = naive;
    for (auto& [key, value] : knowing.shown) {
      if (std::get<1>(key) == unit) value = knowing.truth.at(key);
    }
    const auto recovered = Recovered(knowing, equations);
    if (std::any_of(recovered.begin(), recovered.end(), [&](const CellKey& key) { return std::get<1>(key) != unit; })) {
      own = {unit};
      break;
    }
  }
  ASSERT_FALSE(own.empty()) << "the respondent attack should work against suppression that ignores it";

  const Published published = Publish(*store, {"cnt", "cnt.K1", "cnt.K2"}, all_units, periods, own);
  ExpectEverySmallCountHiddenAndSafe(published, equations, own);
}

}  // namespace
}  // namespace polyfon::app
