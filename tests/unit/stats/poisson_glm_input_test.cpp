// Input errors of FitPoissonGlm and ClusterRobustCovariance; the numbers are in poisson_glm_test.cpp.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "stats/poisson_glm.hpp"

namespace polyfon::stats {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// y ~ 1 + x on five rows, with an offset.
PoissonGlmInput SmallInput() {
  PoissonGlmInput input;
  input.rows = 5;
  input.columns = 2;
  input.design = {1, 0, 1, 1, 1, 2, 1, 3, 1, 4};
  input.counts = {2, 3, 0, 7, 9};
  input.offset = {0, 0.1, 0.2, 0.3, 0.4};
  input.column_names = {"intercept", "x"};
  return input;
}

void ExpectInvalid(const PoissonGlmInput& input, const std::string& mention, const PoissonGlmOptions& options = {}) {
  auto fit = FitPoissonGlm(input, options);
  ASSERT_FALSE(fit.has_value()) << "expected an error mentioning " << mention;
  EXPECT_EQ(fit.error().code(), core::ErrorCode::kInvalidArgument) << fit.error().ToString();
  EXPECT_NE(fit.error().message().find(mention), std::string::npos) << fit.error().ToString();
}

TEST(FitPoissonGlmInputTest, SmallInputFits) {
  auto fit = FitPoissonGlm(SmallInput());
  ASSERT_TRUE(fit.has_value()) << fit.error().ToString();
  EXPECT_EQ(fit->df_residual, 3);
  EXPECT_GT(fit->iterations, 0);
}

TEST(FitPoissonGlmInputTest, RejectsSizeMismatches) {
  PoissonGlmInput design = SmallInput();
  design.design.pop_back();
  ExpectInvalid(design, "design");
  PoissonGlmInput counts = SmallInput();
  counts.counts.push_back(1);
  ExpectInvalid(counts, "counts");
  PoissonGlmInput offset = SmallInput();
  offset.offset.pop_back();
  ExpectInvalid(offset, "offset");
  PoissonGlmInput names = SmallInput();
  names.column_names.push_back("z");
  ExpectInvalid(names, "column_names");
  PoissonGlmInput empty;
  ExpectInvalid(empty, "rows and columns");
}

TEST(FitPoissonGlmInputTest, RejectsBadValues) {
  for (double count : {-1.0, kNaN, kInf}) {
    PoissonGlmInput input = SmallInput();
    input.counts[3] = count;
    ExpectInvalid(input, "counts[3]");
  }
  PoissonGlmInput offset = SmallInput();
  offset.offset[1] = kNaN;
  ExpectInvalid(offset, "offset[1]");
  PoissonGlmInput design = SmallInput();
  design.design[5] = kInf;  // row 2, column x
  ExpectInvalid(design, "design row 2, design column 1 (x)");
}

TEST(FitPoissonGlmInputTest, RejectsFewerRowsThanColumns) {
  PoissonGlmInput input;
  input.rows = 2;
  input.columns = 3;
  input.design = {1, 0, 5, 1, 1, 7};
  input.counts = {4, 6};
  ExpectInvalid(input, "fewer rows (2) than columns (3)");
}

TEST(FitPoissonGlmInputTest, RejectsDuplicatedColumnNamingIt) {
  PoissonGlmInput input = SmallInput();
  input.columns = 3;
  input.column_names = {"intercept", "x", "x_again"};
  input.design.clear();
  for (double x : {0.0, 1.0, 2.0, 3.0, 4.0}) input.design.insert(input.design.end(), {1, x, x});
  ExpectInvalid(input, "design column 2 (x_again)");
  // A scaled copy and a combination of earlier columns are just as aliased.
  input.design.clear();
  for (double x : {0.0, 1.0, 2.0, 3.0, 4.0}) input.design.insert(input.design.end(), {1, x, 2000 + 3 * x});
  ExpectInvalid(input, "design column 2 (x_again)");
  // Without names the message gives the index.
  input.column_names.clear();
  ExpectInvalid(input, "design column 2 is a linear combination");
}

TEST(FitPoissonGlmInputTest, RejectsZeroColumn) {
  PoissonGlmInput input = SmallInput();
  for (size_t i = 0; i < input.rows; ++i) input.design[i * 2 + 1] = 0;
  ExpectInvalid(input, "design column 1 (x) is all zeros");
}

TEST(FitPoissonGlmInputTest, RejectsBadOptions) {
  PoissonGlmOptions no_iterations;
  no_iterations.max_iterations = 0;
  ExpectInvalid(SmallInput(), "max_iterations", no_iterations);
  for (double tolerance : {0.0, -1e-8, kNaN, kInf}) {
    PoissonGlmOptions options;
    options.tolerance = tolerance;
    ExpectInvalid(SmallInput(), "tolerance", options);
  }
}

TEST(FitPoissonGlmInputTest, ReportsNonConvergenceAsInternal) {
  PoissonGlmOptions options;
  options.max_iterations = 1;
  auto fit = FitPoissonGlm(SmallInput(), options);
  ASSERT_FALSE(fit.has_value());
  EXPECT_EQ(fit.error().code(), core::ErrorCode::kInternal);
  EXPECT_NE(fit.error().message().find("did not converge"), std::string::npos);
}

TEST(FitPoissonGlmInputTest, SaturatedModelHasDispersionOne) {
  PoissonGlmInput input = SmallInput();
  input.rows = 2;
  input.design.resize(4);
  input.counts.resize(2);
  input.offset.resize(2);
  auto fit = FitPoissonGlm(input);
  ASSERT_TRUE(fit.has_value()) << fit.error().ToString();
  EXPECT_EQ(fit->df_residual, 0);
  EXPECT_EQ(fit->dispersion, 1.0);
  EXPECT_EQ(fit->QuasiStandardError(1), fit->ModelStandardError(1));
}

TEST(ClusterRobustCovarianceTest, RejectsMismatchedInputs) {
  const PoissonGlmInput input = SmallInput();
  auto fit = FitPoissonGlm(input);
  ASSERT_TRUE(fit.has_value()) << fit.error().ToString();

  auto short_clusters = ClusterRobustCovariance(input, *fit, {0, 0, 1, 1});
  ASSERT_FALSE(short_clusters.has_value());
  EXPECT_EQ(short_clusters.error().code(), core::ErrorCode::kInvalidArgument);
  EXPECT_NE(short_clusters.error().message().find("clusters"), std::string::npos);

  auto one_cluster = ClusterRobustCovariance(input, *fit, {7, 7, 7, 7, 7});
  ASSERT_FALSE(one_cluster.has_value());
  EXPECT_NE(one_cluster.error().message().find("at least 2"), std::string::npos);

  PoissonGlmFit other = *fit;
  other.fitted.pop_back();
  auto wrong_fit = ClusterRobustCovariance(input, other, {0, 0, 1, 1, 2});
  ASSERT_FALSE(wrong_fit.has_value());
  EXPECT_NE(wrong_fit.error().message().find("fit does not belong"), std::string::npos);
}

TEST(ClusterRobustCovarianceTest, ClusterIdsNeedNotBeContiguous) {
  const PoissonGlmInput input = SmallInput();
  auto fit = FitPoissonGlm(input);
  ASSERT_TRUE(fit.has_value());
  auto dense = ClusterRobustCovariance(input, *fit, {0, 0, 1, 1, 2});
  auto sparse = ClusterRobustCovariance(input, *fit, {-40, -40, 9, 9, 1000});
  ASSERT_TRUE(dense.has_value() && sparse.has_value());
  EXPECT_EQ(*dense, *sparse);
  EXPECT_EQ(dense->size(), 4u);
}

}  // namespace
}  // namespace polyfon::stats
