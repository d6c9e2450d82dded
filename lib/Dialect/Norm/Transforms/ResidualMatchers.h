//===- ResidualMatchers.h - Recognize residual sums in tensor IR -*- C++
//-*-===//
//
// Private to the norm transforms: the matchers residual fusion and the
// placement report share.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_DIALECT_NORM_TRANSFORMS_RESIDUALMATCHERS_H
#define NORM_LIB_DIALECT_NORM_TRANSFORMS_RESIDUALMATCHERS_H

#include "mlir/IR/Value.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <utility>

namespace mlir::norm {

/// The operands of a tensor addition: `arith.addf` on tensors, `linalg.add`,
/// or an element-wise `linalg.generic` adding its two inputs of the result's
/// type (what torch-mlir emits).
std::optional<std::pair<Value, Value>> matchTensorAdd(Value value);

/// `value = alpha * x` with alpha a constant: `arith.mulf` by a splat, or an
/// element-wise `linalg.generic` multiplying its one input by a scalar
/// constant. Returns x and alpha.
std::optional<std::pair<Value, double>> matchScaledByConstant(Value value);

/// Follows `value`, normalized over its dims [axis, rank), back through the
/// `tensor.collapse_shape` / `tensor.expand_shape` ops that only regroup its
/// leading (row) dims: every normalized dim is a reassociation group of its
/// own, so each row of `value` is a row of the value before the reshapes
/// (OPT views its [B, S, H] residual stream as [B*S, H] and back). Returns
/// that value and its normalized axis; `reshapes`, if given, receives the
/// reshapes from that value outward. A reshape that splits or merges
/// normalized dims (the norm's rows are not the value's rows) stops the
/// walk.
std::pair<Value, int64_t>
lookThroughRowReshapes(Value value, int64_t axis,
                       SmallVectorImpl<Operation *> *reshapes = nullptr);

/// `value` before any `tensor.collapse_shape` / `tensor.expand_shape`.
Value stripReshapes(Value value);

/// Whether `value` is computed from `ancestor` (or from the value
/// `ancestor` is a reshape of): `ancestor` is in its backward slice, where
/// a fused residual op's y counts as computed from its h.
bool isComputedFrom(Value value, Value ancestor);

/// Orders the two summands of a residual connection `x + F(x)` (either
/// operand order) as (x, F(x)): the residual stream is the summand the
/// other is computed from. None when neither is computed from the other
/// (a sum of embeddings, or of two sublayer outputs).
std::optional<std::pair<Value, Value>> orderResidualSummands(Value lhs,
                                                             Value rhs);

} // namespace mlir::norm

#endif // NORM_LIB_DIALECT_NORM_TRANSFORMS_RESIDUALMATCHERS_H
