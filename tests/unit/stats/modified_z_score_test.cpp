#include "stats/modified_z_score.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace polyfon::stats {
namespace {

struct Series {
  std::vector<double> values;
  std::vector<double> scores;  // R's
};

// Reads tests/data/stats/modified_z_score.csv (written by scripts/r/modified_z_score.R).
std::map<int, Series> ReadGolden() {
  const std::string path = std::string(POLYFON_TEST_DATA_DIR) + "/stats/modified_z_score.csv";
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::map<int, Series> out;
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "series,index,value,score");
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::vector<double> v;
    for (std::string field; std::getline(fields, field, ',');) v.push_back(std::stod(field));
    if (v.size() != 4u) continue;
    Series& series = out[static_cast<int>(v[0])];
    series.values.push_back(v[2]);
    series.scores.push_back(v[3]);
  }
  return out;
}

TEST(ModifiedZScoreTest, MatchesR) {
  const auto golden = ReadGolden();
  ASSERT_EQ(golden.size(), 6u);
  for (const auto& [id, series] : golden) {
    const std::vector<double> scores = ModifiedZScores(series.values);
    ASSERT_EQ(scores.size(), series.scores.size()) << "series " << id;
    for (size_t i = 0; i < scores.size(); ++i) {
      EXPECT_NEAR(scores[i], series.scores[i], 1e-12 * std::max(1.0, std::fabs(series.scores[i])))
          << "series " << id << ", value " << i + 1;
    }
  }
}

TEST(ModifiedZScoreTest, FlagsTheTypingErrorOnly) {
  const std::vector<double> positions{1.5, 18, 2.25, 2, 1.75, 2, 1.8};
  const std::vector<double> scores = ModifiedZScores(positions);
  for (size_t i = 0; i < scores.size(); ++i) EXPECT_EQ(std::fabs(scores[i]) > 3.5, i == 1) << i;
  EXPECT_TRUE(ModifiedZScores({}).empty());
}

}  // namespace
}  // namespace polyfon::stats
