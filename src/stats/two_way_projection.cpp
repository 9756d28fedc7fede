#include "stats/two_way_projection.hpp"

#include <Eigen/Dense>
#include <cstddef>
#include <utility>

namespace polyfon::stats {

namespace {

using RowMajorMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Finds the connected blocks of a bipartite graph of levels (absorbed levels first, then solved).
class Blocks {
 public:
  explicit Blocks(size_t size) : parent_(size) {
    for (size_t i = 0; i < size; ++i) parent_[i] = i;
  }
  size_t Find(size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  void Join(size_t i, size_t j) { parent_[Find(i)] = Find(j); }

 private:
  std::vector<size_t> parent_;
};

}  // namespace

TwoWayProjection::TwoWayProjection(const std::vector<int>& first, int first_levels, const std::vector<int>& second,
                                   int second_levels) {
  if (first_levels >= second_levels) {
    absorbed_ = first;
    absorbed_levels_ = first_levels;
    solved_ = second;
    solved_levels_ = second_levels;
  } else {
    absorbed_ = second;
    absorbed_levels_ = second_levels;
    solved_ = first;
    solved_levels_ = first_levels;
  }
  // The rank follows from which level pairs occur, not from the weights: the Schur complement has
  // one null direction per connected block, whatever the weights (tiny ones included).
  const auto a = static_cast<size_t>(absorbed_levels_);
  const auto b = static_cast<size_t>(solved_levels_);
  Blocks blocks(a + b);
  std::vector<bool> used(a + b, false);
  for (size_t i = 0; i < absorbed_.size(); ++i) {
    const auto g = static_cast<size_t>(absorbed_[i]);
    const size_t t = a + static_cast<size_t>(solved_[i]);
    used[g] = used[t] = true;
    blocks.Join(g, t);
  }
  int levels_used = 0;
  int block_count = 0;
  int absorbed_used = 0;
  for (size_t k = 0; k < a + b; ++k) {
    if (!used[k]) continue;
    ++levels_used;
    if (k < a) ++absorbed_used;
    if (blocks.Find(k) == k) ++block_count;
  }
  rank_ = levels_used - block_count;
  solved_rank_ = rank_ - absorbed_used;
}

void TwoWayProjection::SetWeights(const std::vector<double>& weights) {
  weights_ = weights;
  const Eigen::Index a = absorbed_levels_;
  const Eigen::Index b = solved_levels_;
  absorbed_weight_.assign(static_cast<size_t>(a), 0.0);
  RowMajorMatrix cross = RowMajorMatrix::Zero(a, b);  // summed weight per (absorbed, solved) pair
  for (size_t i = 0; i < weights_.size(); ++i) {
    absorbed_weight_[static_cast<size_t>(absorbed_[i])] += weights_[i];
    cross(absorbed_[i], solved_[i]) += weights_[i];
  }
  // S = D_b' W D_b - D_b' W D_a (D_a' W D_a)^-1 D_a' W D_b
  Eigen::VectorXd inverse_weight(a);
  for (Eigen::Index g = 0; g < a; ++g) {
    const double w = absorbed_weight_[static_cast<size_t>(g)];
    inverse_weight(g) = w > 0 ? 1.0 / w : 0.0;
  }
  Eigen::MatrixXd schur = -(cross.transpose() * inverse_weight.asDiagonal() * cross);
  schur.diagonal() += cross.colwise().sum().transpose();

  // Pseudo-inverse: the eigenvalues come in increasing order, and the null ones are the first.
  const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(schur);
  const Eigen::VectorXd& values = eigen.eigenvalues();
  Eigen::VectorXd inverse_values = Eigen::VectorXd::Zero(b);
  for (Eigen::Index k = b - solved_rank_; k < b; ++k) inverse_values(k) = 1.0 / values(k);
  const RowMajorMatrix pseudo_inverse =
      eigen.eigenvectors() * inverse_values.asDiagonal() * eigen.eigenvectors().transpose();
  schur_inverse_.assign(pseudo_inverse.data(), pseudo_inverse.data() + pseudo_inverse.size());
}

void TwoWayProjection::Residualize(std::vector<double>& column) const {
  const size_t n = weights_.size();
  const auto a = static_cast<size_t>(absorbed_levels_);
  const auto b = static_cast<size_t>(solved_levels_);
  auto absorbed_means = [&](const std::vector<double>& v) {
    std::vector<double> means(a, 0.0);
    for (size_t i = 0; i < n; ++i) means[static_cast<size_t>(absorbed_[i])] += weights_[i] * v[i];
    for (size_t g = 0; g < a; ++g) means[g] = absorbed_weight_[g] > 0 ? means[g] / absorbed_weight_[g] : 0.0;
    return means;
  };
  // Right-hand side of the solved effects: D_b' W (v - P_a v).
  const std::vector<double> means = absorbed_means(column);
  std::vector<double> rhs(b, 0.0);
  for (size_t i = 0; i < n; ++i) {
    rhs[static_cast<size_t>(solved_[i])] += weights_[i] * (column[i] - means[static_cast<size_t>(absorbed_[i])]);
  }
  std::vector<double> effects(b, 0.0);
  for (size_t r = 0; r < b; ++r) {
    double sum = 0;
    for (size_t c = 0; c < b; ++c) sum += schur_inverse_[r * b + c] * rhs[c];
    effects[r] = sum;
  }
  for (size_t i = 0; i < n; ++i) column[i] -= effects[static_cast<size_t>(solved_[i])];
  const std::vector<double> remaining = absorbed_means(column);
  for (size_t i = 0; i < n; ++i) column[i] -= remaining[static_cast<size_t>(absorbed_[i])];
}

}  // namespace polyfon::stats
