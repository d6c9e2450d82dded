//===- NormToCPU.h - Row-wise vector kernels for the CPU --------*- C++ -*-===//
//
// Patterns that lower norm ops on memrefs to vectorized, row-parallel code
// for a CPU target.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_CONVERSION_NORMTOCPU_NORMTOCPU_H
#define NORM_CONVERSION_NORMTOCPU_NORMTOCPU_H

#include "norm/Conversion/NormToCPU/CPUTarget.h"

namespace mlir {
class RewritePatternSet;
namespace norm {
struct ConvertNormToCPUOptions;

/// Adds the patterns that lower LayerNorm, RMSNorm, the fused residual ops,
/// Sandwich-LN and BatchNorm on memrefs (normalized over trailing dims
/// after at least one row dim, without statistics results) to scf.forall +
/// vector code for `target`, shaped by `options` (the options of
/// --convert-norm-to-cpu; its target strings are not read: `target` is the
/// resolved target).
void populateNormToCPUPatterns(RewritePatternSet &patterns,
                               const CPUTarget &target,
                               const ConvertNormToCPUOptions &options);

} // namespace norm
} // namespace mlir

#endif // NORM_CONVERSION_NORMTOCPU_NORMTOCPU_H
