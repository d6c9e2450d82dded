//===- Decompositions.h - Norm ops as linalg on tensors ---------*- C++ -*-===//
//
// The per-op decompositions of the linalg reference lowering, callable on
// their own: `--convert-norm-to-linalg` replaces each op by what these
// return, and the norm ops' AggregatedOpInterface (`decomposeOperation`,
// `transform.structured.decompose_interface`) returns the same values.
//
// Each function builds, at the builder's insertion point, linalg, arith,
// math, tensor and cf ops that compute the op's results (run-time shape
// checks included) and returns one value per result of `op`, without
// replacing or erasing `op`. It fails, building nothing, for an op on
// memrefs.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_CONVERSION_NORMTOLINALG_DECOMPOSITIONS_H
#define NORM_CONVERSION_NORMTOLINALG_DECOMPOSITIONS_H

#include "mlir/IR/Builders.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include <functional>

namespace mlir::norm {

/// Rows split across processes (a row norm whose normalized dims are
/// sharded): each process holds one of `parts` equal slices of every row,
/// and `combine` turns a tensor of per-row partial sums into the rows' sums
/// (an all-reduce over the processes that share the rows). The decomposition
/// then computes each statistic from combined sums, with a shift common to
/// all parts. Default-constructed: rows are whole.
struct RowSplit {
  std::function<Value(OpBuilder &, Location, Value)> combine;
  int64_t parts = 1;

  bool isSplit() const { return static_cast<bool>(combine); }
};

/// y (and the per-row mean and rstd with statistics results).
FailureOr<SmallVector<Value>> decomposeLayerNorm(OpBuilder &b, LayerNormOp op);
/// y (and the per-row rstd with a statistics result).
FailureOr<SmallVector<Value>> decomposeRMSNorm(OpBuilder &b, RMSNormOp op);
/// y, and in training form the batch mean and variance and the updated
/// running statistics.
FailureOr<SmallVector<Value>> decomposeBatchNorm(OpBuilder &b, BatchNormOp op);
/// y = LayerNorm(alpha * residual + input).
FailureOr<SmallVector<Value>> decomposeDeepNorm(OpBuilder &b, DeepNormOp op);
/// y and h.
FailureOr<SmallVector<Value>> decomposeAddLayerNorm(OpBuilder &b,
                                                    AddLayerNormOp op);
/// y and h.
FailureOr<SmallVector<Value>> decomposeAddRMSNorm(OpBuilder &b,
                                                  AddRMSNormOp op);
/// y and h; the inner norm's result is a fresh tensor of the input's type.
FailureOr<SmallVector<Value>> decomposeSandwichNorm(OpBuilder &b,
                                                    SandwichNormOp op);

/// The row-wise norms' decompositions for rows split across processes.
FailureOr<SmallVector<Value>> decomposeLayerNorm(OpBuilder &b, LayerNormOp op,
                                                 const RowSplit &split);
FailureOr<SmallVector<Value>> decomposeRMSNorm(OpBuilder &b, RMSNormOp op,
                                               const RowSplit &split);
FailureOr<SmallVector<Value>> decomposeDeepNorm(OpBuilder &b, DeepNormOp op,
                                                const RowSplit &split);
FailureOr<SmallVector<Value>>
decomposeAddLayerNorm(OpBuilder &b, AddLayerNormOp op, const RowSplit &split);
FailureOr<SmallVector<Value>> decomposeAddRMSNorm(OpBuilder &b, AddRMSNormOp op,
                                                  const RowSplit &split);
FailureOr<SmallVector<Value>>
decomposeSandwichNorm(OpBuilder &b, SandwichNormOp op, const RowSplit &split);

/// dx, and dscale and dbias where the op returns them.
FailureOr<SmallVector<Value>> decomposeLayerNormGrad(OpBuilder &b,
                                                     LayerNormGradOp op);
/// dx, and dscale where the op returns it.
FailureOr<SmallVector<Value>> decomposeRMSNormGrad(OpBuilder &b,
                                                   RMSNormGradOp op);

/// dx and dr, and dscale and dbias where the op returns them.
FailureOr<SmallVector<Value>> decomposeAddLayerNormGrad(OpBuilder &b,
                                                        AddLayerNormGradOp op);
/// dx and dr, and dscale where the op returns it.
FailureOr<SmallVector<Value>> decomposeAddRMSNormGrad(OpBuilder &b,
                                                      AddRMSNormGradOp op);

/// dx, and dscale and dbias where the op returns them.
FailureOr<SmallVector<Value>> decomposeBatchNormGrad(OpBuilder &b,
                                                     BatchNormGradOp op);

/// Dispatches to the function above for `op`'s kind; fails for any other
/// op (norm.sublayer included), and with a `split` for any op but the
/// row-wise forward norms.
FailureOr<SmallVector<Value>> decomposeNormOp(OpBuilder &b, Operation *op,
                                              const RowSplit &split = {});

} // namespace mlir::norm

#endif // NORM_CONVERSION_NORMTOLINALG_DECOMPOSITIONS_H
