//===- RaiseSupport.h - What the --norm-raise patterns share ----*- C++ -*-===//
//
// The op classes the raise patterns look through (row sums, element-wise
// ops, glue), the rewriting helpers the forward and backward patterns share,
// and the entry points of the backward patterns (RaiseNormGrads.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_DIALECT_NORM_TRANSFORMS_RAISE_RAISESUPPORT_H
#define NORM_LIB_DIALECT_NORM_TRANSFORMS_RAISE_RAISESUPPORT_H

#include "mlir/IR/PatternMatch.h"

namespace mlir::norm::raise {

/// A sum over some loops of values read at every loop (a norm's statistics,
/// a parameter gradient's sum over rows), not a contraction.
bool isRowSum(Operation *op);
/// An element-wise op that takes a square root (rsqrt, sqrt, a power).
bool isSquareRoot(Operation *op);
/// Element-wise linalg ops on tensors, tosa element-wise ops and reshapes.
bool isElementwise(Operation *op);
/// Ops that only move, convert or broadcast values.
bool isGlue(Operation *op);

/// `param` as an operand of the normalized shape (rank `normalizedRank`):
/// leading unit dims collapsed away.
Value toNormalizedShape(OpBuilder &builder, Location loc, Value param,
                        int64_t normalizedRank);
/// Erases `op` if nothing reads it, and then the producers nothing reads.
void eraseDeadFrom(RewriterBase &rewriter, Operation *op);

/// The patterns raising backward graphs into the norm gradient ops;
/// `report` emits a remark for each op raised.
void addRaiseNormGradPatterns(RewritePatternSet &patterns, bool report);
/// Emits `not raised: <reason>` for each backward-like computation under
/// `root` that was not raised.
void reportNormGradNearMisses(Operation *root);

} // namespace mlir::norm::raise

#endif // NORM_LIB_DIALECT_NORM_TRANSFORMS_RAISE_RAISESUPPORT_H
