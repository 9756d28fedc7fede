#include "core/expression.hpp"

#include "core/org_unit.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace polyfon::core {

struct Expression::Node {
  enum class Kind { kNumber, kOperand, kNegate, kAdd, kSubtract, kMultiply, kDivide, kMin, kMax };
  Kind kind = Kind::kNumber;
  double number = 0;
  Operand operand;
  std::vector<std::shared_ptr<const Node>> args;
};

namespace {

using Node = Expression::Node;
using NodePtr = std::shared_ptr<const Node>;

// Recursive descent over: sum := product (('+'|'-') product)*; product := unary (('*'|'/') unary)*;
// unary := '-' unary | primary; primary := number | #{..} | name '(' args ')' | '(' sum ')'.
class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  Result<NodePtr> ParseAll() {
    auto node = Sum(false);
    if (!node) return node;
    SkipSpace();
    if (pos_ < text_.size()) return Fail("unexpected '" + std::string(1, text_[pos_]) + "'");
    for (const Node* operand_node : operand_nodes_) {
      if (std::find(operands.begin(), operands.end(), operand_node->operand) == operands.end()) {
        operands.push_back(operand_node->operand);
      }
    }
    return node;
  }

  std::vector<Operand> operands;  // filled by ParseAll

 private:
  Status Fail(const std::string& what) const {
    return Status::InvalidArgument("expression \"" + std::string(text_) + "\", column " + std::to_string(pos_ + 1) +
                                   ": " + what);
  }
  void SkipSpace() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }
  bool Eat(char c) {
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  static NodePtr Make(Node::Kind kind, std::vector<NodePtr> args) {
    auto node = std::make_shared<Node>();
    node->kind = kind;
    node->args = std::move(args);
    return node;
  }

  Result<NodePtr> Sum(bool in_children) {
    auto left = Product(in_children);
    if (!left) return left;
    NodePtr node = *left;
    for (;;) {
      Node::Kind kind;
      if (Eat('+')) kind = Node::Kind::kAdd;
      else if (Eat('-')) kind = Node::Kind::kSubtract;
      else return node;
      auto right = Product(in_children);
      if (!right) return right;
      node = Make(kind, {node, *right});
    }
  }

  Result<NodePtr> Product(bool in_children) {
    auto left = Unary(in_children);
    if (!left) return left;
    NodePtr node = *left;
    for (;;) {
      Node::Kind kind;
      if (Eat('*')) kind = Node::Kind::kMultiply;
      else if (Eat('/')) kind = Node::Kind::kDivide;
      else return node;
      auto right = Unary(in_children);
      if (!right) return right;
      node = Make(kind, {node, *right});
    }
  }

  Result<NodePtr> Unary(bool in_children) {
    int minus = 0;  // a run of signs is counted, not recursed into
    while (Eat('-')) ++minus;
    auto inner = Primary(in_children);
    if (!inner || minus % 2 == 0) return inner;
    return Make(Node::Kind::kNegate, {*inner});
  }

  Result<NodePtr> Primary(bool in_children) {
    // Nesting is bounded so that a hostile rules file cannot overflow the stack.
    if (++depth_ > kMaxDepth) return Fail("nested more than " + std::to_string(kMaxDepth) + " levels deep");
    struct Leave {
      int& depth;
      ~Leave() { --depth; }
    } leave{depth_};
    SkipSpace();
    if (pos_ >= text_.size()) return Fail("expected a number, #{element}, a function or '('");
    const char c = text_[pos_];
    if (c == '(') {
      ++pos_;
      auto inner = Sum(in_children);
      if (!inner) return inner;
      if (!Eat(')')) return Fail("expected ')'");
      return inner;
    }
    if (c == '#') return Reference(in_children);
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') return Number();
    if (std::isalpha(static_cast<unsigned char>(c))) return Function(in_children);
    return Fail("expected a number, #{element}, a function or '(' but found '" + std::string(1, c) + "'");
  }

  Result<NodePtr> Number() {
    double value = 0;
    const char* begin = text_.data() + pos_;
    auto [end, error] = std::from_chars(begin, text_.data() + text_.size(), value);
    if (error != std::errc() || !std::isfinite(value)) return Fail("not a number");
    pos_ += static_cast<size_t>(end - begin);
    auto node = std::make_shared<Node>();
    node->number = value;
    return NodePtr(node);
  }

  Result<NodePtr> Reference(bool in_children) {
    if (text_.substr(pos_, 2) != "#{") return Fail("expected '#{' to start a data reference");
    const size_t close = text_.find('}', pos_);
    if (close == std::string_view::npos) return Fail("'#{' without a closing '}'");
    const std::string_view inside = text_.substr(pos_ + 2, close - pos_ - 2);
    Operand operand;
    const size_t dot = inside.find('.');
    operand.element = std::string(inside.substr(0, dot));
    if (dot != std::string_view::npos) operand.combo = std::string(inside.substr(dot + 1));
    operand.children = in_children;
    if (operand.element.empty() || operand.combo.empty()) return Fail("empty element or combo in #{...}");
    pos_ = close + 1;
    auto node = std::make_shared<Node>();
    node->kind = Node::Kind::kOperand;
    node->operand = std::move(operand);
    operand_nodes_.push_back(node.get());  // children(..., kind) sets the kind once it is read
    return NodePtr(node);
  }

  Result<NodePtr> Function(bool in_children) {
    const size_t start = pos_;
    while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_')) ++pos_;
    const std::string name(text_.substr(start, pos_ - start));
    if (name != "children" && name != "min" && name != "max") {
      pos_ = start;
      return Fail("unknown function '" + name + "' (known: children, min, max)");
    }
    if (name == "children" && in_children) {
      pos_ = start;
      return Fail("children() inside children()");
    }
    if (!Eat('(')) return Fail("expected '(' after " + name);
    if (name == "children") {
      const size_t first = operand_nodes_.size();
      auto inner = Sum(true);
      if (!inner) return inner;
      if (Eat(',')) {
        SkipSpace();
        const size_t kind_start = pos_;
        while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_')) ++pos_;
        const std::string kind(text_.substr(kind_start, pos_ - kind_start));
        if (!ParseOrgUnitKind(kind)) {
          pos_ = kind_start;
          return Fail("unknown org unit kind '" + kind + "'");
        }
        for (size_t i = first; i < operand_nodes_.size(); ++i) operand_nodes_[i]->operand.children_kind = kind;
      }
      if (!Eat(')')) return Fail("expected ')'");
      return inner;  // the operands below were marked as children's sums
    }
    std::vector<NodePtr> args;
    do {
      auto arg = Sum(in_children);
      if (!arg) return arg;
      args.push_back(*arg);
    } while (Eat(','));
    if (!Eat(')')) return Fail("expected ',' or ')'");
    return Make(name == "min" ? Node::Kind::kMin : Node::Kind::kMax, std::move(args));
  }

  static constexpr int kMaxDepth = 64;
  std::vector<Node*> operand_nodes_;  // owned by the tree being built
  std::string_view text_;
  size_t pos_ = 0;
  int depth_ = 0;
};

