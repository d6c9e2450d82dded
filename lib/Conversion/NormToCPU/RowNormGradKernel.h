//===- RowNormGradKernel.h - Backward row-norm kernels ----------*- C++ -*-===//
//
// Private to the NormToCPU library: what the backward kernels
// (RowNormGrads.cpp) take, and the entry point the patterns
// (RowNormGradPatterns.cpp) call.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOCPU_ROWNORMGRADKERNEL_H
#define NORM_LIB_CONVERSION_NORMTOCPU_ROWNORMGRADKERNEL_H

#include "KernelBuilder.h"

#include <string>

namespace mlir::norm::cpu {

/// What a backward op asks of the kernel, in one shape for the four ops:
/// its operands (matrices collapsed to 2-D rows, parameters to 1-D, saved
/// statistics to rows x 1) and attributes.
struct RowNormGradSpec {
  std::string opName;
  bool layerNorm = true;
  Value grad, input, scale;
  /// The saved statistics (null: recompute them from x).
  Value mean, rstd;
  /// The fused ops: the residual stream's gradient on h (may be null).
  Value residualGrad;
  /// Destinations: dx, dr (fused ops), dscale and dbias (may be null).
  Value dx, dr, dscale, dbias;
  int64_t axis = 1;
  double epsilon = 1e-5;
  double offset = 0.0;
  double alpha = 1.0;
};

/// Emits the kernel of `spec` (operands staged and collapsed to rows) at
/// the builder's insertion point.
void emitRowNormGradKernel(OpBuilder &b, Location loc,
                           const RowNormGradSpec &spec,
                           const KernelShape &shape);

} // namespace mlir::norm::cpu

#endif // NORM_LIB_CONVERSION_NORMTOCPU_ROWNORMGRADKERNEL_H
