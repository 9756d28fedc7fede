#pragma once

// The validation-rules fuzz target shares the import fuzzer's entry point: FUZZ_FORMAT "rules"
// feeds the input to the rules parser and, when it parses, evaluates every rule's expressions.
#include <cstring>
#include <string_view>

#include "core/catalog.hpp"
#include "io/validation_rules_parser.hpp"

namespace polyfon::fuzz {

inline bool IsRulesTarget() { return std::strcmp(FUZZ_FORMAT, "rules") == 0; }

inline void FuzzRules(std::string_view content, const core::CatalogIndex& index) {
  auto rules = io::ParseValidationRules("fuzz", content, index);
  if (!rules) return;
  for (const core::ValidationRule& rule : *rules) {
    auto resolve = [](const core::Operand& operand) -> std::optional<double> {
      if (operand.combo == "IBBE20") return std::nullopt;
      return static_cast<double>(operand.element.size());
    };
    (void)rule.left.Evaluate(resolve, false);
    (void)rule.right.Evaluate(resolve, true);
  }
}

}  // namespace polyfon::fuzz
