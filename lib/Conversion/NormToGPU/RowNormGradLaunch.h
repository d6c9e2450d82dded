//===- RowNormGradLaunch.h - Host code of the backward kernels --*- C++ -*-===//
//
// The host side of a GPU backward row-norm lowering: the partial sums'
// buffers, the choice between the vector and the element-wise dx kernel,
// and the reduction of the partials. Private to lib/Conversion/NormToGPU.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOGPU_ROWNORMGRADLAUNCH_H
#define NORM_LIB_CONVERSION_NORMTOGPU_ROWNORMGRADLAUNCH_H

#include "RowNormGradSpec.h"
#include "norm/Conversion/NormToGPU/NormToGPU.h"

namespace mlir::norm::gpu_lowering {

/// Lowers one backward op described by `spec` (collapsed to rows, see
/// collapseGradSpec) at the builder's insertion point.
void buildRowNormGradKernels(OpBuilder &b, Location loc,
                             const RowNormGradSpec &spec,
                             const NormToGPUOptions &options);

} // namespace mlir::norm::gpu_lowering

#endif // NORM_LIB_CONVERSION_NORMTOGPU_ROWNORMGRADLAUNCH_H
