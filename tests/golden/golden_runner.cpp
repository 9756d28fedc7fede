// Runs the data-driven golden tests: every tests/golden/<area>/*.test file against the real
// `polyfon` executable with a fresh database. Format (see tests/golden/README.md):
//   # name / # description      comments
//   load demo                   run `polyfon demo` (must succeed; output ignored)
//   run ARGS                    run `polyfon --db DB ARGS`; expect exit 0 and stdout == block
//   error ARGS                  expect the exit code and stderr in the block, and an unchanged database
//   ----                        starts the expected block, which ends at a blank line or end of file
// {DATA} in ARGS stands for tests/golden/data. POLYFON_GOLDEN_REWRITE=1 rewrites expected blocks.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Block {
  std::string kind;  // "load", "run", "error"
  std::string args;
  int line = 0;
  std::string expected;
  bool has_expected = false;
};

struct Outcome {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  for (size_t pos = 0; (pos = text.find(from, pos)) != std::string::npos; pos += to.size()) text.replace(pos, from.size(), to);
  return text;
}

std::vector<Block> ParseTestFile(const std::string& text, std::vector<std::string>& header) {
  std::vector<Block> blocks;
  std::istringstream in(text);
  std::string line;
  int number = 0;
  bool in_expected = false;
  while (std::getline(in, line)) {
    ++number;
    if (in_expected) {
      if (line.empty()) {
        in_expected = false;
      } else {
        blocks.back().expected += line + "\n";
      }
      continue;
    }
    if (line == "----") {
      if (blocks.empty()) ADD_FAILURE() << "line " << number << ": ---- without a command";
      else blocks.back().has_expected = in_expected = true;
      continue;
    }
    if (line.empty()) continue;
    if (line[0] == '#') {
      if (blocks.empty()) header.push_back(line);
      continue;
    }
    const size_t space = line.find(' ');
    Block block{line.substr(0, space), space == std::string::npos ? "" : line.substr(space + 1), number, "", false};
    if (block.kind != "load" && block.kind != "run" && block.kind != "error") {
      ADD_FAILURE() << "line " << number << ": unknown directive '" << block.kind << "'";
      continue;
    }
    blocks.push_back(block);
  }
  return blocks;
}

Outcome RunShell(const std::string& command, const fs::path& scratch) {
  const fs::path out = scratch / "stdout";
  const fs::path err = scratch / "stderr";
  const std::string full = command + " >'" + out.string() + "' 2>'" + err.string() + "'";
  const int status = std::system(full.c_str());
  Outcome outcome;
  outcome.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  outcome.out = ReadAll(out);
  outcome.err = ReadAll(err);
  return outcome;
}

// A dump of every row, to prove a failed command wrote nothing.
std::string DumpDatabase(const fs::path& db, const fs::path& scratch) {
  if (!fs::exists(db)) return "(no database)";
  return RunShell("sqlite3 '" + db.string() + "' .dump", scratch).out;
}

std::vector<std::string> TestFiles() {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(POLYFON_GOLDEN_DIR)) {
    if (entry.path().extension() == ".test") files.push_back(fs::relative(entry.path(), POLYFON_GOLDEN_DIR).string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

class GoldenTest : public testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, MatchesExpectedOutput) {
  const fs::path file = fs::path(POLYFON_GOLDEN_DIR) / GetParam();
  const std::string text = ReadAll(file);
  std::vector<std::string> header;
  std::vector<Block> blocks = ParseTestFile(text, header);
  ASSERT_FALSE(blocks.empty()) << file << " has no commands";

  char scratch_template[] = "/tmp/polyfon-golden-XXXXXX";
  ASSERT_NE(mkdtemp(scratch_template), nullptr);
  const fs::path scratch = scratch_template;
  const fs::path db = scratch / "test.db";
  const std::string polyfon = std::string("'") + POLYFON_EXECUTABLE + "' --db '" + db.string() + "' ";
  const bool rewrite = std::getenv("POLYFON_GOLDEN_REWRITE") != nullptr;

  for (Block& block : blocks) {
    const std::string args = Replace(block.args, "{DATA}", std::string(POLYFON_GOLDEN_DIR) + "/data");
    SCOPED_TRACE(GetParam() + ":" + std::to_string(block.line) + ": " + block.kind + " " + block.args);
    if (block.kind == "load") {
      const Outcome outcome = RunShell(polyfon + args, scratch);
      ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
      continue;
    }
    const std::string before = block.kind == "error" ? DumpDatabase(db, scratch) : "";
    const Outcome outcome = RunShell(polyfon + args, scratch);
    std::string actual;
    if (block.kind == "run") {
      EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
      actual = outcome.out;
    } else {
      EXPECT_NE(outcome.exit_code, 0);
      actual = "exit " + std::to_string(outcome.exit_code) + "\n" + outcome.err;
      EXPECT_EQ(DumpDatabase(db, scratch), before) << "a failed command changed the database";
    }
    // Paths differ between machines and runs; the expected text names them by placeholder.
    actual = Replace(actual, scratch.string(), "{SCRATCH}");
    actual = Replace(actual, std::string(POLYFON_GOLDEN_DIR) + "/data", "{DATA}");
    // Blank lines end a block, so they cannot be part of expected output.
    actual = Replace(actual, "\n\n", "\n");
    if (rewrite) {
      block.expected = actual;
      block.has_expected = true;
    } else {
      EXPECT_TRUE(block.has_expected) << "no expected block";
      EXPECT_EQ(actual, block.expected);
    }
  }

  if (rewrite) {
    std::ofstream out(file, std::ios::binary);
    for (const std::string& line : header) out << line << "\n";
    for (const Block& block : blocks) {
      out << "\n" << block.kind << (block.args.empty() ? "" : " " + block.args) << "\n";
      if (block.kind != "load") out << "----\n" << block.expected;
    }
  }
  fs::remove_all(scratch);
}

INSTANTIATE_TEST_SUITE_P(Golden, GoldenTest, testing::ValuesIn(TestFiles()),
                         [](const testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param.substr(0, info.param.size() - 5);
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
