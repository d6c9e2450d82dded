//===- ConvertNormToGPU.cpp - The --convert-norm-to-gpu pass --------------===//
//
// Composes the GPU pattern families (PopulatePatterns.h) into
// populateNormToGPUPatterns, applies them, and reports every norm op they
// left as an error that says why.
//
//===----------------------------------------------------------------------===//

#include "norm/Conversion/NormToGPU/NormToGPU.h"

#include "PopulatePatterns.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Transforms/WalkPatternRewriteDriver.h"
#include "norm/Conversion/Passes.h"

namespace mlir::norm {
#define GEN_PASS_DEF_CONVERTNORMTOGPU
#include "norm/Conversion/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;
using namespace mlir::norm;

void mlir::norm::populateNormToGPUPatterns(RewritePatternSet &patterns,
                                           const NormToGPUOptions &options) {
  gpu_lowering::populateRowNormToGPUPatterns(patterns, options);
  gpu_lowering::populateSandwichNormToGPUPatterns(patterns, options);
  gpu_lowering::populateRowNormGradToGPUPatterns(patterns, options);
}

namespace {

struct ConvertNormToGPUPass
    : norm::impl::ConvertNormToGPUBase<ConvertNormToGPUPass> {
  using Base::Base;
  void runOnOperation() override {
    NormToGPUOptions options;
    options.vectorBytes = vectorBytes;
    options.warpRowsPerBlock = warpRowsPerBlock;
    options.maxRegisterValues = maxRegisterValues;
    options.chunksPerThread = chunksPerThread;
    options.maxBlockThreads = maxBlockThreads;
    options.gradPartialUnits = gradPartialUnits;
    RewritePatternSet patterns(&getContext());
    populateNormToGPUPatterns(patterns, options);
    // No folding: the greedy driver would hoist the kernels' constants out
    // of gpu.launch, and outlining would pass them as kernel arguments.
    walkAndApplyPatterns(getOperation(), std::move(patterns));
    bool failedAny = false;
    getOperation()->walk([&](Operation *op) {
      if (!isa<NormDialect>(op->getDialect()) || isa<YieldOp>(op))
        return WalkResult::advance();
      op->emitError("cannot be lowered to the GPU: ")
          << gpu_lowering::describeUnsupportedOp(op);
      failedAny = true;
      return WalkResult::skip();
    });
    if (failedAny)
      signalPassFailure();
  }
};

} // namespace
