//===- NormInterfaces.h - Interfaces of norm ops ----------------*- C++ -*-===//
//
// The interface kernel lowerings ask of norm ops, and the types its methods
// return.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_DIALECT_NORM_IR_NORMINTERFACES_H
#define NORM_DIALECT_NORM_IR_NORMINTERFACES_H

#include "mlir/IR/OpDefinition.h"

#include <optional>

namespace mlir::norm {

/// The kernels that lower a norm op; each lowering has one pattern file per
/// family.
enum class KernelFamily {
  /// No kernel takes the op in its current form (the linalg reference
  /// lowering does).
  None,
  /// LayerNorm, RMSNorm, the fused residual ops and Sandwich-LN: rows of x
  /// normalized over trailing dims.
  RowNorm,
  /// BatchNorm over a channel dim of a value of rank 2 or more, either form,
  /// and its backward (batch_norm_grad) with saved statistics.
  BatchNorm,
  /// The backward of the row-wise norms on float data (layer_norm_grad,
  /// rms_norm_grad and the fused residual ops' add_*_norm_grad), every
  /// form: rows of dy and x to dx (and dr), and the parameter gradients
  /// summed over the rows.
  RowNormGrad,
};

/// The operands and attributes of a row-wise norm op (layer_norm, rms_norm,
/// add_layer_norm, add_rms_norm, sandwich_norm) in one shape, for the
/// lowerings that build row kernels.
struct RowNormOperands {
  bool layerNorm = true;
  Value input;
  Value residual;
  Value addBias;
  Value scale;
  Value bias;
  /// sandwich_norm: `input` is normalized (same kind, these parameters)
  /// before it is added to the residual.
  bool innerNorm = false;
  Value innerScale;
  Value innerBias;
  /// Destinations: y, and h for the ops with a residual.
  Value y;
  Value h;
  /// Destinations of the statistics the op returns (the mean for
  /// LayerNorm, rstd), each with the input's shape and size 1 in the
  /// normalized dims; null where the op does not return them.
  Value mean;
  Value rstd;
  int64_t axis = 1;
  double epsilon = 1e-5;
  double innerEpsilon = 1e-5;
  double offset = 0.0;
  double alpha = 1.0;
};

} // namespace mlir::norm

#include "norm/Dialect/Norm/IR/NormInterfaces.h.inc"

namespace mlir::norm {

/// The kernel family of `op`: None unless it is a norm op.
KernelFamily getKernelFamily(Operation *op);

/// The description of `op` if it is a row-wise norm that the row kernels
/// take; std::nullopt otherwise.
std::optional<RowNormOperands> getRowNormOperands(Operation *op);

/// Whether `op` is a row-wise norm that also returns statistics: not of the
/// RowNorm family (the GPU kernels do not write statistics), but the CPU
/// row kernels take it.
bool returnsRowStatistics(Operation *op);

} // namespace mlir::norm

#endif // NORM_DIALECT_NORM_IR_NORMINTERFACES_H
