#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"

namespace polyfon::core {

// A reference to recorded data in an expression: `#{element}` is the element's total (combo
// "default"), `#{element.combo}` one disaggregation. Inside `children(...)` it means the sum over
// the unit's children instead of the unit itself (`children(x, health_region)`: only its children of
// that kind, since a nation has both health regions and counties below it).
struct Operand {
  std::string element;
  std::string combo = "default";
  bool children = false;
  std::string children_kind;  // with children: only children of this org unit kind; empty = all

  bool operator==(const Operand&) const = default;
};

// Looks up an operand for the unit and period being checked; nullopt when nothing is recorded.
using OperandResolver = std::function<std::optional<double>(const Operand&)>;

// An arithmetic expression over data, as validation rules are written (after DHIS2's syntax):
// numbers, `#{element}` and `#{element.combo}`, + - * / with the usual precedence, unary minus,
// parentheses, and the functions children(x [, kind]), min(a, b, ...) and max(a, b, ...).
//   #{mt_patients.IBBE10} + #{mt_patients.IBBE20}
//   children(#{population})
// Immutable once parsed; cheap to copy (the tree is shared).
class Expression {
 public:
  struct Node;

  // The constant 0.
  Expression();

  // Fails with kInvalidArgument naming the column (1-based) and what was expected there.
  static Result<Expression> Parse(std::string_view text);

  // The value, or nullopt when an operand is missing and `missing_as_zero` is false. Division by
  // zero gives nullopt (no value can be checked against it).
  std::optional<double> Evaluate(const OperandResolver& resolve, bool missing_as_zero) const;

  // Every data reference, in order of appearance (repeats kept once).
  const std::vector<Operand>& operands() const { return operands_; }
  const std::string& text() const { return text_; }

 private:
  Expression(std::string text, std::shared_ptr<const Node> root, std::vector<Operand> operands)
      : text_(std::move(text)), root_(std::move(root)), operands_(std::move(operands)) {}

  std::string text_;
  std::shared_ptr<const Node> root_;
  std::vector<Operand> operands_;
};

}  // namespace polyfon::core