std::optional<double> Eval(const Node& node, const OperandResolver& resolve, bool missing_as_zero) {
  switch (node.kind) {
    case Node::Kind::kNumber:
      return node.number;
    case Node::Kind::kOperand: {
      std::optional<double> value = resolve(node.operand);
      if (!value && missing_as_zero) return 0.0;
      return value;
    }
    default:
      break;
  }
  std::vector<double> args;
  for (const NodePtr& arg : node.args) {
    std::optional<double> value = Eval(*arg, resolve, missing_as_zero);
    if (!value) return std::nullopt;
    args.push_back(*value);
  }
  switch (node.kind) {
    case Node::Kind::kNegate: return -args[0];
    case Node::Kind::kAdd: return args[0] + args[1];
    case Node::Kind::kSubtract: return args[0] - args[1];
    case Node::Kind::kMultiply: return args[0] * args[1];
    case Node::Kind::kDivide:
      if (args[1] == 0) return std::nullopt;
      return args[0] / args[1];
    case Node::Kind::kMin: return *std::min_element(args.begin(), args.end());
    case Node::Kind::kMax: return *std::max_element(args.begin(), args.end());
    default: return std::nullopt;
  }
}

}  // namespace

Expression::Expression() : text_("0"), root_(std::make_shared<Node>()) {}

Result<Expression> Expression::Parse(std::string_view text) {
  Parser parser(text);
  auto root = parser.ParseAll();
  if (!root) return root.error();
  return Expression(std::string(text), *root, std::move(parser.operands));
}

std::optional<double> Expression::Evaluate(const OperandResolver& resolve, bool missing_as_zero) const {
  return Eval(*root_, resolve, missing_as_zero);
}

}  // namespace polyfon::core
