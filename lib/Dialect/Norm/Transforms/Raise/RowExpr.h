//===- RowExpr.h - What an element of a tensor computes ---------*- C++ -*-===//
//
// --norm-raise recognizes a norm by the function it computes. RowExpr is
// that function: for one element of a candidate output (the "root"), an
// expression DAG over the element's index in the root's iteration space,
// built by looking through linalg ops (generic and named: their bodies and
// indexing maps), tensor reshapes, constants and casts. Reductions become
// Sum nodes whose loop variables are bound to the root dims the reduced
// value is broadcast over, so `x` inside `sum(x)` and `x` outside it are the
// same leaf.
//
// Widening casts are exact and vanish; roundings to f32 or wider vanish too
// (norm ops compute in f32); a rounding to a 16-bit type stays as a Round
// node, since folding across it would merge two roundings.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_DIALECT_NORM_TRANSFORMS_RAISE_ROWEXPR_H
#define NORM_LIB_DIALECT_NORM_TRANSFORMS_RAISE_ROWEXPR_H

#include "mlir/IR/AffineMap.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Allocator.h"

#include <cstdint>
#include <map>
#include <string>

namespace mlir::norm::raise {

/// A size known only at run time: dim `dim` of the tensor `value` (traced
/// through tensor.empty and destination-passing ops to the tensor it
/// measures), or the index `value` itself (dim -1).
struct RuntimeSize {
  Value value;
  int64_t dim = -1;
  bool operator==(const RuntimeSize &other) const {
    return value == other.value && dim == other.dim;
  }
};

/// The size of dim `dim` of `tensor`, traced to the tensor it measures.
RuntimeSize traceDim(Value tensor, int64_t dim);

enum class RowExprKind {
  /// A float number.
  Constant,
  /// An element of a tensor (`access` maps root dims to its indices) or a
  /// scalar defined outside every body (no access).
  Leaf,
  /// A run-time size converted to float.
  Size,
  Add,
  Mul,
  /// operands[0] raised to the constant `number`.
  Pow,
  /// The sum of operands[0] over the root dims `summedDims`.
  Sum,
  /// operands[0] rounded to a `bits`-wide float type.
  Round,
  /// Anything else (exp, max, select, ...): not evaluated.
  Opaque,
};

struct RowExpr {
  RowExprKind kind;
  double number = 0.0;
  Value value;
  AffineMap access;
  RuntimeSize size;
  llvm::SmallVector<const RowExpr *, 2> operands;
  unsigned bits = 0;
  /// The root dims the value varies with.
  uint64_t dims = 0;
  /// Sum: the root dims it sums over.
  uint64_t summedDims = 0;
  bool containsSum = false;
  bool containsRound = false;
  bool containsOpaque = false;
};

/// Builds the RowExpr of a root tensor value. Ops are looked through when
/// `expand(op)` says so; other values become leaves.
class RowExprBuilder {
public:
  RowExprBuilder(Value root, llvm::function_ref<bool(Operation *)> expand,
                 unsigned budget = 768);

  /// The expression of the root's elements, or null (see getFailure()).
  const RowExpr *build();
  StringRef getFailure() const { return failure; }
  Value getRoot() const { return root; }
  llvm::ArrayRef<int64_t> getRootShape() const { return rootShape; }

  /// The tensor, if any, whose element at the root index is `expr` (a value
  /// the builder looked through with an identity access).
  Value getTensorOf(const RowExpr *expr) const { return tensorOf.lookup(expr); }

  /// The tosa ops looked through (element-wise, reduce_sum, reshape, cast).
  static bool isTosaOp(Operation *op);

  const RowExpr *constant(double number);
  const RowExpr *add(const RowExpr *lhs, const RowExpr *rhs);
  const RowExpr *mul(const RowExpr *lhs, const RowExpr *rhs);
  const RowExpr *pow(const RowExpr *base, double exponent);

private:
  struct Scope;
  AffineMap canonicalize(AffineMap access) const;
  const RowExpr *buildTensor(Value tensor, AffineMap access);
  const RowExpr *buildLinalgResult(Operation *op, unsigned resultNumber,
                                   AffineMap access);
  const RowExpr *buildReshape(Operation *op, AffineMap access);
  const RowExpr *buildTosaResult(Operation *op, AffineMap access);
  const RowExpr *buildScalar(Value scalar, Scope &scope);
  const RowExpr *buildScalarOp(Operation *op, Scope &scope);
  const RowExpr *buildOutsideScalar(Value scalar);
  const RowExpr *buildCount(Value integer);
  const RowExpr *leaf(Value value, AffineMap access);
  const RowExpr *opaque(Value value, uint64_t dims);
  const RowExpr *round(const RowExpr *operand, unsigned bits);
  const RowExpr *sum(const RowExpr *operand, uint64_t summedDims);
  RowExpr *create(RowExprKind kind,
                  llvm::ArrayRef<const RowExpr *> operands = {});
  const RowExpr *fail(const llvm::Twine &reason);

  Value root;
  llvm::SmallVector<int64_t> rootShape;
  llvm::function_ref<bool(Operation *)> expand;
  unsigned budget;
  std::string failure;
  llvm::SpecificBumpPtrAllocator<RowExpr> allocator;
  llvm::DenseMap<std::pair<Value, AffineMap>, const RowExpr *> tensorExprs;
  llvm::DenseMap<const RowExpr *, Value> tensorOf;
  std::map<double, const RowExpr *> constants;
  llvm::DenseMap<Value, const RowExpr *> outsideScalars;
};

} // namespace mlir::norm::raise

namespace llvm {
template <> struct DenseMapInfo<mlir::norm::raise::RuntimeSize> {
  using Size = mlir::norm::raise::RuntimeSize;
  static Size getEmptyKey() {
    return {DenseMapInfo<mlir::Value>::getEmptyKey(), 0};
  }
  static Size getTombstoneKey() {
    return {DenseMapInfo<mlir::Value>::getTombstoneKey(), 0};
  }
  static unsigned getHashValue(const Size &size) {
    return hash_combine(size.value, size.dim);
  }
  static bool isEqual(const Size &lhs, const Size &rhs) { return lhs == rhs; }
};
} // namespace llvm

#endif // NORM_LIB_DIALECT_NORM_TRANSFORMS_RAISE_ROWEXPR_H
