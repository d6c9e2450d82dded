//===- SandwichNormPatterns.cpp - Sandwich-LN to GPU kernels --------------===//
//
// norm.sandwich_norm as two row kernels without a temporary: the input's
// norm is written into h's buffer, then the fused kernel adds the residual
// to it in place (each thread reads and writes the same chunks) and
// normalizes.
//
//===----------------------------------------------------------------------===//

#include "PopulatePatterns.h"
#include "RowKernelLaunch.h"

#include "mlir/IR/PatternMatch.h"
#include "norm/Conversion/Utils/RuntimeChecks.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::gpu_lowering;

/// The input's norm into h, then the fused op over h and the residual.
static std::pair<RowNormSpec, RowNormSpec> sandwichSpecs(SandwichNormOp op) {
  RowNormSpec outer(*getRowNormOperands(op));
  RowNormSpec inner;
  inner.layerNorm = outer.layerNorm;
  inner.offset = outer.offset;
  inner.input = outer.input;
  inner.scale = outer.innerScale;
  inner.bias = outer.innerBias;
  inner.y = outer.h;
  inner.epsilon = outer.innerEpsilon;
  outer.innerNorm = false;
  outer.innerScale = outer.innerBias = Value();
  outer.input = outer.h;
  return {inner, outer};
}

std::string
mlir::norm::gpu_lowering::whySandwichUnsupported(SandwichNormOp op) {
  if (op.getOuts()[1] == op.getResidual() ||
      op.getOuts()[1] == op.getInnerScale() ||
      op.getOuts()[1] == op.getInnerBias())
    return "writes h over an operand the second kernel still reads";
  auto [inner, outer] = sandwichSpecs(op);
  int64_t axis = op.getNormalizedAxis();
  std::string reason = whyUnsupported(inner, axis);
  return reason.empty() ? whyUnsupported(outer, axis) : reason;
}

namespace {

struct SandwichNormToGPU : OpRewritePattern<SandwichNormOp> {
  SandwichNormToGPU(MLIRContext *ctx, const NormToGPUOptions &options)
      : OpRewritePattern(ctx), options(options) {}

  LogicalResult matchAndRewrite(SandwichNormOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureBufferSemantics())
      return rewriter.notifyMatchFailure(op, "tensor operands");
    std::string reason = whySandwichUnsupported(op);
    if (!reason.empty())
      return rewriter.notifyMatchFailure(op, reason);
    auto [inner, outer] = sandwichSpecs(op);
    int64_t axis = op.getNormalizedAxis();
    Location loc = op.getLoc();
    emitRowNormSizeChecks(rewriter, loc, *getRowNormOperands(op),
                          op->getName().getStringRef());
    buildRowNormKernels(rewriter, loc, collapseSpec(rewriter, loc, inner, axis),
                        options);
    buildRowNormKernels(rewriter, loc, collapseSpec(rewriter, loc, outer, axis),
                        options);
    rewriter.eraseOp(op);
    return success();
  }

  NormToGPUOptions options;
};

} // namespace

void mlir::norm::gpu_lowering::populateSandwichNormToGPUPatterns(
    RewritePatternSet &patterns, const NormToGPUOptions &options) {
  patterns.add<SandwichNormToGPU>(patterns.getContext(), options);
}
