//===- RowNormPatterns.cpp - Row norms to GPU kernels ---------------------===//
//
// norm.layer_norm, norm.rms_norm, norm.add_layer_norm and norm.add_rms_norm
// on memrefs (without statistics results) become one row kernel each,
// after the run-time checks that their sizes agree.
//
//===----------------------------------------------------------------------===//

#include "PopulatePatterns.h"
#include "RowKernelLaunch.h"

#include "mlir/IR/PatternMatch.h"
#include "norm/Conversion/Utils/RuntimeChecks.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::gpu_lowering;

namespace {

template <typename OpTy> struct RowNormToGPU : OpRewritePattern<OpTy> {
  RowNormToGPU(MLIRContext *ctx, const NormToGPUOptions &options)
      : OpRewritePattern<OpTy>(ctx), options(options) {}

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    std::optional<RowNormOperands> operands = getRowNormOperands(op);
    if (!operands || operands->mean || operands->rstd)
      return rewriter.notifyMatchFailure(op, "statistics results");
    if (!op.hasPureBufferSemantics())
      return rewriter.notifyMatchFailure(op, "tensor operands");
    RowNormSpec spec(*operands);
    int64_t axis = operands->axis;
    std::string reason = whyUnsupported(spec, axis);
    if (!reason.empty())
      return rewriter.notifyMatchFailure(op, reason);
    emitRowNormSizeChecks(rewriter, op.getLoc(), *operands,
                          op->getName().getStringRef());
    buildRowNormKernels(rewriter, op.getLoc(),
                        collapseSpec(rewriter, op.getLoc(), spec, axis),
                        options);
    rewriter.eraseOp(op);
    return success();
  }

  NormToGPUOptions options;
};

} // namespace

void mlir::norm::gpu_lowering::populateRowNormToGPUPatterns(
    RewritePatternSet &patterns, const NormToGPUOptions &options) {
  patterns.add<RowNormToGPU<LayerNormOp>, RowNormToGPU<RMSNormOp>,
               RowNormToGPU<AddLayerNormOp>, RowNormToGPU<AddRMSNormOp>>(
      patterns.getContext(), options);
}
