//===- PopulatePatterns.h - GPU lowering patterns per op family -*- C++ -*-===//
//
// The pattern families of --convert-norm-to-gpu, one file each, and what
// they tell the pass about the ops they leave alone. Private to
// lib/Conversion/NormToGPU; the public entry point is
// populateNormToGPUPatterns in norm/Conversion/NormToGPU/NormToGPU.h.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOGPU_POPULATEPATTERNS_H
#define NORM_LIB_CONVERSION_NORMTOGPU_POPULATEPATTERNS_H

#include "norm/Conversion/NormToGPU/NormToGPU.h"
#include "norm/Dialect/Norm/IR/NormOps.h"

#include <string>

namespace mlir::norm::gpu_lowering {

/// norm.layer_norm, norm.rms_norm, norm.add_layer_norm and
/// norm.add_rms_norm: one kernel each (RowNormPatterns.cpp).
void populateRowNormToGPUPatterns(RewritePatternSet &patterns,
                                  const NormToGPUOptions &options);

/// norm.sandwich_norm: two kernels through h's buffer
/// (SandwichNormPatterns.cpp).
void populateSandwichNormToGPUPatterns(RewritePatternSet &patterns,
                                       const NormToGPUOptions &options);

/// norm.layer_norm_grad, norm.rms_norm_grad, norm.add_layer_norm_grad and
/// norm.add_rms_norm_grad: a dx kernel and, with parameter gradients, the
/// reduction of their partial sums (RowNormGradPatterns.cpp).
void populateRowNormGradToGPUPatterns(RewritePatternSet &patterns,
                                      const NormToGPUOptions &options);

/// Why the sandwich pattern cannot take `op` (on memrefs); empty if it can.
std::string whySandwichUnsupported(SandwichNormOp op);

/// Why the patterns left `op`, a norm op, alone: the text of the pass's
/// error (UnsupportedOps.cpp).
std::string describeUnsupportedOp(Operation *op);

} // namespace mlir::norm::gpu_lowering

#endif // NORM_LIB_CONVERSION_NORMTOGPU_POPULATEPATTERNS_H
