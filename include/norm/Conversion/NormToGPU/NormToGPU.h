//===- NormToGPU.h - Row-wise norm kernels for NVIDIA GPUs ------*- C++ -*-===//
//
// Patterns that lower row-wise norm ops on memrefs to gpu.launch kernels, and
// their options. The passes (--convert-norm-to-gpu, --norm-gpu-device-memory,
// --norm-gpu-tile-parallel-loops, --norm-gpu-register-budget) are declared
// in norm/Conversion/Passes.h.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_CONVERSION_NORMTOGPU_NORMTOGPU_H
#define NORM_CONVERSION_NORMTOGPU_NORMTOGPU_H

#include <cstdint>

namespace mlir {
class RewritePatternSet;
namespace norm {

struct NormToGPUOptions {
  /// Bytes per vector load and store (16: ld.global.v4); 0 or anything
  /// below one element emits only the element-wise kernel.
  int64_t vectorBytes = 16;
  /// Rows per thread block when one warp normalizes one row.
  int64_t warpRowsPerBlock = 4;
  /// Most f32 values of a row a thread keeps in registers; longer rows are
  /// streamed (read again from L2) instead.
  int64_t maxRegisterValues = 32;
  /// Vector chunks per thread a block-per-row kernel aims at: the block
  /// has the power of two of threads (64 to 1024) nearest above
  /// chunks / chunksPerThread.
  int64_t chunksPerThread = 4;
  /// Most threads of a block-per-row kernel (a power of two, 64 to 1024).
  /// 512 leaves two blocks per multiprocessor at 64 registers per thread
  /// (on an H100, f32 rows of 16384: 85 -> 90 % of the copy ceiling).
  int64_t maxBlockThreads = 512;
  /// Most row units (blocks; for short rows, warps times
  /// warpRowsPerBlock) of a backward kernel, each adding its rows' dscale
  /// and dbias into one f32 row of partial sums that a second kernel adds
  /// up in order.
  int64_t gradPartialUnits = 512;
};

/// Adds the patterns that lower norm.layer_norm, norm.rms_norm,
/// norm.add_layer_norm, norm.add_rms_norm (without statistics results),
/// norm.sandwich_norm and the backward ops (norm.layer_norm_grad,
/// norm.rms_norm_grad, norm.add_layer_norm_grad, norm.add_rms_norm_grad)
/// on memrefs to gpu.launch ops. A norm over every dim of its input is one
/// row.
void populateNormToGPUPatterns(RewritePatternSet &patterns,
                               const NormToGPUOptions &options);

} // namespace norm
} // namespace mlir

#endif // NORM_CONVERSION_NORMTOGPU_NORMTOGPU_H
