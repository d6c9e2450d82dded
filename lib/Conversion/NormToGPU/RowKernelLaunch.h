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

/// The row count and length of a matrix collapsed to rows, and the length
/// when it is static.
struct RowExtent {
  Value rows, length;
  std::optional<int64_t> staticLength;
};
RowExtent getRowExtent(OpBuilder &b, Location loc, Value matrix);

/// The lanes of the vector kernel for `operands` (`options.vectorBytes` of
/// the widest), where every operand's innermost dim is contiguous and rows
/// of `staticLength` (when known) are a multiple of them; else 1.
int64_t chooseVectorLanes(ArrayRef<Value> operands,
                          std::optional<int64_t> staticLength,
                          const NormToGPUOptions &options);

/// Emits nothing for empty rows or batches; otherwise `launch(lanes)`, the
/// vector kernel of chooseVectorLanes, where rows of `length` are a
/// multiple of it and every operand is aligned to it at run time, else
/// `launch(1)`, the element-wise kernel.
void emitRowKernelVariants(
    OpBuilder &b, Location loc, ArrayRef<Value> operands, Value rows,
    Value length, std::optional<int64_t> staticLength,
    const NormToGPUOptions &options,
    function_ref<void(OpBuilder &, Location, int64_t)> launch);

} // namespace mlir::norm::gpu_lowering

#endif // NORM_LIB_CONVERSION_NORMTOGPU_ROWKERNELLAUNCH_H
