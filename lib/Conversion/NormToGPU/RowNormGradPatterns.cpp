//===- RowNormGradPatterns.cpp - Backward row norms to GPU kernels --------===//
//
// norm.layer_norm_grad, norm.rms_norm_grad, norm.add_layer_norm_grad and
// norm.add_rms_norm_grad on memrefs become a dx kernel and, with parameter
// gradients, the reduction of their partial sums, after the run-time checks
// that their sizes agree.
//
//===----------------------------------------------------------------------===//

#include "PopulatePatterns.h"
#include "RowNormGradLaunch.h"

#include "mlir/IR/PatternMatch.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::gpu_lowering;

namespace {

template <typename OpTy> struct RowNormGradToGPU : OpRewritePattern<OpTy> {
  RowNormGradToGPU(MLIRContext *ctx, const NormToGPUOptions &options)
      : OpRewritePattern<OpTy>(ctx), options(options) {}

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureBufferSemantics())
      return rewriter.notifyMatchFailure(op, "tensor operands");
    RowNormGradSpec spec = *getRowNormGradSpec(op);
    std::string reason = whyGradUnsupported(spec);
    if (!reason.empty())
      return rewriter.notifyMatchFailure(op, reason);
    Location loc = op.getLoc();
    emitGradSizeChecks(rewriter, loc, spec, op->getName().getStringRef());
    buildRowNormGradKernels(rewriter, loc,
                            collapseGradSpec(rewriter, loc, spec), options);
    rewriter.eraseOp(op);
    return success();
  }

  NormToGPUOptions options;
};

} // namespace

void mlir::norm::gpu_lowering::populateRowNormGradToGPUPatterns(
    RewritePatternSet &patterns, const NormToGPUOptions &options) {
  patterns
      .add<RowNormGradToGPU<LayerNormGradOp>, RowNormGradToGPU<RMSNormGradOp>,
           RowNormGradToGPU<AddLayerNormGradOp>,
           RowNormGradToGPU<AddRMSNormGradOp>>(patterns.getContext(), options);
}
