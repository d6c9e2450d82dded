//===- BatchNormKernels.h - BatchNorm kernels for the CPU -------*- C++ -*-===//
//
// Private to the NormToCPU library: the inference and training BatchNorm
// kernels, which share one output pass.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOCPU_BATCHNORMKERNELS_H
#define NORM_LIB_CONVERSION_NORMTOCPU_BATCHNORMKERNELS_H

#include "KernelBuilder.h"

namespace mlir::norm::cpu {

/// An inference BatchNorm as the kernel sees it: x and y collapsed to 2-D,
/// the per-channel operands 1-D. With `channelsLast`, the elements of a row
/// are its channels (the row length is C); otherwise each row is one plane
/// (one channel of one batch entry), and row `r` is channel `r mod C`.
struct BatchNormSpec {
  Value input, y, mean, var, scale, bias;
  bool channelsLast = false;
  /// C, where x's type has it.
  int64_t staticChannels = ShapedType::kDynamic;
  /// Training: the low part of the batch mean (mean = `mean` + `meanLow`),
  /// folded into the bias.
  Value meanLow;
  double epsilon = 1e-5;
};

/// The statistics results of a training-form BatchNorm (1-D, any float
/// type) and its momentum.
struct BatchStatistics {
  Value batchMean, batchVar, runningMean, runningVar;
  double momentum;
};

/// Emits the kernel for `spec` (operands already staged and collapsed):
/// per channel, mean, a = rsqrt(var + epsilon) * scale and bias in the
/// compute type, once, into small buffers; then one pass over x with
/// y = (x - mean) * a + bias, written like the row norms' outputs.
void buildBatchNorm(OpBuilder &b, Location loc, const BatchNormSpec &spec,
                    const KernelShape &shape);

/// Emits a training-form BatchNorm for `spec`: the batch statistics of
/// each channel, the statistics results, then y by buildBatchNorm on the
/// batch statistics.
void buildBatchNormTraining(OpBuilder &b, Location loc, BatchNormSpec spec,
                            const BatchStatistics &stats,
                            const KernelShape &shape);

} // namespace mlir::norm::cpu

#endif // NORM_LIB_CONVERSION_NORMTOCPU_BATCHNORMKERNELS_H
