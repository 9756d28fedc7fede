#include "analytics/suppression.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include "analytics/aggregator.hpp"
#include "stats/determined_unknowns.hpp"

namespace polyfon::analytics {

namespace {

using core::IsCount;

struct Cell {
  std::string element;
  std::string combo;  // empty = total
  std::string unit;
  core::Period period;
  double value = 0;
  bool hidden = false;
  bool known = false;  // the reader knows it: hiding it protects nothing
};

// A total and its parts: cells[members[0]] = sum of cells[members[1..]], as a reader may assume.
using Relation = std::vector<int>;

class Lattice {
 public:
  Lattice(const core::CatalogIndex& catalog, const ValueCube& cube) {
    const Aggregator aggregator(catalog, cube);
    for (const core::DataElement& element : catalog.catalog().elements) {
      if (!IsCount(element)) continue;
      std::vector<std::string> combos{""};
      combos.insert(combos.end(), element.combos.begin(), element.combos.end());
      for (const core::Period& period : cube.PeriodsOf(element.code)) {
        for (const core::OrgUnit& unit : catalog.catalog().org_units) {
          for (const std::string& combo : combos) {
            auto value = aggregator.Aggregate({element.code, combo}, unit.code, period);
            if (!value) continue;
            index_[{element.code, combo, unit.code, period.Id()}] = static_cast<int>(cells_.size());
            cells_.push_back({element.code, combo, unit.code, period, *value, false, false});
          }
        }
      }
      AddRelations(catalog, element, combos);
    }
  }

  std::vector<Cell>& cells() { return cells_; }
  const std::vector<Relation>& relations() const { return relations_; }

 private:
  std::optional<int> Find(const std::string& element, const std::string& combo, const std::string& unit,
                          const core::Period& period) const {
    auto it = index_.find({element, combo, unit, period.Id()});
    if (it == index_.end()) return std::nullopt;
    return it->second;
  }

  void AddRelations(const core::CatalogIndex& catalog, const core::DataElement& element,
                    const std::vector<std::string>& combos) {
    for (int i = 0; i < static_cast<int>(cells_.size()); ++i) {
      const Cell& total = cells_[static_cast<size_t>(i)];
      if (total.element != element.code) continue;
      Relation children{i};
      for (const std::string& child : catalog.ChildrenOn(total.unit, total.period.Start())) {
        if (auto part = Find(total.element, total.combo, child, total.period)) children.push_back(*part);
      }
      if (children.size() > 1) relations_.push_back(std::move(children));
      if (!total.combo.empty()) continue;
      Relation breakdown{i};
      for (size_t c = 1; c < combos.size(); ++c) {
        if (auto part = Find(total.element, combos[c], total.unit, total.period)) breakdown.push_back(*part);
      }
      if (breakdown.size() > 1) relations_.push_back(std::move(breakdown));
    }
  }

  std::vector<Cell> cells_;
  std::map<std::tuple<std::string, std::string, std::string, std::string>, int> index_;
  std::vector<Relation> relations_;
};

// The shown member of `relation` to hide next to protect a hidden one: the smallest part of at
// least 1 (a hidden 1 beside a hidden 0 would be the total itself), else the total, else any part.
std::optional<int> Complement(const std::vector<Cell>& cells, const Relation& relation) {
  std::optional<int> best;
  for (size_t m = 1; m < relation.size(); ++m) {
    const Cell& cell = cells[static_cast<size_t>(relation[m])];
    if (cell.hidden || cell.known || cell.value < 1) continue;
    if (!best || cell.value < cells[static_cast<size_t>(*best)].value) best = relation[m];
  }
  if (best) return best;
  const auto hideable = [&](int m) { return !cells[static_cast<size_t>(m)].hidden && !cells[static_cast<size_t>(m)].known; };
  if (hideable(relation[0])) return relation[0];
  for (size_t m = 1; m < relation.size(); ++m) {
    if (hideable(relation[m])) return relation[m];
  }
  return std::nullopt;
}

size_t HiddenIn(const std::vector<Cell>& cells, const Relation& relation) {
  return static_cast<size_t>(std::count_if(relation.begin(), relation.end(),
                                           [&](int m) { return cells[static_cast<size_t>(m)].hidden; }));
}

// No equation may hold exactly one hidden cell: it would be its total minus the shown parts.
void ProtectSingles(std::vector<Cell>& cells, const std::vector<Relation>& relations) {
  for (bool changed = true; changed;) {
    changed = false;
    for (const Relation& relation : relations) {
      if (HiddenIn(cells, relation) != 1) continue;
      if (auto pick = Complement(cells, relation)) {
        cells[static_cast<size_t>(*pick)].hidden = true;
        changed = true;
      }
    }
  }
}

// Hidden cells that all equations together still pin down (e.g. around a corner of a table).
std::vector<int> Pinned(const std::vector<Cell>& cells, const std::vector<Relation>& relations) {
  std::vector<int> unknown(cells.size(), -1);
  std::vector<int> hidden;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (!cells[i].hidden) continue;
    unknown[i] = static_cast<int>(hidden.size());
    hidden.push_back(static_cast<int>(i));
  }
  std::vector<stats::LinearEquation> equations;
  for (const Relation& relation : relations) {
    stats::LinearEquation equation;
    for (size_t m = 0; m < relation.size(); ++m) {
      const int u = unknown[static_cast<size_t>(relation[m])];
      if (u >= 0) equation.push_back({u, m == 0 ? 1.0 : -1.0});
    }
    if (!equation.empty()) equations.push_back(std::move(equation));
  }
  const std::vector<bool> determined = stats::DeterminedUnknowns(equations, static_cast<int>(hidden.size()));
  std::vector<int> out;
  for (size_t u = 0; u < hidden.size(); ++u) {
    if (determined[u]) out.push_back(hidden[u]);
  }
  return out;
}

}  // namespace

Suppression Suppression::Compute(const core::CatalogIndex& catalog, const ValueCube& cube, int min_count,
                                 const std::set<std::string>& known_units) {
  Lattice lattice(catalog, cube);
  std::vector<Cell>& cells = lattice.cells();
  Suppression out;
  for (Cell& cell : cells) {
    cell.known = known_units.contains(cell.unit);
    cell.hidden = !cell.known && cell.value >= 1 && cell.value < min_count;
    if (cell.hidden) ++out.primary_;
  }
  if (out.primary_ > 0) {
    ProtectSingles(cells, lattice.relations());
    // Each round hides at least one more cell, so this ends.
    for (std::vector<int> pinned = Pinned(cells, lattice.relations()); !pinned.empty();
         pinned = Pinned(cells, lattice.relations())) {
      bool widened = false;
      for (int cell : pinned) {
        for (const Relation& relation : lattice.relations()) {
          if (std::find(relation.begin(), relation.end(), cell) == relation.end()) continue;
          if (auto pick = Complement(cells, relation)) {
            cells[static_cast<size_t>(*pick)].hidden = true;
            widened = true;
            break;
          }
        }
      }
      if (!widened) break;  // nothing shown is left to hide around them
      ProtectSingles(cells, lattice.relations());
    }
  }
  for (const Cell& cell : cells) {
    if (cell.hidden) out.hidden_[{cell.element, cell.combo, cell.unit}].push_back(cell.period);
  }
  return out;
}

bool Suppression::Hides(std::string_view element, std::string_view combo, std::string_view org_unit,
                        const core::Period& period) const {
  auto it = hidden_.find({std::string(element), std::string(combo), std::string(org_unit)});
  if (it == hidden_.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(), [&](const core::Period& p) { return period.Contains(p); });
}

}  // namespace polyfon::analytics
