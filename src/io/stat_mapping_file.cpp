// Mapping files for statistics tables: a few lines saying what a table's dimensions and codes are.
// Spec: docs/formats/json_stat.md#mapping-file.

#include "io/stat_mapping_file.hpp"

#include <array>
#include <optional>

#include "io/json_errors.hpp"
#include "io/problem_list.hpp"
#include "io/text_check.hpp"

namespace polyfon::io {

namespace {

struct Token {
  std::string text;
  bool equals = false;  // the '=' between a rule's subject and its meaning
};

// Splits a line into words, '=' and "quoted strings" ("" inside is a quote). A '#' that starts a
// word starts a comment, so codes such as "A#1" need no quotes. Returns the reason on a bad quote.
std::optional<std::string> Tokenize(std::string_view line, std::vector<Token>& tokens) {
  size_t i = 0;
  while (i < line.size()) {
    const char c = line[i];
    if (c == ' ' || c == '\t') {
      ++i;
    } else if (c == '#') {
      break;
    } else if (c == '=') {
      tokens.push_back({"=", true});
      ++i;
    } else if (c == '"') {
      std::string text;
      for (++i;; ++i) {
        if (i >= line.size()) return "a quote is not closed";
        if (line[i] == '"') {
          if (i + 1 < line.size() && line[i + 1] == '"') {
            text += '"';
            ++i;
            continue;
          }
          ++i;
          break;
        }
        text += line[i];
      }
      tokens.push_back({std::move(text), false});
    } else {
      const size_t start = i;
      while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '=' && line[i] != '"') ++i;
      tokens.push_back({std::string(line.substr(start, i - start)), false});
    }
  }
  return std::nullopt;
}

constexpr std::array<std::pair<std::string_view, StatRole>, 6> kRoleNames{{
    {"orgunit", StatRole::kOrgUnit},
    {"period", StatRole::kPeriod},
    {"element", StatRole::kElement},
    {"combo", StatRole::kCombo},
    {"attribute", StatRole::kAttribute},
    {"keep", StatRole::kKeep},
}};

std::optional<StatRole> RoleNamed(std::string_view name) {
  for (const auto& [n, role] : kRoleNames) {
    if (n == name) return role;
  }
  return std::nullopt;
}

std::string_view RoleName(StatRole role) {
  for (const auto& [name, r] : kRoleNames) {
    if (r == role) return name;
  }
  return "";
}

class MappingReader {
 public:
  MappingReader(std::string_view file_name, ProblemList& problems) : problems_(problems) {
    mapping_.file_name = std::string(file_name);
  }

  void Line(int64_t line, const std::vector<Token>& tokens);
  StatMapping Take() { return std::move(mapping_); }

 private:
  void Dimension(int64_t line, const std::string& dimension, const std::vector<Token>& meaning);
  void Fixed(int64_t line, const std::string& what, StatMapping::Fixed& fixed, const std::string& code);
  void Code(int64_t line, const std::string& dimension, const std::string& source, const std::string& target);

  ProblemList& problems_;
  StatMapping mapping_;
};

void MappingReader::Line(int64_t line, const std::vector<Token>& tokens) {
  constexpr std::string_view kForms =
      "expected 'dimension NAME = ROLE', 'code DIMENSION CODE = TARGET', 'orgunit = CODE', 'period = PERIOD' or "
      "'element = CODE'";
  size_t equals = tokens.size();
  size_t count = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].equals) {
      ++count;
      if (equals == tokens.size()) equals = i;
    }
  }
  if (count != 1 || equals == 0) {
    problems_.AddLine(line, std::string(count == 0  ? "no '='"
                                        : count > 1 ? "more than one '='"
                                                    : "nothing before '='") +
                                "; " + std::string(kForms));
    return;
  }
  const std::string& keyword = tokens[0].text;
  const std::vector<Token> subject(tokens.begin() + 1, tokens.begin() + static_cast<std::ptrdiff_t>(equals));
  const std::vector<Token> meaning(tokens.begin() + static_cast<std::ptrdiff_t>(equals) + 1, tokens.end());
  const bool one_meaning = meaning.size() == 1;
  if (keyword == "dimension" && subject.size() == 1 && !meaning.empty()) {
    Dimension(line, subject[0].text, meaning);
  } else if (keyword == "code" && subject.size() == 2 && one_meaning) {
    Code(line, subject[0].text, subject[1].text, meaning[0].text);
  } else if (keyword == "orgunit" && subject.empty() && one_meaning) {
    Fixed(line, keyword, mapping_.org_unit, meaning[0].text);
  } else if (keyword == "period" && subject.empty() && one_meaning) {
    Fixed(line, keyword, mapping_.period, meaning[0].text);
  } else if (keyword == "element" && subject.empty() && one_meaning) {
    Fixed(line, keyword, mapping_.element, meaning[0].text);
  } else {
    problems_.AddLine(
        line, "not a rule; " + std::string(kForms) + " (quote names and codes with spaces: \"marital status\")");
  }
}

