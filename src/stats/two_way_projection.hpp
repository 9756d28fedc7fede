#pragma once

// Internal to stats: the weighted projection off two sets of fixed effects.

#include <vector>

namespace polyfon::stats {

// Removes from a column its weighted least-squares fit on dummies for two groupings of the rows
// (e.g. unit and period), exactly: the larger grouping is absorbed by group means and the smaller
// one by solving its Schur complement, a levels × levels system. Alternating projections would
// also work but stop at a tolerance; this is direct and costs O(rows + larger · smaller²).
class TwoWayProjection {
 public:
  // `first` and `second` give each row's level, 0 .. levels - 1.
  TwoWayProjection(const std::vector<int>& first, int first_levels, const std::vector<int>& second,
                   int second_levels);

  // Sets the row weights (all positive, one per row given above) and factors the system for them.
  void SetWeights(const std::vector<double>& weights);

  // Replaces `column` (one value per row) by its weighted residual.
  void Residualize(std::vector<double>& column) const;

  // Independent parameters of the two sets of dummies together (levels of both, less one per
  // connected block of the rows' level pairs).
  int Rank() const { return rank_; }

 private:
  // The larger grouping is "absorbed", the smaller one "solved".
  std::vector<int> absorbed_;
  std::vector<int> solved_;
  int absorbed_levels_ = 0;
  int solved_levels_ = 0;
  std::vector<double> weights_;
  std::vector<double> absorbed_weight_;   // per absorbed level
  std::vector<double> schur_inverse_;     // pseudo-inverse, solved × solved, row-major
  int rank_ = 0;
  int solved_rank_ = 0;  // of the Schur complement
};

}  // namespace polyfon::stats
