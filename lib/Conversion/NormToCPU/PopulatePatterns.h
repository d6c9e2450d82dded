//===- PopulatePatterns.h - The CPU kernel families -------------*- C++ -*-===//
//
// Private to the NormToCPU library: one populate function per kernel
// family (each in its own file), and the outlining of kernels into
// functions, which the pass composes.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOCPU_POPULATEPATTERNS_H
#define NORM_LIB_CONVERSION_NORMTOCPU_POPULATEPATTERNS_H

#include "KernelBuilder.h"

namespace mlir {
class ModuleOp;
class FrozenRewritePatternSet;
class RewritePatternSet;
namespace norm::cpu {

/// LayerNorm, RMSNorm, the fused residual ops and Sandwich-LN (RowNorms.cpp).
void populateRowNormToCPUPatterns(RewritePatternSet &patterns,
                                  const KernelShape &shape);

/// The backward of the row-wise norms: layer_norm_grad, rms_norm_grad and
/// the fused residual ops' add_*_norm_grad (RowNormGrads.cpp).
void populateRowNormGradToCPUPatterns(RewritePatternSet &patterns,
                                      const KernelShape &shape);

/// BatchNorm, inference and training forms (BatchNorm.cpp).
void populateBatchNormToCPUPatterns(RewritePatternSet &patterns,
                                    const KernelShape &shape);

/// The backward of training-form BatchNorm with saved statistics,
/// batch_norm_grad (BatchNormGrad.cpp).
void populateBatchNormGradToCPUPatterns(RewritePatternSet &patterns,
                                        const KernelShape &shape);

/// Lowers each distinct norm op of `module` that `patterns` take into one
/// private function, called at every op it serves (KernelOutlining.cpp).
/// Ops the patterns do not take stay.
void outlineNormKernels(ModuleOp module,
                        const FrozenRewritePatternSet &patterns);

} // namespace norm::cpu
} // namespace mlir

#endif // NORM_LIB_CONVERSION_NORMTOCPU_POPULATEPATTERNS_H
