#include "stats/determined_unknowns.hpp"

#include <gtest/gtest.h>

namespace polyfon::stats {
namespace {

TEST(DeterminedUnknownsTest, OneEquationOfTwoUnknownsPinsNeither) {
  EXPECT_EQ(DeterminedUnknowns({{{0, 1}, {1, 1}}}, 2), (std::vector<bool>{false, false}));
}

TEST(DeterminedUnknownsTest, ASecondEquationPinsBoth) {
  EXPECT_EQ(DeterminedUnknowns({{{0, 1}, {1, 1}}, {{0, 1}, {1, -1}}}, 2), (std::vector<bool>{true, true}));
}

TEST(DeterminedUnknownsTest, AFourCellCornerOfATableWithItsMarginsPinsNothing) {
  // x0 x1 / x2 x3 with both row sums and both column sums known: rank 3 of 4.
  const std::vector<LinearEquation> margins{
      {{0, 1}, {1, 1}}, {{2, 1}, {3, 1}}, {{0, 1}, {2, 1}}, {{1, 1}, {3, 1}}};
  EXPECT_EQ(DeterminedUnknowns(margins, 4), (std::vector<bool>(4, false)));
}

TEST(DeterminedUnknownsTest, ABridgeBetweenTwoCornersIsPinnedAndTheCornersAreNot) {
  // Two 2x2 corners (x0..x3 and x4..x7) and x8, alone in its row and column apart from one cell of
  // each corner: every line holds two unknowns, yet x8 follows from the others' margins.
  const std::vector<LinearEquation> system{
      {{0, 1}, {1, 1}},           {{2, 1}, {3, 1}, {8, 1}}, {{0, 1}, {2, 1}}, {{1, 1}, {3, 1}},
      {{4, 1}, {5, 1}, {8, 1}},   {{6, 1}, {7, 1}},         {{4, 1}, {6, 1}}, {{5, 1}, {7, 1}}};
  const std::vector<bool> determined = DeterminedUnknowns(system, 9);
  EXPECT_TRUE(determined[8]);
  for (int i = 0; i < 8; ++i) EXPECT_FALSE(determined[static_cast<size_t>(i)]) << i;
}

TEST(DeterminedUnknownsTest, NoEquationsPinNothing) {
  EXPECT_EQ(DeterminedUnknowns({}, 3), (std::vector<bool>(3, false)));
  EXPECT_TRUE(DeterminedUnknowns({}, 0).empty());
}

}  // namespace
}  // namespace polyfon::stats
