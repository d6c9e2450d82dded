//===- RowNormGradSpec.h - The operands of a GPU backward kernel -*- C++ -*-=//
//
// What a backward row-norm op (layer_norm_grad, rms_norm_grad and the fused
// residual ops' add_*_norm_grad) asks of the GPU kernels, in one shape for
// the four ops; whether the GPU lowering can take it; and the collapse of
// its memrefs to rows. Private to lib/Conversion/NormToGPU.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOGPU_ROWNORMGRADSPEC_H
#define NORM_LIB_CONVERSION_NORMTOGPU_ROWNORMGRADSPEC_H

#include "mlir/IR/Builders.h"

#include <optional>
#include <string>

namespace mlir::norm::gpu_lowering {

/// The operands and attributes of a backward op; matrices are collapsed to
/// (rows, N), parameters to N and saved statistics to (rows, 1) by
/// collapseGradSpec.
struct RowNormGradSpec {
  bool layerNorm = true;
  Value grad, input, scale;
  /// The saved statistics (null: recomputed from x).
  Value mean, rstd;
  /// The fused ops: the residual stream's gradient on h (may be null).
  Value residualGrad;
  /// Destinations: dx, dr (fused ops), dscale and dbias (may be null).
  Value dx, dr, dscale, dbias;
  int64_t axis = 1;
  double epsilon = 1e-5;
  double offset = 0.0;
  double alpha = 1.0;

  /// The row operands present: grad, input, residual_grad, dx and dr.
  SmallVector<Value> matrices() const;
  /// The parameter gradients present: dscale and dbias.
  SmallVector<Value> parameterGrads() const;
};

/// The spec of `op` if it is one of the four backward row-norm ops.
std::optional<RowNormGradSpec> getRowNormGradSpec(Operation *op);

/// Why the GPU lowering cannot take `spec` (on memrefs); empty if it can.
std::string whyGradUnsupported(const RowNormGradSpec &spec);

/// Checks at run time the sizes the verifier could not (dynamic dims), on
/// the memrefs before they are collapsed.
void emitGradSizeChecks(OpBuilder &b, Location loc, const RowNormGradSpec &spec,
                        StringRef opName);

/// `spec` collapsed to rows (a norm over every dim is one row).
RowNormGradSpec collapseGradSpec(OpBuilder &b, Location loc,
                                 RowNormGradSpec spec);

} // namespace mlir::norm::gpu_lowering

#endif // NORM_LIB_CONVERSION_NORMTOGPU_ROWNORMGRADSPEC_H
