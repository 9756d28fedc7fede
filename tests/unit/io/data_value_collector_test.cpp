#include "io/data_value_collector.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace polyfon::io {
namespace {

core::DataValue Value(int org_unit, int period, double value) {
  core::DataValue v;
  v.element = "mt_patients";
  v.period = std::to_string(2000 + period);
  v.org_unit = "OU" + std::to_string(org_unit);
  v.value = value;
  return v;
}

// Enough values to make the key table grow several times without a Reserve.
TEST(DataValueCollectorTest, KeepsOneValuePerKeyWhileGrowing) {
  std::vector<core::DataValue> values;
  ProblemList problems("f.csv");
  DataValueCollector collector(values, problems);
  int64_t line = 1;
  for (int round = 0; round < 2; ++round) {  // the second round repeats every key, identically
    for (int ou = 0; ou < 100; ++ou) {
      for (int pe = 0; pe < 50; ++pe) collector.Add(Value(ou, pe, ou * pe), ++line, 5, "value");
    }
  }
  EXPECT_TRUE(problems.empty()) << problems.ToStatus().message();
  ASSERT_EQ(values.size(), 5000u);
  EXPECT_EQ(values[4999].org_unit, "OU99");

  collector.Add(Value(3, 4, 13), 20000, 5, "value");
  core::DataValue other_combo = Value(3, 4, 13);
  other_combo.combo = "IBBE10";
  collector.Add(std::move(other_combo), 20001, 5, "value");
  EXPECT_EQ(values.size(), 5001u);
  EXPECT_EQ(problems.ToStatus().message(),
            "f.csv:20000: column 6 (value): 13 conflicts with 12 on line 156 for the same data element, period, org "
            "unit and combos");
}

TEST(ProblemListTest, CountsProblemsBeyondTenInLineOrder) {
  ProblemList problems("f.csv");
  for (int line = 12; line >= 2; --line) problems.AddLine(line, "bad");
  problems.AddFile("whole file");
  EXPECT_EQ(problems.size(), 12u);
  EXPECT_EQ(problems.ToStatus().message(),
            "f.csv: whole file\nf.csv:2: bad\nf.csv:3: bad\nf.csv:4: bad\nf.csv:5: bad\nf.csv:6: bad\nf.csv:7: bad\n"
            "f.csv:8: bad\nf.csv:9: bad\nf.csv:10: bad\n... and 2 more problems");
  ProblemList eleven("g.csv");
  for (int line = 1; line <= 11; ++line) eleven.AddLine(line, "bad");
  EXPECT_TRUE(eleven.ToStatus().message().ends_with("g.csv:10: bad\n... and 1 more problem"));
  EXPECT_EQ(eleven.ToStatus().code(), core::ErrorCode::kInvalidArgument);
  EXPECT_TRUE(ProblemList("h.csv").ToStatus().ok());
}

}  // namespace
}  // namespace polyfon::io

namespace polyfon::io {
namespace {

TEST(ProblemListTest, SortsLocatedProblemsByPosition) {
  ProblemList problems("f.json");
  problems.AddAt(3, "dataValues[2].value", "bad");
  problems.AddAt(1, "dataValues[0].period", "bad");
  problems.AddAt(0, "colour", "unknown field");
  problems.AddAt(3, "dataValues[2].followup", "bad");
  EXPECT_EQ(problems.ToStatus().message(),
            "f.json: colour: unknown field\n"
            "f.json: dataValues[0].period: bad\n"
            "f.json: dataValues[2].value: bad\n"
            "f.json: dataValues[2].followup: bad");
}

TEST(DataValueCollectorTest, InsertReturnsTheConflictForTheCallerToReport) {
  std::vector<core::DataValue> values;
  DataValueCollector collector(values);
  core::DataValue value;
  value.element = "mt_patients";
  value.period = "2018";
  value.org_unit = "NO-HV";
  value.value = 456;
  EXPECT_FALSE(collector.Insert(core::DataValue(value), 0).has_value());
  EXPECT_FALSE(collector.Insert(core::DataValue(value), 1).has_value());  // identical: dropped
  value.value = 455;
  const auto conflict = collector.Insert(core::DataValue(value), 2);
  ASSERT_TRUE(conflict.has_value());
  EXPECT_EQ(conflict->value, 455);
  EXPECT_EQ(conflict->earlier, 456);
  EXPECT_EQ(conflict->earlier_position, 0);
  EXPECT_EQ(values.size(), 1u);
  EXPECT_EQ(ConflictMessage(*conflict, "in dataValues[0]"),
            "455 conflicts with 456 in dataValues[0] for the same data element, period, org unit and combos");
}

}  // namespace
}  // namespace polyfon::io
