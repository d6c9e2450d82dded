//===- KernelShape.h - How a row kernel maps rows onto threads --*- C++ -*-===//
//
// The layout choice of the GPU row-norm kernels: warp per row or block per
// row, threads per row, and whether a thread keeps its share of the row in
// registers or streams it. Private to lib/Conversion/NormToGPU.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOGPU_KERNELSHAPE_H
#define NORM_LIB_CONVERSION_NORMTOGPU_KERNELSHAPE_H

#include "norm/Conversion/NormToGPU/NormToGPU.h"

#include <cstdint>
#include <optional>

namespace mlir::norm::gpu_lowering {

constexpr int64_t kWarpSize = 32;
constexpr int64_t kMaxThreads = 1024;

/// How one kernel maps a row onto threads.
struct KernelShape {
  /// Elements per load and store.
  int64_t lanes = 1;
  /// One warp per row and `rowsPerBlock` rows per block; else one block.
  bool warpPerRow = false;
  int64_t rowsPerBlock = 1;
  /// Threads per row; 0 when chosen at run time.
  int64_t threads = 0;
  /// Chunks per thread kept in registers; 0 when the row is streamed.
  int64_t perThread = 0;
  /// Chunks per thread the block size aims at, and the most threads of a
  /// block (run-time row lengths).
  int64_t chunksPerThread = 4;
  int64_t maxThreads = kMaxThreads;
};

/// The shape of the kernel for rows of `length` elements (std::nullopt:
/// known only at run time) loaded `lanes` at a time: one warp per row when
/// a warp's threads hold the row in at most 8 chunks each (and the options'
/// register budget), else one block per row of the power of two of threads
/// that gives each about `chunksPerThread` chunks, with the row in
/// registers when a thread's share fits `maxRegisterValues`.
KernelShape chooseKernelShape(std::optional<int64_t> length, int64_t lanes,
                              const NormToGPUOptions &options);

} // namespace mlir::norm::gpu_lowering

#endif // NORM_LIB_CONVERSION_NORMTOGPU_KERNELSHAPE_H
