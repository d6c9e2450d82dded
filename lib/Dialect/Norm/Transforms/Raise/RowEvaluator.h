//===- RowEvaluator.h - A RowExpr's value on sample rows --------*- C++ -*-===//
//
// What the recognizers of --norm-raise check numbers with: the float64
// value of a RowExpr on one row of sample data (a vector over the
// normalized elements, or one number for a value constant over the row),
// a deterministic stream of sample numbers, and the closeness test.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_DIALECT_NORM_TRANSFORMS_RAISE_ROWEVALUATOR_H
#define NORM_LIB_DIALECT_NORM_TRANSFORMS_RAISE_ROWEVALUATOR_H

#include "RowExpr.h"

#include "llvm/ADT/SetVector.h"

#include <cmath>
#include <optional>
#include <vector>

namespace mlir::norm::raise {

using Row = std::vector<double>;

/// The float64 value of an expression on one row: a vector over the
/// normalized elements, or one number for a value constant over the row.
class RowEvaluator {
public:
  RowEvaluator(int64_t length, const RowExpr *input, const Row &inputRow,
               const llvm::DenseMap<const RowExpr *, Row> &parameters,
               const llvm::DenseMap<const RowExpr *, double> &sizes)
      : length(length), input(input), inputRow(inputRow),
        parameters(parameters), sizes(sizes) {}

  std::optional<Row> evaluate(const RowExpr *expr) {
    if (auto it = values.find(expr); it != values.end())
      return it->second;
    std::optional<Row> value = compute(expr);
    if (value)
      values[expr] = *value;
    return value;
  }

private:
  std::optional<Row> compute(const RowExpr *expr) {
    if (expr == input)
      return inputRow;
    switch (expr->kind) {
    case RowExprKind::Constant:
      return Row{exactCount(expr->number)};
    case RowExprKind::Size:
      if (auto it = sizes.find(expr); it != sizes.end())
        return Row{it->second};
      return std::nullopt;
    case RowExprKind::Leaf:
      if (auto it = parameters.find(expr); it != parameters.end())
        return it->second;
      return std::nullopt;
    case RowExprKind::Round:
      return evaluate(expr->operands[0]);
    case RowExprKind::Pow: {
      std::optional<Row> base = evaluate(expr->operands[0]);
      if (!base)
        return std::nullopt;
      for (double &element : *base)
        element = std::pow(element, expr->number);
      return base;
    }
    case RowExprKind::Sum: {
      std::optional<Row> term = evaluate(expr->operands[0]);
      if (!term)
        return std::nullopt;
      double total = 0.0;
      for (double element : *term)
        total += element;
      if (term->size() == 1)
        total *= static_cast<double>(length);
      return Row{total};
    }
    case RowExprKind::Add:
    case RowExprKind::Mul: {
      std::optional<Row> lhs = evaluate(expr->operands[0]);
      std::optional<Row> rhs = evaluate(expr->operands[1]);
      if (!lhs || !rhs)
        return std::nullopt;
      if (lhs->size() < rhs->size())
        std::swap(lhs, rhs);
      bool isAdd = expr->kind == RowExprKind::Add;
      for (size_t i = 0; i < lhs->size(); ++i) {
        double other = (*rhs)[rhs->size() == 1 ? 0 : i];
        (*lhs)[i] = isAdd ? (*lhs)[i] + other : (*lhs)[i] * other;
      }
      return lhs;
    }
    case RowExprKind::Opaque:
      return std::nullopt;
    }
    return std::nullopt;
  }

  /// A constant within 1e-6 of 1/N, N or N - 1 is taken as exactly that:
  /// frontends round 1/N to f32.
  double exactCount(double number) const {
    double n = static_cast<double>(length);
    for (double count : {n, n - 1.0})
      if (count > 0.0) {
        if (std::abs(number * count - 1.0) <= 1e-6)
          return 1.0 / count;
        if (std::abs(number - count) <= 1e-6 * count)
          return count;
      }
    return number;
  }

  int64_t length;
  const RowExpr *input;
  const Row &inputRow;
  const llvm::DenseMap<const RowExpr *, Row> &parameters;
  const llvm::DenseMap<const RowExpr *, double> &sizes;
  llvm::DenseMap<const RowExpr *, Row> values;
};

/// A deterministic stream of standard normal numbers.
class Normal {
public:
  double next() {
    auto uniform = [this] {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      return (static_cast<double>(state >> 11) + 0.5) / 9007199254740992.0;
    };
    double u = uniform(), v = uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * v);
  }

private:
  uint64_t state = 0x2545F4914F6CDD1DULL;
};

inline bool isClose(const Row &actual, const Row &expected) {
  double scale = 0.0;
  for (double v : expected)
    scale = std::max(scale, std::abs(v));
  for (size_t i = 0; i < expected.size(); ++i) {
    double v = actual[actual.size() == 1 ? 0 : i];
    if (!(std::abs(v - expected[i]) <= 1e-6 * scale))
      return false;
  }
  return true;
}

/// Every node of `expr` once, operands before users.
inline void postOrder(const RowExpr *expr,
                      llvm::SetVector<const RowExpr *> &nodes) {
  if (nodes.contains(expr))
    return;
  for (const RowExpr *operand : expr->operands)
    postOrder(operand, nodes);
  nodes.insert(expr);
}

} // namespace mlir::norm::raise

#endif // NORM_LIB_DIALECT_NORM_TRANSFORMS_RAISE_ROWEVALUATOR_H
