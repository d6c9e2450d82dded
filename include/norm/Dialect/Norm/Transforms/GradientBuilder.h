//===- GradientBuilder.h - Backward of forward norm ops ---------*- C++ -*-===//
//
// For compilers that differentiate programs themselves: given a forward norm
// op and the cotangents of its results, build the backward norm ops that
// compute the gradients of its operands (docs/Semantics.md, "Backward").
// --norm-generate-backward is built on this.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_DIALECT_NORM_TRANSFORMS_GRADIENTBUILDER_H
#define NORM_DIALECT_NORM_TRANSFORMS_GRADIENTBUILDER_H

#include "mlir/IR/Builders.h"
#include "mlir/Support/LLVM.h"

namespace mlir::norm {

/// Checks that buildNormOpGradients can differentiate `op` with the given
/// result cotangents (one per result, null for none), and emits an error on
/// `op` saying why not otherwise: an op that is not a forward norm on
/// tensors, inference-form BatchNorm, or a cotangent on a returned
/// statistic. Creates nothing.
LogicalResult checkNormOpGradients(Operation *op, ArrayRef<Value> resultGrads);

/// Builds at `b`'s insertion point the backward of the forward norm op `op`
/// on tensors, given `resultGrads`, one cotangent per result of `op` (null:
/// zero, as for an unused result). Returns one gradient per operand of
/// `op`, of that operand's type, null where it is zero or where the operand
/// has no gradient (the `outs`, BatchNorm's running statistics). After
/// checkNormOpGradients fails, emits its error, creates nothing and fails.
///
///  - layer_norm, rms_norm (any offset): norm.layer_norm_grad /
///    norm.rms_norm_grad, reading the op's own mean and rstd results where
///    it returns them, else recomputing them;
///  - add_layer_norm, add_rms_norm: the fused backward op on the op's h
///    result, with the cotangent of h as its residual_grad (dr = alpha dh),
///    reading the statistics of h where the op returns them; an add_bias
///    gets the sum over the rows of dx (dh in x's type), in f32;
///  - deep_norm: as the norm.add_layer_norm it denotes. DeepNorm does not
///    return h, so that op is built to compute it; a caller that can should
///    rewrite the op first (rewriteDeepNormAsAddLayerNorm);
///  - sandwich_norm: the fused backward op of its outer norm, then the
///    backward of its inner norm on the gradient of n (kept in the compute
///    type, f32 for 16-bit data);
///  - training-form batch_norm: norm.batch_norm_grad on the op's batch_mean
///    and batch_var results.
///
/// Parameter gradients have the parameter's type; where an op has a bias
/// but no scale (or the reverse), the unused one of the pair is computed
/// and dropped.
FailureOr<SmallVector<Value>> buildNormOpGradients(OpBuilder &b, Operation *op,
                                                   ArrayRef<Value> resultGrads);

} // namespace mlir::norm

#endif // NORM_DIALECT_NORM_TRANSFORMS_GRADIENTBUILDER_H
