//===- Transforms.h - Norm rewrite patterns ---------------------*- C++ -*-===//
//
// Entry points for embedders that run norm's rewrites in their own passes.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_DIALECT_NORM_TRANSFORMS_TRANSFORMS_H
#define NORM_DIALECT_NORM_TRANSFORMS_TRANSFORMS_H

#include <cstdint>

namespace mlir {
class RewritePatternSet;
namespace norm {

/// What the residual fusion patterns did, for statistics and reports.
struct ResidualFusionCounters {
  int64_t fused = 0;
  int64_t preLNChains = 0;
  /// norm -> fused add + norm pairs merged into norm.sandwich_norm.
  int64_t sandwiches = 0;
  int64_t bytesSaved = 0;
};

/// Adds the patterns that fuse residual adds into LayerNorm/RMSNorm
/// (--norm-fuse-residual). `counters`, when given, must outlive the patterns.
void populateFuseResidualNormPatterns(
    RewritePatternSet &patterns, ResidualFusionCounters *counters = nullptr);

/// Adds the patterns that raise decomposed norms into norm ops
/// (--norm-raise): linalg chains (populateRaiseLinalgNormPatterns) and tosa
/// chains (populateRaiseTosaNormPatterns).
void populateRaiseDecomposedNormPatterns(RewritePatternSet &patterns);

/// --norm-raise's pattern anchored on linalg sums (generics, named ops,
/// linalg.reduce): one mechanism for every spelling, see --norm-raise.
void populateRaiseLinalgNormPatterns(RewritePatternSet &patterns);

/// --norm-raise's pattern anchored on tosa.reduce_sum (the same mechanism).
void populateRaiseTosaNormPatterns(RewritePatternSet &patterns);

/// Adds the pattern that expands norm.sublayer (--norm-expand-sublayers).
void populateExpandSublayerPatterns(RewritePatternSet &patterns);

} // namespace norm
} // namespace mlir

#endif // NORM_DIALECT_NORM_TRANSFORMS_TRANSFORMS_H
