#pragma once

#include <vector>

namespace polyfon::stats {

// One linear equation over unknowns: sum of coefficient × unknown equals a known constant (the
// constant does not matter for which unknowns it pins down, so it is left out).
struct LinearTerm {
  int unknown = 0;  // index, 0 .. unknowns - 1
  double coefficient = 0;
};
using LinearEquation = std::vector<LinearTerm>;

// For a system of linear equations, which unknowns have the same value in every solution. An
// unknown is pinned exactly when its unit vector lies in the row space of the system, i.e. when
// every vector of the null space is zero there; one full-pivot LU gives the null space.
std::vector<bool> DeterminedUnknowns(const std::vector<LinearEquation>& equations, int unknowns);

}  // namespace polyfon::stats
