//===- RowKernelLaunch.h - Host code that launches row kernels --*- C++ -*-===//
//
// The host side of a GPU row-norm lowering: skips empty tensors, picks the
// vector width, and chooses at run time between the vector kernel and the
// element-wise one. Private to lib/Conversion/NormToGPU.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOGPU_ROWKERNELLAUNCH_H
#define NORM_LIB_CONVERSION_NORMTOGPU_ROWKERNELLAUNCH_H

#include "RowNormSpec.h"
#include "norm/Conversion/NormToGPU/NormToGPU.h"

namespace mlir::norm::gpu_lowering {

/// Lowers one op described by `spec` (collapsed to rows, see collapseSpec)
/// at the builder's insertion point: a vector kernel where every operand is
/// aligned to a vector at run time, else an element-wise kernel.
void buildRowNormKernels(OpBuilder &b, Location loc, const RowNormSpec &spec,
                         const NormToGPUOptions &options);

} // namespace mlir::norm::gpu_lowering

#endif // NORM_LIB_CONVERSION_NORMTOGPU_ROWKERNELLAUNCH_H