void MappingReader::Dimension(int64_t line, const std::string& dimension, const std::vector<Token>& meaning) {
  const std::optional<StatRole> role = RoleNamed(meaning[0].text);
  if (!role) {
    problems_.AddLine(line, "unknown role '" + meaning[0].text +
                                "' (expected orgunit, period, element, combo, attribute or keep CATEGORY)");
    return;
  }
  if ((*role == StatRole::kKeep) != (meaning.size() == 2)) {
    problems_.AddLine(line, *role == StatRole::kKeep
                                ? "keep needs the category kept: 'dimension " + dimension + " = keep CODE'"
                                : "one role after '=': '" + meaning[0].text + "'");
    return;
  }
  const std::string keep = meaning.size() == 2 ? meaning[1].text : "";
  for (const StatMapping::DimensionRule& rule : mapping_.dimensions) {
    // A dimension may have a role and a kept category, each once.
    if (rule.dimension == dimension && (rule.role == StatRole::kKeep) == (*role == StatRole::kKeep)) {
      if (rule.role != *role || rule.keep != keep) {
        problems_.AddLine(line,
                          "dimension " + dimension + " is given another meaning on line " + std::to_string(rule.line));
      }
      return;
    }
    // A cell has one org unit, one period and one data element.
    const bool single = *role == StatRole::kOrgUnit || *role == StatRole::kPeriod || *role == StatRole::kElement;
    if (single && rule.role == *role) {
      problems_.AddLine(line, "dimension " + rule.dimension + " is the " + std::string(RoleName(*role)) +
                                  " already (line " + std::to_string(rule.line) + ")");
      return;
    }
  }
  mapping_.dimensions.push_back({dimension, *role, keep, line});
}

void MappingReader::Fixed(int64_t line, const std::string& what, StatMapping::Fixed& fixed, const std::string& code) {
  if (code.empty()) {
    problems_.AddLine(line, what + " is empty");
  } else if (!fixed.code.empty() && fixed.code != code) {
    problems_.AddLine(line, what + " is given as '" + fixed.code + "' on line " + std::to_string(fixed.line));
  } else if (fixed.code.empty()) {
    fixed = {code, line};
  }
}

void MappingReader::Code(int64_t line, const std::string& dimension, const std::string& source,
                         const std::string& target) {
  if (target.empty()) {
    problems_.AddLine(line, "the target of " + dimension + " " + source + " is empty");
    return;
  }
  const auto [it, added] = mapping_.codes.try_emplace({dimension, source}, StatMapping::Target{target, line});
  if (!added && it->second.code != target) {
    problems_.AddLine(line, dimension + " " + source + " is mapped to '" + it->second.code + "' on line " +
                                std::to_string(it->second.line));
  }
}

}  // namespace

core::Result<StatMapping> ParseStatMapping(std::string_view file_name, std::string_view content) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (content.starts_with(kBom)) content.remove_prefix(kBom.size());
  if (const size_t bad = FindInvalidText(content); bad != std::string_view::npos) {
    return core::Status::InvalidArgument(std::string(file_name) + ":" + LineColumn(content, bad) +
                                         ": not a text file (binary data or invalid UTF-8; save it as UTF-8)");
  }
  ProblemList problems(file_name);
  MappingReader reader(file_name, problems);
  int64_t line = 0;
  for (size_t start = 0; start < content.size();) {
    size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view text = content.substr(start, end - start);
    if (text.ends_with('\r')) text.remove_suffix(1);
    start = end + 1;
    ++line;
    std::vector<Token> tokens;
    if (const auto error = Tokenize(text, tokens)) {
      problems.AddLine(line, *error);
    } else if (!tokens.empty()) {
      reader.Line(line, tokens);
    }
  }
  if (!problems.empty()) return problems.ToStatus();
  return reader.Take();
}

}  // namespace polyfon::io
