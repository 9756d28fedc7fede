#include "stats/determined_unknowns.hpp"

#include <Eigen/Dense>
#include <cmath>

namespace polyfon::stats {

std::vector<bool> DeterminedUnknowns(const std::vector<LinearEquation>& equations, int unknowns) {
  std::vector<bool> determined(static_cast<size_t>(unknowns), false);
  if (unknowns == 0) return determined;
  if (equations.empty()) return determined;
  Eigen::MatrixXd system = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(equations.size()), unknowns);
  for (size_t row = 0; row < equations.size(); ++row) {
    for (const LinearTerm& term : equations[row]) system(static_cast<Eigen::Index>(row), term.unknown) += term.coefficient;
  }
  Eigen::FullPivLU<Eigen::MatrixXd> lu(system);
  // Coefficients are small integers, so a fixed tolerance separates zero from non-zero pivots.
  lu.setThreshold(1e-9);
  if (lu.rank() == 0) return determined;
  const Eigen::MatrixXd kernel = lu.kernel();
  const bool full_rank = lu.rank() == unknowns;
  for (int i = 0; i < unknowns; ++i) {
    determined[static_cast<size_t>(i)] = full_rank || kernel.row(i).cwiseAbs().maxCoeff() < 1e-9;
  }
  return determined;
}

}  // namespace polyfon::stats
