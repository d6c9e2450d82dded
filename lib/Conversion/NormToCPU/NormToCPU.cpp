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
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

namespace mlir::norm {
#define GEN_PASS_DEF_CONVERTNORMTOCPU
#include "norm/Conversion/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;
using namespace mlir::norm;

int64_t mlir::norm::getHostVectorWidth() {
  llvm::StringMap<bool> features = llvm::sys::getHostCPUFeatures();
  if (features.lookup("avx512f"))
    return 16;
  if (features.lookup("avx2") || features.lookup("avx"))
    return 8;
  return 4;
}

std::string mlir::norm::getHostBF16ConversionFeatures() {
  llvm::StringMap<bool> features = llvm::sys::getHostCPUFeatures();
  if (features.lookup("avx512bf16") && features.lookup("avx512vl"))
    return "+avx512bf16,+avx512vl";
  if (features.lookup("avxneconvert"))
    return "+avxneconvert";
  return "";
}

bool mlir::norm::hostHasStreamingStores() {
  return llvm::Triple(llvm::sys::getProcessTriple()).isX86();
}

namespace {
struct ConvertNormToCPUPass
    : norm::impl::ConvertNormToCPUBase<ConvertNormToCPUPass> {
  using Base::Base;
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    NormToCPUOptions options;
    options.vectorWidth = vectorWidth;
    options.unroll = unroll;
    options.streamingThreshold = streamingThreshold;
    options.prefetch = prefetch;
    options.bf16RowBuffer = bf16RowBuffer;
    populateNormToCPUPatterns(patterns, options);
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

void mlir::norm::populateNormToCPUPatterns(RewritePatternSet &patterns,
                                           const NormToCPUOptions &options) {
  cpu::KernelShape shape;
  shape.width =
      options.vectorWidth > 0 ? options.vectorWidth : getHostVectorWidth();
  shape.lanes = shape.width * std::max<int64_t>(options.unroll, 1);
  shape.streamingThreshold =
      hostHasStreamingStores() ? options.streamingThreshold : -1;
  shape.prefetch = options.prefetch;
  shape.bf16RowBuffer = options.bf16RowBuffer;
  cpu::populateRowNormToCPUPatterns(patterns, shape);
  cpu::populateBatchNormToCPUPatterns(patterns, shape);
}
