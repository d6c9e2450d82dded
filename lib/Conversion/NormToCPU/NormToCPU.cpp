//===- NormToCPU.cpp - Row-wise vector kernels for the CPU ----------------===//
//
// The --convert-norm-to-cpu pass: the kernel families' patterns
// (PopulatePatterns.h), applied in place or through one outlined function
// per distinct kernel.
//
//===----------------------------------------------------------------------===//

#include "norm/Conversion/NormToCPU/NormToCPU.h"

#include "PopulatePatterns.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "norm/Conversion/Passes.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "llvm/Support/Debug.h"

#define DEBUG_TYPE "convert-norm-to-cpu"

namespace mlir::norm {
#define GEN_PASS_DEF_CONVERTNORMTOCPU
#include "norm/Conversion/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;
using namespace mlir::norm;

namespace {
struct ConvertNormToCPUPass
    : norm::impl::ConvertNormToCPUBase<ConvertNormToCPUPass> {
  using Base::Base;
  void runOnOperation() override {
    std::string error;
    FailureOr<CPUTarget> target =
        CPUTarget::resolve(targetTriple, targetCpu, targetFeatures, error);
    if (failed(target)) {
      emitError(getOperation().getLoc()) << "convert-norm-to-cpu: " << error;
      return signalPassFailure();
    }
    RewritePatternSet patterns(&getContext());
    ConvertNormToCPUOptions options;
    options.vectorWidth = vectorWidth;
    options.unroll = unroll;
    options.streamingThreshold = streamingThreshold;
    options.prefetch = prefetch;
    options.bf16RowBuffer = bf16RowBuffer;
    populateNormToCPUPatterns(patterns, *target, options);
    FrozenRewritePatternSet frozen(std::move(patterns));
    if (!outline) {
      if (failed(applyPatternsGreedily(getOperation(), frozen)))
        signalPassFailure();
      return;
    }
    cpu::outlineNormKernels(getOperation(), frozen);
  }
};
} // namespace

void mlir::norm::populateNormToCPUPatterns(
    RewritePatternSet &patterns, const CPUTarget &target,
    const ConvertNormToCPUOptions &options) {
  cpu::KernelShape shape;
  shape.width =
      options.vectorWidth > 0 ? options.vectorWidth : target.getVectorWidth();
  shape.lanes = shape.width * std::max<int64_t>(options.unroll, 1);
  shape.streamingThreshold =
      target.hasStreamingStores() ? options.streamingThreshold : -1;
  shape.prefetch = options.prefetch;
  shape.bf16RowBuffer = options.bf16RowBuffer;
  LLVM_DEBUG(llvm::dbgs() << "[convert-norm-to-cpu] target: "
                          << target.describe() << "; chunks of " << shape.lanes
                          << " lanes in vectors of " << shape.width
                          << ", streaming from " << shape.streamingThreshold
                          << " bytes of y\n");
  cpu::populateRowNormToCPUPatterns(patterns, shape);
  cpu::populateRowNormGradToCPUPatterns(patterns, shape);
  cpu::populateBatchNormToCPUPatterns(patterns, shape);
  cpu::populateBatchNormGradToCPUPatterns(patterns, shape);
}
