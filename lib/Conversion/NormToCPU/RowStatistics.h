//===- RowStatistics.h - A row's statistics in the CPU kernels --*- C++ -*-===//
//
// Private to the NormToCPU library: the statistics of one row as every row
// kernel (forward and backward) computes them (docs/Semantics.md, "How the
// lowering keeps the numbers"): RMSNorm's sum of squares, or LayerNorm's
// sums of d and d^2 with d = x - K (K a sample of the row) in one pass,
// and a corrected second pass over the cached row where the mean is far
// from K.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOCPU_ROWSTATISTICS_H
#define NORM_LIB_CONVERSION_NORMTOCPU_ROWSTATISTICS_H

#include "KernelBuilder.h"

namespace mlir::norm::cpu {

/// Builds the statistics of rows of `count` elements (a float of the
/// compute type) with `k`'s chunks.
class RowStatisticsBuilder {
public:
  RowStatisticsBuilder(const RowKernelBuilder &k, bool layerNorm, Value count)
      : k(k), layerNorm(layerNorm), count(count) {}

  /// The zero accumulators: one vector (RMSNorm) or two (LayerNorm).
  SmallVector<Value> zeroSums(OpBuilder &b, Location loc) const;

  /// One chunk `v`'s contribution to the sums: sum(v^2) (RMSNorm), or
  /// sum(d) and sum(d^2) with d = v - `shift` (LayerNorm; lanes outside a
  /// partial chunk masked out).
  SmallVector<Value> accumulate(OpBuilder &b, Location loc, Value v,
                                Value shift, const Chunk &chunk,
                                ValueRange sums) const;

  /// (mean - K, var) from sums of d and d^2 relative to `base` (added to
  /// the mean where given).
  std::pair<Value, Value> moments(OpBuilder &b, Location loc,
                                  ArrayRef<Value> sums, Value base) const;

  /// mean - K (LayerNorm; null for RMSNorm) and rstd = rsqrt(var +
  /// epsilon) from the sums of `row` relative to the splat `shift`. Far
  /// means ((mean - K)^2 > 16 var) take a second, corrected pass over the
  /// cached `row` (Chan, Golub and LeVeque).
  std::pair<Value, Value> finish(OpBuilder &b, Location loc, Value row,
                                 Value shift, ArrayRef<Value> sums,
                                 double epsilon) const;

private:
  const RowKernelBuilder &k;
  bool layerNorm;
  Value count;
};

} // namespace mlir::norm::cpu

#endif // NORM_LIB_CONVERSION_NORMTOCPU_ROWSTATISTICS_H
