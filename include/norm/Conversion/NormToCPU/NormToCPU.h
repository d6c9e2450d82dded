//===- NormToCPU.h - Row-wise vector kernels for the CPU --------*- C++ -*-===//
//
// Patterns that lower row-wise norm ops to vectorized, row-parallel code.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_CONVERSION_NORMTOCPU_NORMTOCPU_H
#define NORM_CONVERSION_NORMTOCPU_NORMTOCPU_H

#include <cstdint>
#include <string>

namespace mlir {
class RewritePatternSet;
namespace norm {

struct NormToCPUOptions {
  /// f32 elements per hardware vector; 0 picks it from the host CPU.
  int64_t vectorWidth = 0;
  /// Hardware vectors per chunk (independent accumulators).
  int64_t unroll = 4;
  /// Outputs y of at least this many bytes are written with non-temporal
  /// stores; negative: never. Ignored where the host is not x86.
  int64_t streamingThreshold = 8 << 20;
  /// Whether a norm whose output streams prefetches its next row's inputs
  /// during the current row's passes.
  bool prefetch = true;
  /// Whether the fused ops, where a bf16 h streams, keep its row in an f32
  /// buffer for the output pass instead of computing h again from x and r
  /// (worth it where rounding to bf16 takes integer arithmetic).
  bool bf16RowBuffer = true;
};

/// f32 lanes of the host's widest vector unit: 16 with AVX-512, 8 with AVX
/// or AVX2, 4 otherwise.
int64_t getHostVectorWidth();

/// Whether the kernels may use non-temporal stores on this host (x86).
bool hostHasStreamingStores();

/// The LLVM target features with which the host CPU rounds f32 to bf16 in
/// one instruction that LLVM selects for `fptrunc` (AVX512-BF16 with
/// AVX512-VL, or AVX-NE-CONVERT), or "" if it has none.
std::string getHostBF16ConversionFeatures();

/// Adds the patterns that lower LayerNorm, RMSNorm, the fused residual ops
/// and Sandwich-LN on memrefs (normalized over trailing dims after at least
/// one row dim, without statistics results) to scf.forall + vector code.
void populateNormToCPUPatterns(RewritePatternSet &patterns,
                               const NormToCPUOptions &options);

} // namespace norm
} // namespace mlir

#endif // NORM_CONVERSION_NORMTOCPU_NORMTOCPU_H
